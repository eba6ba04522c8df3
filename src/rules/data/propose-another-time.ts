import { CALENDAR, MEETING, WHEN, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * The burden shift: a time is already chosen, and finding a better one is left to the recipient.
 * Each example must match its own pattern.
 */

const NOT = "(?:doesn't|does not|doesnt|don't|dont|do not|won't|wont|will not|isn't|is not|isnt|aren't|are not|arent|can't|cant|cannot)";
/** "doesn't work", "isn't convenient", "is a problem", "clashes". */
const FAILS = `(?:${NOT}(?: really| quite| actually)? (?:work|suit|fit|convenient|good|ok|okay|possible|doable)|(?:is|'s) (?:inconvenient|a problem|an issue|bad|tricky|difficult)|clash(?:es)?|conflicts)`;
/** The slot that was picked: "this time", "the proposed slot", "the time I picked", "Thursday at 10". */
const THE_SLOT = `(?:(?:this|that|the|my|our|these|those)(?: proposed| suggested| scheduled| chosen| selected| above| attached)? (?:time ?slots?|times?|slots?|dates?|days?|hours?|windows?)|${WHEN})`;
/** Up to three more words about the slot: "the time I picked", "the slot on Thursday". */
const SLOT_TAIL = "(?: [\\w':]+){0,3}?";
/** Up to `n` characters in which the sender does not take the next step themselves ("I'm happy to suggest another"). */
const NOT_ME = (n: number): string =>
  `(?:(?!\\b(?:i|we|i'm|im|i'll|we'll|we're|i'd|we'd|i can|we can)\\b)[^.!?\\n\\u0000]){0,${n}}?`;
/** What the recipient is asked to do about it. */
const THEIR_MOVE =
  '(?:propose|suggest|send|let (?:me|us) know|lmk|decline|reschedule|re-schedule|move it|change it|tell me|reply|drop me|shoot me|ping me|pick|choose|select|grab|book|hit|use|just say|say so|counter)';
/** A time other than the one chosen. */
const OTHER_TIME =
  '(?:(?:another|a new|a different|a better|an alternative|an alternate|alternative|alternate|some other|other|new|different|better) (?:time ?slots?|times?|slots?|dates?|days?)\\b|(?:another one|another|a better one|a new one|an alternative)(?=\\s?[.!?,;)]|$))';

/**
 * "If that doesn't work, let me know", "if thats no good just lmk": the slot is only "that" or
 * "it". A burden shift only when a day or time was named just before (the rule checks).
 */
export const IF_THAT_FAILS: Signal[] = [
  {
    pattern: `\\bif (?:that|this|it)(?:(?:'s|s| is) (?:no good|not good|inconvenient|a problem|an issue|bad|tricky|difficult)| ${NOT}(?: really| quite| actually)? (?:work|suit|fit|convenient|good|ok|okay|possible|doable))${NOT_ME(40)}\\b${THEIR_MOVE}\\b`,
    example: "I'll ring you tomorrow at 2, if thats no good just lmk.",
  },
];

export const PROPOSE_ANOTHER_TIME: Signal[] = [
  // "If this time doesn't work, please propose another", "if the slot doesn't suit, send me a better one"
  {
    pattern: `\\bif ${THE_SLOT}${SLOT_TAIL} ${FAILS}${NOT_ME(40)}\\b${THEIR_MOVE}\\b`,
    example: "If this time doesn't work, please propose another.",
  },
  // "Let me know if this time doesn't work", "tell me if Thursday is a problem"
  {
    pattern: `\\b(?:let (?:me|us) know|lmk|tell me|shout|just say|give me a shout|drop me a (?:line|note)) if ${THE_SLOT}${SLOT_TAIL} ${FAILS}`,
    example: "Let me know if this time doesn't work for you.",
  },
  // "Feel free to suggest a new time", "don't hesitate to propose a different slot"
  {
    pattern: `\\b(?:feel free|you(?:'re| are) (?:welcome|free)|don't hesitate|dont hesitate|do not hesitate|be sure) to (?:suggest|propose|pick|choose|send(?: me| us| over)?|offer|recommend|counter(?:-?propose)?|find|grab|book|select)${gap(20)}\\b${OTHER_TIME}`,
    example: 'Feel free to suggest a new time.',
  },
  // "... a time that works better for you"
  {
    pattern: `\\b(?:feel free|you(?:'re| are) (?:welcome|free)|don't hesitate|dont hesitate|do not hesitate) to (?:suggest|propose|pick|choose|send(?: me| us| over)?|offer|find|grab|book|select)${gap(20)}\\b(?:time|slot|day|date)${gap(20)}\\b(?:works?|suits?|fits?) (?:you )?better`,
    example: 'Feel free to pick a time that works better for you.',
  },
  // "Please propose another time", "just suggest a new time via the invite", "propose a new time"
  {
    pattern: `\\b(?:(?:please|pls|just|simply|kindly|can you|could you|you can|you could|you may|go ahead and) )?(?:propose|suggest|send me|send us|send over|counter-?propose|pick|choose)(?: me| us)? ${OTHER_TIME}`,
    example: 'Just propose a new time via the invite.',
  },
  // "Let me know if you can't make it", "if you're unable to attend, just decline"
  {
    pattern: `\\b(?:let (?:me|us) know|lmk|tell me|just say|give me a shout|drop me a (?:line|note)) if (?:you|u) (?:can't|cant|cannot|can not|won't|wont|are unable to|aren't able to|are not able to|couldn't|could not|will not be able to|won't be able to) (?:make it|make (?:that|this|the) (?:time|slot|day)|attend|join|do (?:that|this|it))`,
    example: "Let me know if you can't make it.",
  },
  {
    pattern: `\\bif (?:you|u) (?:can't|cant|cannot|can not|won't|wont|are unable to|aren't able to|are not able to|couldn't|could not|won't be able to)(?: make it| attend| join| make (?:that|this|the) (?:time|slot|day))${NOT_ME(30)}\\b${THEIR_MOVE}\\b`,
    example: "If you can't make it, just decline and suggest another slot.",
  },
  {
    pattern: `\\bif (?:you(?:'re| are)|youre|ur) (?:not (?:available|free|around)|unavailable|busy|booked|tied up)${NOT_ME(40)}\\b${THEIR_MOVE}\\b`,
    example: "If you're not available then, let me know.",
  },
  // "Just decline if it's not convenient", "feel free to decline", "you can always decline the invite"
  {
    pattern: '\\b(?:just|simply|feel free to|you can(?: always| just)?|you may|please|go ahead and|happy for you to) (?:decline|reject)(?: (?:it|the (?:invite|invitation|meeting|request|hold)|this (?:invite|invitation|one)))?(?=\\s?(?:[.!?,;)]|$|(?:if|when|whenever|should|in case|otherwise|no)\\b))',
    example: "Just decline if it's not convenient.",
  },
  {
    pattern: '\\b(?:decline|reject|ignore) (?:the|this|my) (?:invite|invitation|meeting request|hold) if\\b',
    example: 'Decline the invite if the slot is no good.',
  },
  // "Reschedule as needed", "move it around if you need to", "feel free to move the invite"
  {
    pattern: `\\b(?:(?:re-?schedule|move|shift|bump|push)(?: it| this| the (?:invite|invitation|meeting|call|demo|time|slot|hold|session))?|(?:change|update|edit|adjust) the (?:invite|invitation|meeting|call|demo|time|slot|hold|session))(?: around)? (?:as (?:needed|necessary|required|you see fit|you like)|if (?:needed|necessary|required|you need to|need be))\\b`,
    example: 'Reschedule as needed.',
  },
  {
    pattern: `\\b(?:feel free|you(?:'re| are) (?:welcome|free)|don't hesitate|dont hesitate) to (?:re-?schedule\\b|(?:move|shift|bump|push|drag|change|adjust|update|edit) (?:it|this|the (?:invite|invitation|meeting|call|demo|time|slot|hold|session))\\b)`,
    example: 'Feel free to move it on your calendar.',
  },
  ...IF_THAT_FAILS,
];

/** The draft is about a meeting: the burden-shift phrases mean a slot, not a delivery date. */
export const ABOUT_A_MEETING: Signal[] = [
  { pattern: `\\b${MEETING}\\b`, example: 'a quick call' },
  { pattern: `\\b(?:invite|invitation|${CALENDAR})\\b`, example: 'the calendar invite' },
];
