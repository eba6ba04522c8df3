import { phraseRule, quote } from '../engine/shapes';
import { matchesAny } from '../engine/match';
import { BUMP, BUMP_WHEN_UNANSWERED, OWN_CORRECTION } from './data/bump';

const PATTERNS = [...BUMP, ...BUMP_WHEN_UNANSWERED];

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
  skipDraft: (ctx) => ctx.thread.askedForFollowUp,
  // "Just following up." is only a bump when the sender's last message is still unanswered.
  skipMatch: (match, ctx) =>
    (ctx.thread.unansweredInARow === 0 && !matchesAny(match.text, BUMP)) ||
    // "Following up on my email: I forgot the attachment" completes the email, it does not chase.
    matchesAny(match.sentence.text, OWN_CORRECTION),
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
