import { cameFrom, isolate, phraseRule, quote } from '../engine/shapes';
import { firstNameOf, parseAddress } from '../engine/address';
import { matchesAny, type Match } from '../engine/match';
import { defineRule, type Report, type RuleContext } from '../engine/rule';
import type { Suggestion } from '../engine/draft';
import {
  COLLEAGUE_SILENT,
  COMPLAINT_TO_BOSS,
  DEFERRED,
  GOING_OVER_HEAD,
  INVITED_COLLEAGUE,
  LOOP_IN_PRESSURE,
  LOOPING_IN,
  NOT_DOING_IT_BEFORE,
  NOT_TAKING_MEETINGS,
  NOT_THIRD_PARTY_BEFORE,
  OVER_THEIR_HEAD,
  YOU_SILENT,
} from './data/complain-to-boss';

const PATTERNS = [...COMPLAINT_TO_BOSS, ...OVER_THEIR_HEAD, ...YOU_SILENT];

const IS_OVER_HEAD = cameFrom(OVER_THEIR_HEAD);
/** "was unable to reach", "couldn't get hold of": whoever failed must be the author. */
const UNABLE = /^(?:was|were|unable|failed|couldn't|couldnt|could not|can't|cant|cannot)\b/i;
const FIRST_PERSON = /\b(?:i|we|i've|we've|ive|weve|i'm|im|we're|i'd|we'd|me|us|my|our)\b/i;
const IS_SLOW_ON_YOUR_SIDE = (match: Match): boolean => match.entry === OVER_THEIR_HEAD[1];
/** "as you asked", "at your suggestion": the reader sent them there. */
const AT_THEIR_REQUEST = /\b(?:as|like) you (?:asked|suggested|requested)|\bat your (?:request|suggestion)|\byou asked (?:me|us) to|\bas requested|\bper your (?:request|suggestion|note)/i;
/** "send a note to Mr. Tanaka ... slowly on your side": the slowness is the reason for going elsewhere. */
const CONTACTING_SOMEONE = /\b(?:note|email|e-mail|write|writing|send|sending|copy|copying|cc'?ing|loop(?:ing)? in|reach(?:ing)? out|speak(?:ing)?|talk(?:ing)?|forward(?:ing)?|escalat\w*)\b/i;

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

const SUGGESTIONS: Suggestion[] = [
  {
    label: 'Respect the silence, and ask openly whether someone else is better placed',
    replacement:
      "I know everyone's time is stretched, so if someone else on your team is better placed to look at this I'd be glad to know, and if now isn't the right time I'm happy to step back.",
  },
  { label: 'Let the silence stand for now, and leave the colleague out of it' },
];

const LOOP_IN_SUGGESTIONS: Suggestion[] = [
  {
    label: 'Ask before bringing in their colleague, and leave the pace to them',
    replacement: 'Would it help if I shared this with anyone else on your side, or would you rather bring them in yourself when the time is right?',
  },
  { label: 'Take the colleague off the copy list and write to the reader alone' },
];

const phrases = phraseRule({
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
    // "The reporter was unable to reach her": someone else's failure, not the author's complaint.
    (UNABLE.test(match.text) && before(match, ctx).trim() !== '' && !FIRST_PERSON.test(before(match, ctx))) ||
    // "I don't want to go over his head"
    (IS_GOING_OVER_HEAD(match) && NOT_DOING_IT.test(before(match, ctx))) ||
    // "You haven't replied" said to the recipient alone is a plain follow-up, not a complaint to their boss.
    (IS_YOU_SILENT(match) && !loopsInTheirColleague(ctx)) ||
    // "I've sent it to your COO, as you asked"
    (IS_OVER_HEAD(match) && AT_THEIR_REQUEST.test(match.sentence.text)) ||
    // "things have moved slowly on your side" alone is a status remark, not a trip over their head.
    (IS_SLOW_ON_YOUR_SIDE(match) && !CONTACTING_SOMEONE.test(match.sentence.text)),
  message: (match, ctx) =>
    IS_YOU_SILENT(match)
      ? `${quote(match.text)}, with someone from their organisation brought in, reports their silence to a colleague or boss. Being shown up like that is embarrassing, and people dig in rather than reply.`
      : IS_OVER_HEAD(match)
        ? `${quote(match.text)} takes this to someone above them. ${readerOf(ctx)} will feel gone around, and a deal that needs their goodwill rarely survives that.`
        : `${quote(match.text)} reads as a complaint about someone on their side. The reader may feel you are asking them to lean on a colleague for you, and the person you were waiting on, once they hear of it, will feel reported on rather than persuaded.`,
  suggestions: () => SUGGESTIONS,
});

/**
 * "You've been slammed", "so we can get a decision one way or the other": said to the reader
 * alone these are no escalation, so they are searched for only when a colleague of theirs is
 * being looped in (and separately, so they never hide a complaint in the same words).
 */
const pressure = phraseRule({
  ...phrases,
  patterns: LOOP_IN_PRESSURE,
  skipDraft: (ctx) => !loopsInTheirColleague(ctx),
  message: (match, ctx) =>
    `${quote(match.text)}, with a colleague of theirs copied in, turns the copy into pressure from above. ${readerOf(ctx)} is likely to feel reported on in front of their own team, and to dig in rather than move faster.`,
  suggestions: () => LOOP_IN_SUGGESTIONS,
});

function readerOf(ctx: RuleContext): string {
  return ctx.recipients.greetingName ? isolate(ctx.recipients.greetingName) : 'The person you are writing to';
}

/** Addresses that took part in the earlier thread, as senders or addressees. */
function threadAddresses(ctx: RuleContext): Set<string> {
  const seen = new Set<string>();
  for (const m of ctx.thread.messages) if (m.from.address) seen.add(m.from.address);
  for (const m of ctx.draft.thread ?? []) for (const to of m.to ?? []) seen.add(parseAddress(to).address);
  return seen;
}

/**
 * Someone from the reader's organisation is being copied in for the first time just after the
 * reader asked for time ("I'll come back to you", "please hold off") or after several notes
 * went unanswered: the copy goes around them. Reports the sentence that brings them in.
 */
function loopInAfterDeferral(ctx: RuleContext, reported: Set<number>): void {
  if (!ctx.thread.hasHistory || !loopsInTheirColleague(ctx)) return;
  const theirs = ctx.thread.messages.filter((m) => m.side === 'recipient');
  const latest = theirs.at(-1)?.text ?? '';
  const deferred = latest !== '' && matchesAny(latest, DEFERRED);
  const ignored = ctx.thread.unansweredInARow >= 2;
  if (!deferred && !ignored) return;
  const inThread = threadAddresses(ctx);
  const addressed = new Set(ctx.recipients.external.filter((r) => r.field === 'to').map((r) => r.address));
  const theirText = theirs.map((m) => m.text).join('\n');
  const newcomers = ctx.recipients.external.filter(
    (r) => r.field !== 'bcc' && r.org && ctx.recipients.recipientOrgs.has(r.org) && !inThread.has(r.address) && !(addressed.has(r.address) && addressed.size === 1),
  );
  const invited = (name: string): boolean =>
    name !== '' && new RegExp(`${INVITED_COLLEAGUE}(?:[\\s\\w'-]{0,30})\\b${name.replace(/[^\p{L}'-]/gu, '')}\\b`, 'iu').test(theirText);
  const who = newcomers.find((r) => !invited(firstNameOf(r)) && (r.field !== 'to' || addressed.size > 1));
  if (!who) return;
  const loop = ctx.find(LOOPING_IN).find((m) => !reported.has(m.sentence.start));
  if (!loop) return;
  const name = isolate(firstNameOf(who) || who.address);
  const reader = ctx.recipients.greetingName ? isolate(ctx.recipients.greetingName) : 'the person you are writing to';
  ctx.report({
    field: 'body',
    start: loop.sentence.start,
    end: loop.sentence.end,
    message: deferred
      ? `${quote(loop.text)} brings ${name} in just after ${reader} asked for time (${quote(firstMatchText(latest))}). Copying a colleague then reads as going around them, and they are likely to feel pushed rather than helped.`
      : `${quote(loop.text)} brings ${name} in after ${ctx.thread.unansweredInARow} notes in a row went unanswered. To ${reader} that reads as going over their head about their silence, which embarrasses more than it persuades.`,
    suggestions: LOOP_IN_SUGGESTIONS,
  });
}

function firstMatchText(text: string): string {
  for (const source of DEFERRED) {
    const m = new RegExp(source, 'i').exec(text);
    if (m) return m[0];
  }
  return text.slice(0, 40);
}

/**
 * Someone on the reader's side said no ("we've decided to stay with our current provider", "she
 * isn't taking vendor meetings"), and the draft is addressed to someone else at that
 * organisation: going over the head of the person who answered.
 */
function overHeadAfterNo(ctx: RuleContext, reported: Set<number>): void {
  const theirs = ctx.thread.messages.filter((m) => m.side === 'recipient');
  const latest = theirs.at(-1);
  if (!latest || !latest.from.address) return;
  const to = ctx.recipients.external.filter((r) => r.field === 'to');
  if (to.some((r) => r.address === latest.from.address)) return;
  const decliner = latest.from;
  const org = to.find((r) => r.org && ctx.recipients.recipientOrgs.has(r.org) && decliner.domain.endsWith(r.org));
  if (!org) return;
  // Read last: the addresses rule out most drafts without reading their words.
  const said = ctx.thread.declined ? ctx.thread.declineEvidence : (matchesAny(latest.text, NOT_TAKING_MEETINGS) ? 'not taking meetings' : '');
  if (!said) return;
  const name = firstNameOf(decliner) || decliner.address;
  const sentence = ctx.body.sentences.find(
    (s) => !reported.has(s.start) && new RegExp(`\\b${name.replace(/[^\p{L}'-]/gu, '')}\\b`, 'iu').test(s.text),
  );
  const reader = firstNameOf(org) ? isolate(firstNameOf(org)) : 'they';
  const report: Report = {
    message: `${isolate(name)} already gave their answer (${quote(said)}), and this goes to ${reader} instead. Going over the head of someone who said no tends to embarrass them and make their boss back them up.`,
    suggestions: [
      {
        label: 'Accept the answer, and leave the door open',
        replacement: `I understand ${name} has already given me your team's answer, and I respect it; if anything changes, I'd be glad to hear from either of you.`,
      },
    ],
  };
  if (sentence) ctx.report({ ...report, field: 'body', start: sentence.start, end: sentence.end });
  else ctx.report({ ...report, field: 'thread' });
}

export default defineRule({
  ...phrases,
  check(ctx) {
    const reported = new Set<number>();
    const tracking: RuleContext = {
      ...ctx,
      find: ctx.find.bind(ctx),
      report(r) {
        if (r.start !== undefined) {
          if (r.field === 'body' && reported.has(r.start)) return;
          reported.add(r.start);
        }
        ctx.report(r);
      },
    };
    phrases.check(tracking);
    pressure.check(tracking);
    loopInAfterDeferral(tracking, reported);
    overHeadAfterNo(tracking, reported);
  },
});
