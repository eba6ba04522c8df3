import { defineRule } from '../engine/rule';
import { matchesAny } from '../engine/match';
import { prepareLine } from '../engine/text';
import { AGREEMENT_IN_BODY } from './data/thread-agreement';
import { meetingExpected, MOVED_TITLE } from './data/presumptive-invite';


/** "a@x.com", "a@x.com and b@y.com", "a@x.com, b@y.com and c@z.com", or "5 external guests". */
function nameGuests(guests: string[]): string {
  if (guests.length > 3) return `${guests.length} external guests`;
  if (guests.length === 1) return guests[0]!;
  return `${guests.slice(0, -1).join(', ')} and ${guests.at(-1)!}`;
}

export default defineRule({
  id: 'presumptive-invite',
  category: 'presumptive-appointment',
  defaultSeverity: 'warning',
  description: 'Sending a calendar invite to outside guests who have not agreed to meet.',
  rationale:
    'An invite that arrives unannounced is a decision already made: it sits on their calendar, and their first job is to accept, decline or ignore a time someone else chose. Many decline out of principle, or ignore it and feel a little crowded. An invite lands well as the result of agreeing a time, not as the way the conversation starts.',
  examples: {
    bad: 'Invite "BrightLedger intro" for Thursday 10:00 sent cold to dana@northwind-health.com, description: "Looking forward to showing you the platform."',
    good: 'An email first: "Would a 20-minute call be useful? If so, Thursday at 10 or Friday afternoon work for me." The invite goes out once Dana picks a time.',
  },
  check(ctx) {
    if (ctx.draft.kind !== 'invite') return;
    const seen = new Set<string>();
    const guests: string[] = [];
    for (const r of ctx.recipients.external) {
      if (r.field === 'bcc') continue;
      const key = r.address || r.raw;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      guests.push(key);
    }
    if (guests.length === 0) return;
    if (ctx.thread.agreedToMeet) return;

    // The title and description can show it was asked for, moves an agreed meeting, or is part of an ongoing relationship.
    const title = prepareLine(ctx.draft.invite?.title ?? '').flat;
    const subject = ctx.subject.flat;
    for (const line of [title, subject]) {
      if (matchesAny(line, AGREEMENT_IN_BODY) || matchesAny(line, MOVED_TITLE)) return;
    }
    if (meetingExpected(ctx)) return;

    const who = nameGuests(guests);
    const they = guests.length === 1 ? 'they have' : 'any of them has';
    ctx.report({
      field: 'invite',
      message: `The invite to ${who} arrives before ${they} agreed to meet, so their first task is to accept, decline or ignore a time someone else picked. A calendar entry lands best as the result of agreeing a time, not as the opening of the conversation.`,
      suggestions: [
        { label: 'Email them two or three options first and send the invite once they pick one' },
        { label: 'If they already agreed by phone or in person, say so in the description ("As agreed on our call")' },
      ],
    });
  },
});
