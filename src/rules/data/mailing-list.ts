import type { Signal } from './thread-signals';

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
