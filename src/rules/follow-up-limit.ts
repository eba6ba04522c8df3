import { defineRule } from '../engine/rule';

/** 1 -> "1st", 3 -> "3rd", 11 -> "11th", 22 -> "22nd". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * No phrase data: this rule reads only the thread. The count is the sender's side's messages at
 * the end of the thread with no reply after them (ctx.thread.unansweredInARow), so a reply from
 * the recipient anywhere resets it, and a request to follow up later earns no exception.
 */
export default defineRule({
  id: 'follow-up-limit',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: 'Another follow-up when the recipient has not answered the last ones (more than the policy’s follow-up limit in a row).',
  rationale:
    'Someone who has left two emails unanswered has usually seen them and decided, for now, not to reply. Each further nudge asks them again to explain themselves, and turns a quiet "not now" into irritation with the sender. Stopping, or closing politely, leaves the door open for them to come back when it suits them.',
  examples: {
    bad: 'Hi Chen, just bumping this to the top of your inbox again, since I have not heard back on my last two emails.',
    good: 'Hi Chen, I will stop filling your inbox here. If warehouse labelling becomes a priority later, just reply to this and I will pick it up.',
  },
  check(ctx) {
    const unanswered = ctx.thread.unansweredInARow;
    const limit = ctx.policy.followUpLimit;
    // On a mailing list, several posts in a row by one person are a discussion, not unanswered outreach.
    if (unanswered < limit || ctx.thread.listMail()) return;
    const nth = ordinal(unanswered + 1);
    ctx.report({
      field: 'thread',
      severity: unanswered >= limit + 2 ? 'error' : undefined,
      message: `This would be your ${nth} message in a row without a reply. After ${unanswered} unanswered ${unanswered === 1 ? 'email' : 'emails'}, silence is usually their answer for now, and another nudge feels like pressure to explain themselves rather than a helpful reminder.`,
      suggestions: [
        { label: 'Pause here and let them come back to you' },
        { label: 'Send one short closing note that leaves the door open' },
      ],
    });
  },
});
