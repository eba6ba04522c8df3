import { cameFrom, phraseRule, quote } from '../engine/shapes';
import type { Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import {
  COLLEAGUE_SILENT,
  COMPLAINT_TO_BOSS,
  GOING_OVER_HEAD,
  LOOPING_IN,
  NOT_DOING_IT_BEFORE,
  NOT_THIRD_PARTY_BEFORE,
  YOU_SILENT,
} from './data/complain-to-boss';

const PATTERNS = [...COMPLAINT_TO_BOSS, ...YOU_SILENT];

const IS_COLLEAGUE_SILENT = cameFrom(COLLEAGUE_SILENT);
const IS_GOING_OVER_HEAD = cameFrom(GOING_OVER_HEAD);
const IS_YOU_SILENT = cameFrom(YOU_SILENT);
const SUBJECT_NOT_THIRD_PARTY = new RegExp(NOT_THIRD_PARTY_BEFORE, 'i');
const NOT_DOING_IT = new RegExp(NOT_DOING_IT_BEFORE, 'i');

/** The words just before the match, within its sentence. */
function before(match: Match, ctx: RuleContext): string {
  return ctx.body.flat.slice(Math.max(match.sentence.start, match.start - 60), match.start);
}

/**
 * The author brings in someone else from the recipient's organisation ("Looping in Lee") while
 * writing: only then is "you haven't replied" said over the recipient's head.
 */
function loopsInTheirColleague(ctx: RuleContext): boolean {
  const seen = new Map<string, Set<string>>();
  for (const r of ctx.recipients.external) {
    if (r.field === 'bcc' || !r.org) continue;
    const people = seen.get(r.org) ?? new Set<string>();
    people.add(r.address || r.raw);
    seen.set(r.org, people);
  }
  return [...seen.values()].some((people) => people.size >= 2) && ctx.find(LOOPING_IN).length > 0;
}

export default phraseRule({
  id: 'complain-to-boss',
  category: 'escalation',
  defaultSeverity: 'warning',
  description: "Complaining to someone that their colleague won't reply or make time, in the hope they will lean on them.",
  rationale:
    'Whoever reads the complaint is being asked to pressure someone on their own team for a vendor, which puts them in an awkward spot. The colleague, who may simply be busy or not interested, will hear about it and feel reported on. Silence is an answer too; asking openly whether someone else is better placed keeps everyone on good terms.',
  examples: {
    bad: "Hi Lee, I've tried Dana several times with no luck. Could you encourage her to get back to me?",
    good: "Hi Lee, I know Dana's time is stretched. If someone else on your team is better placed to look at month-end close, I'd be glad to know; otherwise I'll step back for now.",
  },
  patterns: PATTERNS,
  skipMatch: (match, ctx) =>
    // "you haven't replied", "our team hasn't got back to you", "the server hasn't responded"
    (IS_COLLEAGUE_SILENT(match) && SUBJECT_NOT_THIRD_PARTY.test(before(match, ctx))) ||
    // "I don't want to go over his head"
    (IS_GOING_OVER_HEAD(match) && NOT_DOING_IT.test(before(match, ctx))) ||
    // "You haven't replied" said to the recipient alone is a plain follow-up, not a complaint to their boss.
    (IS_YOU_SILENT(match) && !loopsInTheirColleague(ctx)),
  message: (match, ctx) =>
    IS_YOU_SILENT(match)
      ? `${quote(match.text)}, with someone from their organisation brought in, reports their silence to a colleague or boss. Being shown up like that is embarrassing, and people dig in rather than reply.`
      : `${quote(match.text)} reads as a complaint about someone on their side. The reader may feel you are asking them to lean on a colleague for you, and the person you were waiting on, once they hear of it, will feel reported on rather than persuaded.`,
  suggestions: () => [
    {
      label: 'Respect the silence, and ask openly whether someone else is better placed',
      replacement:
        "I know everyone's time is stretched, so if someone else on your team is better placed to look at this I'd be glad to know, and if now isn't the right time I'm happy to step back.",
    },
    { label: 'Let the silence stand for now, and leave the colleague out of it' },
  ],
});
