import { defineRule, type RuleContext } from '../engine/rule';
import { quote } from '../engine/shapes';
import { findAll, firstMatch, matchesAny } from '../engine/match';
import { ACKNOWLEDGEMENT, BOOKS_MEETING, NO_MEETING, OPENING, PUSH_PAST_NO, RHETORICAL_QUESTION } from './data/ignored-no';

/** The recipient's latest message, whose words the engine read the no in. */
function latestReply(ctx: RuleContext): string {
  return ctx.thread.messages.filter((m) => m.side === 'recipient').at(-1)?.text ?? '';
}

/** The sentence of `text` around [start, end), for quoting their no back in full. */
function sentenceAround(text: string, start: number, end: number): { text: string; end: number } {
  let from = start;
  while (from > 0 && !/[.!?\n\u0000]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n\u0000]/.test(text[to]!)) to++;
  while (to < text.length && /[.!?]/.test(text[to]!)) to++;
  // "Hi Sam, we're not interested." is quoted as "we're not interested."
  const greeting = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon))\b[^,.!?\n]{0,30},\s*/i.exec(text.slice(from, start));
  if (greeting) from += greeting[0].length;
  return { text: text.slice(from, to), end: to };
}

/**
 * After the no, they asked a real question ("Not for us. Out of curiosity, do you support SAP?").
 * Answering it is courtesy, not selling on.
 */
function askedAQuestionAfterTheirNo(after: string): boolean {
  return after.includes('?') && !matchesAny(after, RHETORICAL_QUESTION);
}

/**
 * Their no to a meeting, call or invite, in words someone other than the sender wrote (a reply,
 * or the message of a web form the sender forwards), with the text it was read in.
 */
function noToAMeeting(ctx: RuleContext): { evidence: string; text: string } | undefined {
  const sender = ctx.recipients.sender?.address ?? '';
  for (let i = ctx.thread.messages.length - 1; i >= 0; i--) {
    const m = ctx.thread.messages[i]!;
    if (m.side === 'sender' && (m.from.address === sender || m.from.address === '')) continue;
    const evidence = firstMatch(m.text, NO_MEETING);
    if (evidence) return { evidence, text: m.text };
  }
  return undefined;
}

export default defineRule({
  id: 'ignored-no',
  category: 'pushy-outreach',
  defaultSeverity: 'error',
  description: 'Selling on after the recipient said a clear no earlier in the thread.',
  rationale:
    'Saying no to a salesperson takes some effort, and people do it to end the conversation. When the next email carries on as if they had said nothing, they feel unheard, and usually stop answering, block the sender or mark the company as spam. A short reply that confirms you will stop is what earns a second chance later.',
  examples: {
    bad: "Hi Omar, I hear you, but our new release changes everything, so here's a 20% discount if you sign this month.",
    good: "Hi Omar, thanks for letting me know. I've taken you off our list; all the best with the new system.",
  },
  check(ctx) {
    if (!ctx.thread.declined) {
      checkMeetingAfterNo(ctx);
      return;
    }
    // On a mailing list, a "not interested" in the quoted discussion is about something else.
    if (ctx.thread.listMail()) return;
    if (ctx.find(ACKNOWLEDGEMENT).length > 0 && ctx.find(PUSH_PAST_NO).length === 0) return;

    const latest = latestReply(ctx);
    const evidence = ctx.thread.declineEvidence;
    const at = latest.indexOf(evidence);
    const their = at >= 0 ? sentenceAround(latest, at, at + evidence.length) : { text: evidence, end: latest.length };
    // "Not the add-on, but can you quote the core platform?": the no narrows what they want.
    if (matchesAny(latest, OPENING) || askedAQuestionAfterTheirNo(latest.slice(at >= 0 ? at : their.end))) {
      checkMeetingAfterNo(ctx);
      return;
    }

    ctx.report({
      field: 'thread',
      message: `They already wrote ${quote(their.text, 90)}, and this draft carries on selling as if they had not. Another pitch after a clear no tells them they were not heard, and that the only way to make the emails stop is to mark them as spam.`,
      suggestions: [
        { label: "Reply only to confirm you'll stop, and thank them for the clear answer" },
        { label: 'Or send nothing: a clear no does not need an answer' },
      ],
    });
  },
});

/** They turned down a call or an invite (and maybe asked for something else); the draft books one anyway. */
function checkMeetingAfterNo(ctx: RuleContext): void {
  // The draft is looked at first: reading their messages for a no costs more.
  const booking = ctx.draft.invite ? undefined : findAll(ctx.body, BOOKS_MEETING)[0];
  if (!ctx.draft.invite && !booking) return;
  const no = noToAMeeting(ctx);
  if (!no) return;
  const at = no.text.indexOf(no.evidence);
  const their = sentenceAround(no.text, at, at + no.evidence.length);
  ctx.report({
    field: ctx.draft.invite ? 'invite' : 'thread',
    message: `They wrote ${quote(their.text, 90)}, and this draft ${ctx.draft.invite ? 'sends an invite' : `books one anyway (${quote(booking!.text, 50)})`}. Pressing for the meeting they turned down tells them their answer did not count, and makes them wary of replying at all.`,
    suggestions: [
      { label: 'Give them what they asked for, in the form they asked for it (by email, in writing), and leave the meeting to them' },
      { label: 'Or ask once whether a call would help later, and take their answer' },
    ],
  });
}
