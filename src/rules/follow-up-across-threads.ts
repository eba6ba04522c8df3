import { defineRule, type KnownContact } from '../engine/rule';
import { isolate } from '../engine/shapes';

/** Messages the user sent this contact after the last reply seen from them (all, when none was seen). */
function sendsSinceReply(c: KnownContact): number {
  const lastReply = c.replies.at(-1) ?? -1;
  return c.sent.filter((d) => d > lastReply).length;
}

/**
 * No phrase data: this rule reads the contact memory, which knows the messages the user sent a
 * person through Tactful and the replies seen from them, in any thread. A new thread to someone
 * who has not answered the last ones is still a follow-up, however fresh the subject line.
 * When the draft's own thread already shows the silence, follow-up-limit speaks for it.
 */
export default defineRule({
  id: 'follow-up-across-threads',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: 'Writing again to someone who has not replied to your last messages, even in a new thread (the policy’s follow-up limit, counted across threads).',
  rationale:
    'Starting a new thread does not reset the count in the recipient’s mind: they remember the earlier emails they chose not to answer. A fresh subject line on the same ask reads as a way around their silence. Pausing, or one short note that closes the loop, respects their answer and keeps the door open.',
  examples: {
    bad: 'To Dana, after two unanswered emails in other threads: "New idea for your month-end close: do you have 20 minutes this week?"',
    good: 'To Dana, after two unanswered emails: nothing for now, or "I will stop writing about this; if month-end close comes back on your list, just reply and I will pick it up."',
  },
  check(ctx) {
    const limit = ctx.policy.followUpLimit;
    if (ctx.contacts.length === 0 || ctx.thread.unansweredInARow >= limit) return;
    for (const r of ctx.recipients.external) {
      if (r.field !== 'to' || !r.address) continue;
      const known = ctx.contacts.find((c) => c.address === r.address);
      const unanswered = known ? sendsSinceReply(known) : 0;
      if (unanswered < limit) continue;
      const who = isolate(r.name || r.address);
      const replied = known!.replies.length > 0;
      ctx.report({
        field: 'to',
        start: r.start,
        end: r.end,
        severity: unanswered >= limit + 2 ? 'error' : undefined,
        message:
          `You have written to ${who} ${unanswered} times ${replied ? 'since their last reply' : 'without a reply'}, across your threads. ` +
          'A new email, even on a new subject, reads as one more nudge: silence is usually their answer for now.',
        suggestions: [
          { label: 'Pause here and let them come back to you' },
          { label: 'Send one short closing note that leaves the door open' },
        ],
      });
    }
  },
});
