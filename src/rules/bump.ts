import { phraseRule, quote } from '../engine/shapes';
import { matchesAny, sentenceNear, type Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import { BUMP, BUMP_WHEN_UNANSWERED, OWN_CORRECTION, SOMEONE_ELSE } from './data/bump';

const PATTERNS = [...BUMP, ...BUMP_WHEN_UNANSWERED];

/** "a response from Ben", "with Dr. Patel", "contact with Mrs. Ruiz": a person named as the silent one. */
const NAMED_SILENT_ONE =
  /\b(?:from|with|reach|reaching|contact|contacting|to reach|hold of|through to|chasing|chase) (?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?(\p{Lu}[\p{Ll}'-]+)\b/gu;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? \p{Lu}/u;

/**
 * The sentence and its neighbours say someone other than the recipient went quiet: a note to
 * their manager or a colleague about them, which is not a nudge to the person addressed.
 */
function aboutSomeoneElse(match: Match, ctx: RuleContext): boolean {
  const around = `${sentenceNear(ctx.body, match.sentence, -1)} ${match.sentence.text} ${sentenceNear(ctx.body, match.sentence, 1)}`;
  if (matchesAny(around, SOMEONE_ELSE)) return true;
  const addressed = ctx.recipients.external.filter((r) => r.field === 'to').map((r) => r.name.split(/\s+/));
  for (const m of around.matchAll(NAMED_SILENT_ONE)) {
    const name = m[1]!;
    const isRecipient = addressed.some((parts) => parts.includes(name));
    if (!isRecipient && (HONORIFIC.test(m[0]) || /^(?:from|with|reach|reaching|contact|contacting)$/i.test(m[0].split(' ')[0]!))) {
      // "from Monday", "with Acme" are not people: a weekday, a month or the recipient's company.
      if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|You|Your)$/.test(name)) continue;
      if (ctx.recipients.recipientOrgs.has(name.toLowerCase())) continue;
      if ([...ctx.recipients.recipientOrgs].some((org) => org.startsWith(name.toLowerCase()))) continue;
      return true;
    }
  }
  return false;
}

export default phraseRule({
  id: 'bump',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: 'Bumping an unanswered email or pointing at the recipient’s silence (“did you get my last email?”, “I haven’t heard back”).',
  rationale:
    'A bump tells the recipient their silence was noticed and counted. It turns a reply into a debt they owe, so answering feels like an apology rather than a choice, and the easiest way out is to keep ignoring the thread. A follow-up that brings something new, or openly lets them off the hook, is the one people answer.',
  examples: {
    bad: "Hi Marco, just bumping this to the top of your inbox. Did you get my last email? I haven't heard back.",
    good: 'Hi Marco, one more thing that may help: the onboarding checklist two other logistics teams used is attached. If now isn’t the right time, no need to reply; I won’t keep filling your inbox.',
  },
  patterns: PATTERNS,
  // They asked to be contacted again ("check back with me in March"): following up is what they wanted.
  // ... and a post to a mailing list is not a nudge to one person.
  skipDraft: (ctx) => ctx.thread.askedForFollowUp || ctx.thread.listMail(),
  // "Just following up." is only a bump when the sender's last message is still unanswered.
  skipMatch: (match, ctx) =>
    (ctx.thread.unansweredInARow === 0 && !matchesAny(match.text, BUMP)) ||
    // "Following up on my email: I forgot the attachment" completes the email, it does not chase.
    matchesAny(match.sentence.text, OWN_CORRECTION) ||
    aboutSomeoneElse(match, ctx),
  message: (match) =>
    `${quote(match.text)} points at their silence. They may read it as a reminder of a reply they owe, and answering a nudge feels like a chore rather than a choice.`,
  suggestions: () => [
    {
      label: 'Respect the silence, and leave the door open',
      replacement: "If now isn't the right time, no need to reply; I won't keep filling your inbox.",
    },
    { label: 'Or bring something new that is useful on its own: an answer, a short case, a resource' },
  ],
});
