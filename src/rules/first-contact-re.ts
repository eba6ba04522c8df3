import { defineRule } from '../engine/rule';
import { quote } from '../engine/shapes';
import { matchesAny } from '../engine/match';
import { FORWARD_MARKER, REPLY_MARKER } from './data/first-contact-re';

const MARKER = [...REPLY_MARKER, ...FORWARD_MARKER].map((s) => `(?:${s.pattern})`).join('|');

/**
 * The chain of markers at the very start of the subject, with the spaces after it. A marker must
 * be followed by a space, another marker or the end, so "re:Invent" (a conference) is left alone.
 * Bounded repetition only: linear on any subject.
 */
const PREFIX = new RegExp(`^(\\s{0,10})((?:(?:${MARKER})\\s{0,10}){0,9}(?:${MARKER})(?:\\s{1,10}|$))`, 'i');

export default defineRule({
  id: 'first-contact-re',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: 'A "Re:" or "Fwd:" subject on a first email, when there is no earlier conversation to reply to or forward.',
  rationale:
    'A reply or forward marker tells the recipient they are already in a conversation. When they look for it and find nothing, the subject reads as a trick to get the email opened, and everything below it is read with suspicion. A plain subject about their situation earns the open honestly.',
  examples: {
    bad: 'Subject: Re: our conversation\n\nHi Marta, I lead partnerships at Fernhill and wanted to introduce our route-planning tool.',
    good: 'Subject: Route planning for your new Porto depot\n\nHi Marta, I lead partnerships at Fernhill and wanted to introduce our route-planning tool.',
  },
  check(ctx) {
    if (ctx.thread.hasHistory) return;
    const m = PREFIX.exec(ctx.subject.flat);
    if (!m) return;
    const start = m[1]!.length;
    const prefix = m[2]!;
    if (ctx.thread.listMail()) return;
    const forward = !matchesAny(prefix, REPLY_MARKER);
    const message = forward
      ? `The subject starts with ${quote(prefix)}, which says you are passing on an earlier exchange, but nothing is forwarded and they have not heard from you before. When they notice, the opening feels like a trick to get the email read.`
      : `The subject starts with ${quote(prefix)}, which says they wrote to you first, but this is your first email to them. When they look for the message they supposedly sent and find none, the opening feels like a trick and the rest is read with suspicion.`;
    ctx.report({
      field: 'subject',
      start,
      end: start + prefix.length,
      message,
      suggestions: [{ label: `Remove ${quote(prefix)} and let the subject say what the email is about`, replacement: '' }],
    });
  },
});
