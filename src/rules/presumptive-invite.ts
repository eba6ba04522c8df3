import { defineRule, type RuleContext } from '../engine/rule';
import { matchesAny } from '../engine/match';
import { parseAddress } from '../engine/address';
import { isolate } from '../engine/shapes';
import { prepareLine } from '../engine/text';
import { AGREEMENT_IN_BODY } from './data/thread-agreement';
import { ASKED_TO_ADD, meetingExpected, MOVED_TITLE } from './data/presumptive-invite';


/** "a@x.com", "a@x.com and b@y.com", "a@x.com, b@y.com and c@z.com", or "5 external guests". */
function nameGuests(guests: string[]): string {
  if (guests.length > 3) return `${guests.length} external guests`;
  if (guests.length === 1) return isolate(guests[0]!);
  return `${guests.slice(0, -1).map(isolate).join(', ')} and ${isolate(guests.at(-1)!)}`;
}

/**
 * The guest is named in the words: a part of their display name, or of their address
 * ("jalder" for "Jen Alder", "p.moore" for "Priscilla Moore": a name plus at most an initial).
 */
function namedIn(words: Set<string>, guest: string, ctx: RuleContext): boolean {
  for (const r of ctx.recipients.external) {
    if ((r.address || r.raw) !== guest) continue;
    for (const n of r.name.toLowerCase().split(/[^\p{L}]+/u)) if (n.length >= 3 && words.has(n)) return true;
    for (const part of (r.address.split('@')[0] ?? '').split(/[^\p{L}]+/u)) {
      if (part.length < 3) continue;
      for (const w of words) {
        if (w.length >= 3 && (part === w || (part.length - w.length <= 2 && (part.endsWith(w) || part.startsWith(w))))) return true;
      }
    }
  }
  return false;
}

/**
 * Guests the agreement does not cover: the thread shows who agreed and who was in it, and these
 * people were never part of it, never named by those who agreed, and nobody asked to add others.
 * Empty when there is no thread to tell.
 */
function addedWithoutAgreement(ctx: RuleContext, guests: string[]): string[] {
  const thread = ctx.draft.thread;
  if (!thread?.length) return [];
  const inThread = new Set<string>();
  for (const m of thread) for (const raw of [m.from, ...(m.to ?? [])]) inThread.add(parseAddress(raw).address || raw);
  const theirs = ctx.thread.messages
    .filter((m) => m.side === 'recipient')
    .map((m) => m.text)
    .join('\n\n');
  if (matchesAny(theirs, ASKED_TO_ADD)) return [];
  const words = new Set(theirs.toLowerCase().split(/[^\p{L}]+/u));
  return guests.filter((g) => !inThread.has(g) && !namedIn(words, g, ctx));
}

function reportAdded(ctx: RuleContext, added: string[]): void {
  const who = nameGuests(added);
  ctx.report({
    field: 'invite',
    message: `${who} ${added.length === 1 ? 'is' : 'are'} on the invite, but only others in the thread agreed to meet, so ${added.length === 1 ? 'this guest gets' : 'these guests get'} a meeting nobody asked them about. Being added over someone's head can also feel like going around the person who said yes.`,
    suggestions: [
      { label: 'Ask the person who agreed whether they would like anyone else there, and add them only if they say so' },
      { label: 'Send the invite to those who agreed and offer to include colleagues' },
    ],
  });
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
    if (ctx.thread.agreedToMeet) {
      const added = addedWithoutAgreement(ctx, guests);
      if (added.length > 0) reportAdded(ctx, added);
      return;
    }

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
