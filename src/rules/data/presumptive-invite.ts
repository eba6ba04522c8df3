import { matchesAny } from '../../engine/match';
import type { RuleContext } from '../../engine/rule';
import type { Signal } from './thread-signals';

/**
 * Signs, in an invite's title or description, that the guests asked for it, so the invite is not
 * the opening move. The thread's own agreement
 * signals (AGREEMENT, AGREEMENT_IN_BODY) are checked as well. Each example must match its pattern.
 */
export const INVITE_EXPECTED: Signal[] = [
  // They registered or booked: "Thanks for registering", "your booking", "you signed up"
  {
    pattern: "\\b(?:thanks?|thank you) (?:you )?(?:so much )?for (?:registering|signing up|your registration|enrolling|rsvp'?ing|your rsvp|your booking|booking)\\b",
    example: 'Thanks for registering for the product tour.',
  },
  {
    pattern: "\\byou(?:'ve| have)? (?:registered|signed up|enrolled|rsvp'?d|booked this|booked it|picked this|chose this)\\b",
    example: "You've registered for this session.",
  },
  {
    pattern: '\\b(?:your|their) (?:registration|booking|reservation)\\b',
    example: 'This confirms your booking.',
  },
  // They chose the time: "the slot you picked", "at your request", "following your suggestion"
  {
    pattern: '\\b(?:the|a) (?:time|slot|day|date) (?:you|they|your team) (?:picked|chose|selected|suggested|proposed|requested|asked for|booked|offered)\\b',
    example: 'Here is the invite for the slot you picked.',
  },
  {
    pattern: '\\b(?:at|following|per|on) (?:your|their) (?:request|suggestion|invitation)\\b',
    example: 'Sending this at your request.',
  },
  {
    pattern: '\\bas (?:you|they|your team) (?:asked|requested|suggested|proposed|wanted)\\b',
    example: 'As you asked, the whole team is invited.',
  },
];

/**
 * An ongoing relationship: recurring check-ins, onboarding, kick-offs, business reviews. These
 * do not count when the draft shows they are still deciding (STILL_DECIDING): a "pilot kickoff"
 * booked off a brochure download is still a first meeting.
 */
export const ONGOING_MEETING: Signal[] = [
  {
    pattern: '\\b(?:weekly|bi-?weekly|fortnightly|monthly|quarterly|recurring|regular) (?:sync|check-?ins?|calls?|meetings?|catch[- ]?ups?|status|stand-?ups?|touch ?points?|touch ?base|reviews?)\\b',
    example: 'Weekly sync: Northwind x BrightLedger',
  },
  {
    pattern: '\\b(?:qbr|quarterly business review|steering committee|(?:onboarding|implementation|go-live|project|renewal|account) (?:call|meeting|check-?in|review|workshop|session|kick-?off|sync)|kick-?off (?:call|meeting|session))\\b',
    example: 'Implementation kick-off',
  },
];

/**
 * Signs they have not bought yet: the brochure, the webinar, the decision still pending. With
 * these, a "kickoff" or a "weekly check-in" is a first meeting under another name.
 */
export const STILL_DECIDING: Signal[] = [
  // The sender's words: "Thank you for downloading our brochure", "until you've reached a decision"
  {
    pattern:
      "\\b(?:thanks?|thank you|thx) (?:so much )?for (?:downloading|attending|visiting|stopping by|your interest|checking out|reading|joining (?:our|the) (?:webinar|session|event))\\b|\\buntil you(?:'ve| have)? (?:reached|made) (?:a|your) decision\\b|\\b(?:before|while) you (?:decide|make up your mind|evaluate)\\b",
    example: 'Thank you for downloading our brochure!',
  },
  // Their words: "we'll review internally and get back to you", "we're still evaluating"
  {
    pattern:
      "\\b(?:review|discuss|talk) (?:it |this |that )?internally\\b|\\b(?:get|come) back to you\\b|\\bstill (?:evaluating|deciding|comparing|considering|looking at options)\\b",
    example: "We'll review internally and get back to you.",
  },
];

/**
 * In the messages of those who agreed, an ask to bring others in: "please add Dr. Alvarez",
 * "our director should join", "send the invite to me and Robert". Read with the guests' names.
 */
export const ASKED_TO_ADD: Signal[] = [
  {
    pattern:
      "\\b(?:add|include|loop in|cc|copy in|invite|bring (?:in|along)?|send (?:it|the invite|the invitation) to)\\b(?: \\w+){0,4}? (?:colleague|colleagues|team|boss|manager|director|head|lead|partner|assistant|cfo|ceo|cto|coo|vp|him|her|them|others|both|everyone|me and)\\b|\\b(?:should|will|would like to|wants? to|may|might|can|could|to) (?:also )?(?:join|attend|sit in)\\b|\\bon (?:it |the call )?too\\b|\\b(?:please|pls|can you|could you|do) (?:also )?(?:add|include|invite|loop in|cc)\\b",
    example: 'Please add our assistant superintendent.',
  },
];

/** A title that moves an agreed meeting: "Rescheduled: Demo", "Moved to Friday", "New time". */
export const MOVED_TITLE: Signal[] = [
  {
    pattern: '\\b(?:re-?schedul(?:ed|ing|e)|moved|postponed|new time|updated time|time change|updated invitation|changed time)\\b',
    example: 'Rescheduled: BrightLedger demo',
  },
];

/**
 * The meeting was asked for, or belongs to an ongoing relationship with a customer (onboarding,
 * QBR, weekly sync): the subject, the invite's title or the body says so.
 */
export function meetingExpected(ctx: RuleContext): boolean {
  const title = ctx.draft.invite?.title ?? '';
  if (matchesAny(ctx.subject, INVITE_EXPECTED) || matchesAny(title, INVITE_EXPECTED) || matchesAny(ctx.body, INVITE_EXPECTED)) return true;
  if (!(matchesAny(ctx.subject, ONGOING_MEETING) || matchesAny(title, ONGOING_MEETING) || matchesAny(ctx.body, ONGOING_MEETING))) return false;
  const theirs = ctx.thread.messages.filter((m) => m.side === 'recipient').map((m) => m.text).join('\n\n');
  return !matchesAny(ctx.body, STILL_DECIDING) && !matchesAny(theirs, STILL_DECIDING);
}
