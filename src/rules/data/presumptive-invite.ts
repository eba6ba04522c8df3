import { matchesAny } from '../../engine/match';
import type { RuleContext } from '../../engine/rule';
import type { Signal } from './thread-signals';

/**
 * Signs, in an invite's title or description, that the guests asked for it or that it belongs to
 * an existing relationship, so the invite is not the opening move. The thread's own agreement
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
  // An ongoing relationship: recurring check-ins, onboarding, kick-offs, business reviews
  {
    pattern: '\\b(?:weekly|bi-?weekly|fortnightly|monthly|quarterly|recurring|regular) (?:sync|check-?ins?|calls?|meetings?|catch[- ]?ups?|status|stand-?ups?|touch ?points?|touch ?base|reviews?)\\b',
    example: 'Weekly sync: Northwind x BrightLedger',
  },
  {
    pattern: '\\b(?:qbr|quarterly business review|steering committee|(?:onboarding|implementation|go-live|project|renewal|account) (?:call|meeting|check-?in|review|workshop|session|kick-?off|sync)|kick-?off (?:call|meeting|session))\\b',
    example: 'Implementation kick-off',
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
 * The meeting was asked for or belongs to an ongoing relationship (onboarding, QBR, weekly
 * sync): the subject, the invite's title or the body says so.
 */
export function meetingExpected(ctx: RuleContext): boolean {
  return (
    matchesAny(ctx.subject, INVITE_EXPECTED) ||
    matchesAny(ctx.draft.invite?.title ?? '', INVITE_EXPECTED) ||
    matchesAny(ctx.body, INVITE_EXPECTED)
  );
}
