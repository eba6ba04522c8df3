import type { RuleContext } from '../../engine/rule';
import { matchesAny } from '../../engine/match';
import type { Signal } from './thread-signals';

/**
 * Reply and forward markers that mail clients put at the start of a subject, one marker with its
 * colon per match. The rule chains them ("Re: Re: Fwd: ") and anchors the chain at the start of
 * the subject, so "Regarding" or "Re-engagement plan" never match. Each example must match.
 */
export const REPLY_MARKER: Signal[] = [
  // English replies, with the counted forms some clients write: "Re:", "RE:", "RE[2]:", "Re(3):", "Re^2:"
  { pattern: '\\bre(?:\\s?\\[\\d{1,3}\\]|\\s?\\(\\d{1,3}\\)|\\^\\d{1,3})?\\s?:', example: 'RE[2]: Pricing for 200 seats' },
  // Replies in other languages: German "AW:" (Antwort), Scandinavian "SV:" (Svar), Dutch "Antw:", Italian "Rif:", Polish "Odp:"
  { pattern: '\\b(?:aw|sv|antw|rif|odp)\\s?:', example: 'AW: Angebot Lagerverwaltung' },
];

export const FORWARD_MARKER: Signal[] = [
  // English forwards: "Fwd:", "FW:", "Fw:"
  { pattern: '\\bfwd?\\s?:', example: 'Fwd: Our conversation' },
  // Forwards in other languages: German "WG:" (Weitergeleitet), French "TR:" (Transféré), Spanish "RV:" (Reenviado), Portuguese "Enc:" (Encaminhado)
  { pattern: '\\b(?:wg|tr|rv|enc)\\s?:', example: 'TR: Proposition commerciale' },
];

/**
 * Signs that a message goes to a mailing list or continues a public discussion, where the
 * conversation it answers lives in the list's archive rather than in the draft: a list tag in the
 * subject ("[ILUG]"), a renamed thread ("(was Re: ...)"), or a list footer in the body. A reply
 * there is no trick, even with nothing quoted. Each example must match.
 */
export const LIST_SUBJECT: Signal[] = [
  // A list's tag, one word: "Re: [Razor-users] Fire.cloudmark.com is having issues", "RE: [ILUG] removing lilo"
  { pattern: '\\[[a-z][\\w-]{1,25}\\]', example: 'RE: [ILUG] removing lilo' },
  // "Re: Ouch (was Re: My brain hurts)", "hard links [was: How to copy some files]"
  { pattern: '[([]was:? ', example: 'Re: hard links [was: How to copy some files]' },
];

export const LIST_FOOTER: Signal[] = [
  {
    pattern:
      '\\bmailing list\\b|/(?:mailman/)?listinfo\\b|\\blist-?(?:serv|admin|owner|info)\\b|\\b(?:yahoo|google|msn) ?groups\\b|\\bto (?:post|unsubscribe|subscribe)(?: to| from)? this (?:list|group)\\b',
    example: 'RPM-List mailing list <RPM-List@freshrpms.net>',
  },
  // An automatic reply ("I am out of the office until Monday") answers whatever arrived.
  {
    pattern: '\\b(?:automated|automatic|auto-?generated) (?:response|reply|message)\\b|\\bout of (?:the )?office (?:until|till|through|from)\\b',
    example: 'This is an automated response to a message you have sent.',
  },
];

/** The part before the @ of a list's address: "rpm-list", "razor-users", "linux-kernel-announce", "foo-l". */
export const LIST_MAILBOX = /(?:list|-users?|-devel|-dev|-workers|-hackers|-announce|-discuss(?:ion)?|-talk|-digest|-l)$|^(?:lists?|users?|announce|discuss)[.-]/i;
/** A list's display name: "Digital Bearer Settlement List", "Irish Linux Users Group", "SpamAssassin Talk". */
export const LIST_NAME = /\b(?:list|mailing list|users'? group|user group|discussion group|talk)\b/i;
/** The domain of a list server or group host: "yahoogroups.com", "groups.msn.com", "lists.example.org". */
export const LIST_DOMAIN = /(?:^|\.)(?:yahoogroups|googlegroups)\.com$|^(?:groups|lists?)\./i;

/**
 * The message goes to a mailing list or group, or continues a public thread: the conversation it
 * answers is in the list's archive, so a "Re:" there is what it says, and words quoted from the
 * discussion were not said to the sender. Read on the whole body, footers included (the engine
 * masks them in ctx.body).
 */
export function isListMail(ctx: RuleContext): boolean {
  if (matchesAny(ctx.draft.subject, LIST_SUBJECT)) return true;
  const isList = (r: { address: string; domain: string; name: string }): boolean =>
    (r.address !== '' && (LIST_MAILBOX.test(r.address.slice(0, r.address.indexOf('@'))) || LIST_DOMAIN.test(r.domain))) ||
    LIST_NAME.test(r.name);
  if (ctx.recipients.all.some(isList)) return true;
  return matchesAny(ctx.draft.body, LIST_FOOTER);
}
