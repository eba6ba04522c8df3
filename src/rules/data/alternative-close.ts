import { DAY, MEETING, TIME, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * The "alternative close": a question that offers two (or three) meeting times and asks which,
 * never whether. Every piece is bounded; each example must match its own pattern.
 */

// --- what counts as a time slot ------------------------------------------------------------------

/** Days as people type them, with the commonest misspellings. */
const DAY_TYPED = `(?:${DAY}|wensday|wednsday|wendsday|thursay|tuseday|teusday|fryday)`;
const RELATIVE = '(?:tomorrow|tommorr?ow|tomorow|tmrw|today)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)';
/** "14 March", "March 14th", "3/14", "the 14th" (a bare "the 10" is a quantity, not a date). */
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}/\\d{1,2}\\b|the ${ORDINAL}\\b)`;
const PART = '(?:morning|afternoon|evening|lunch(?:time)?|am|pm|first thing)';
/** A clock time; a bare number only when it is not a quantity ("10 seats", "20%"). */
const CLOCK = `(?:${TIME}|\\d{1,2}(?::\\d{2})?\\b(?!\\s?(?:%|percent|seats?|users?|licen[cs]es?|people|units|minutes|mins|hours|hrs|k\\b|x\\b)))`;
const DAY_SLOT = `(?:(?:on |this |next |this coming )?(?:${DAY_TYPED}s?|${RELATIVE}|${DATE})(?:,? (?:the )?${ORDINAL}\\b)?(?:,? (?:at |@ ?|around |from )?${CLOCK})?(?: ${PART}\\b)?)`;
const WEEK_SLOT = '(?:(?:early |late |later |end of )?(?:this|next) week)';
/** "2pm", "at 10:30", "2pm Tuesday", "4pm tomorrow". */
const AFTER_TIME = `(?:,? (?:on )?(?:${DAY_TYPED}|${RELATIVE})\\b)?`;
const TIME_SLOT = `(?:(?:at |around )?${TIME}${AFTER_TIME})`;
const AT_SLOT = 'at \\d{1,2}(?::\\d{2})?\\b';
/** "this afternoon", "in the morning", and the plural of habit: "mornings or afternoons". */
const PART_SLOT = '(?:(?:in the |this |tomorrow |first thing (?:in the )?)?(?:morning|afternoon|evening|lunchtime)s?)';
const SLOT = `(?:${DAY_SLOT}|${WEEK_SLOT}|${TIME_SLOT}|${AT_SLOT}|${PART_SLOT})`;
/** The second option may be a bare clock time when the first set the frame: "at 10 or 11". */
const SECOND = `(?:${SLOT}|${CLOCK}${AFTER_TIME})`;

const OR = '(?:or|or maybe|or perhaps|or else)';

/** Two or three slots offered as a choice: "Tuesday at 10 or Wednesday at 3", "2pm or 4pm". */
const PAIR = `\\b${SLOT}(?:, ${SLOT}){0,2},? ${OR} ${SECOND}`;

/** The slots themselves, to reuse them in a rewrite (run on one sentence only). */
export const TIME_PAIR: Signal[] = [{ pattern: PAIR, example: 'Tuesday at 10 or Wednesday at 3' }];

// --- the close itself ---------------------------------------------------------------------------

/**
 * A choice of slots, found at its "or" and checked backwards for the slot before it, so the scan
 * costs almost nothing on text without an "or". Whether the sentence asks them to choose
 * ("Does ... work better?", "Which suits you, ...", "Let me know which ...") is decided by the
 * rule on the sentence; every form below is the same pattern, each example shows one of them.
 */
const SLOT_END = `(?:\\d|[ap]\\.?m|days?|mon|tues?|wed|thu(?:rs?)?|fri|ow|mrw|ings?|noons?|midday|lunch(?:time)?s?|week|thing|${MONTH}|[ecmp][sd]?t|gmt|utc|cest?|bst|ist)\\.?`;
/** The word before "or" could end a slot (a cheap test), then the whole slot is checked. */
const CHOICE_OF_SLOTS = `\\b${OR} (?<=${SLOT_END},? ${OR} )(?<=\\b${SLOT},? ${OR} )${SECOND}`;

export const ALTERNATIVE_CLOSE: Signal[] = [
  // "Does Tuesday at 10 or Wednesday at 3 work better?", "Would 2pm or 4pm suit you for a quick demo?",
  // "Are you free Monday morning or Tuesday afternoon?", "Which works better for you, Thursday or Friday?",
  // "Tuesday 10am or Wednesday 3pm, which suits you?", "Tomorrow at 2 or Friday at 11?",
  // "Would a call at 10 or 11 tomorrow work?", "Which day is best, the 14th or the 15th?"
  { pattern: CHOICE_OF_SLOTS, example: 'Does Tuesday at 10 or Wednesday at 3 work better?' },
];

/** The sentence asks them to pick rather than stating availability: a question, or "which", "prefer", "better". */
export const ASKS_TO_CHOOSE: Signal[] = [
  { pattern: '\\?["\')]{0,3}$', example: 'Does Tuesday or Thursday work?' },
  { pattern: '\\b(?:which|whichever|prefer|rather|better|best)\\b', example: 'Let me know which suits you best: Tuesday or Thursday.' },
];

/**
 * Words that ask whether the recipient wants to meet at all. Added to PERMISSION_CUE from vocab,
 * which does not cover "Would a call be useful?" without "if so".
 */
export const WHETHER_CUE: Signal[] = [
  // "Would a quick call be useful?", "Could a short demo help?"
  {
    pattern: `\\b(?:would|could|might|does|is|will) (?:an? |the )?(?:quick |short |brief |\\d{2}[- ]min(?:ute)? )?${MEETING}${gap(40)}\\b(?:be (?:useful|helpful|worth|of (?:use|interest|value)|valuable|worthwhile|welcome)|help|make sense|interest you|appeal)`,
    example: 'Would a quick call be useful?',
  },
  // After a whether question: "If it is, ...", "if yes, ...", "If you do:"
  {
    pattern: "\\bif (?:yes|it is|it does|it would|you do|you are|you would|that's a yes)[,:]",
    example: 'Is a call worth it? If it is, which suits better, Tuesday at 10 or Wednesday at 3?',
  },
  // "If a call is useful, ...", "if a short demo would help", "Is a call worth doing at all?"
  {
    pattern: `\\bif (?:an? |the )?(?:quick |short |brief )?${MEETING} (?:is|would be|sounds|seems|could be|would|might|could) (?:useful|helpful|help|worthwhile|of (?:use|interest|value)|valuable|worth)|\\bis (?:an? |the )?(?:quick |short |brief )?${MEETING} (?:even )?worth`,
    example: 'If a call is useful, would Tuesday or Wednesday suit?',
  },
  // "Would it make sense to talk?", "Does it make sense to compare notes?"
  {
    pattern: '\\b(?:would|does|could) (?:it|this|that) (?:make sense|be (?:useful|helpful|worth|valuable))',
    example: 'Would it make sense to compare notes?',
  },
  // "Is this something you're looking at?", "Is it a priority this year?"
  {
    pattern: "\\bis (?:this|it|that) (?:something|of interest|relevant|a priority|on your radar)",
    example: 'Is this something your team is looking at?',
  },
  // "If it's relevant", "if that sounds useful", "if you're curious"
  {
    pattern: "\\bif (?:it(?:'s| is)? |that(?:'s| is)? |this(?:'s| is)? |you(?:'re| are) )?(?:sounds |seems )?(?:relevant|of interest|a priority|worthwhile|curious|keen|useful|helpful)",
    example: "If it's relevant, I can show you.",
  },
  // "Do you have any interest", "are you interested"
  {
    pattern: '\\b(?:do you have (?:any )?interest|are you (?:at all )?interested|interested in (?:a|an)\\b|open to (?:a|an)\\b)',
    example: 'Are you interested in a look?',
  },
];

/**
 * The two dates are not a meeting: deliveries, invoices, renewals, launches. Overridden when the
 * sentence names a meeting anyway ("the delivery review call").
 */
export const NOT_A_MEETING: Signal[] = [
  {
    pattern:
      '\\b(?:deliver(?:y|ies|ed)?|ship(?:ping|ment|ped|s)?|dispatch(?:ed)?|install(?:ation|ed)?|go[- ]live|invoic(?:e|ed|ing)|payments?|billing|renewal|due|deadline|contract|arriv(?:e|al)|receive|samples?|pick[- ]?up|collection|release|deploy(?:ment)?|cut-?over|start date|launch(?:es|ed)?|orders?|cancel(?:led|lation)?|maintenance|outage|downtime|upgrade|webinar|livestream|live stream|register|registration|event)\\b',
    example: 'Should we ship the units on Monday or Tuesday?',
  },
];

/**
 * A question about a fact, not an offer: "Did you say Tuesday or Wednesday?", "Is the board
 * meeting on the 3rd or the 10th?", "When is the audit, March or April?".
 */
export const ASKS_A_FACT: Signal[] = [
  {
    pattern: '\\b(?:did|was|were|had|has) (?:you|it|they|the|your|their|we|he|she|that)\\b',
    example: 'Did you say Tuesday or Wednesday?',
  },
  {
    pattern: '\\b(?:is|are) (?:the|their|our|his|her)\\b(?! (?:better|best|easier|more convenient|preferred)\\b)',
    example: 'Is the board meeting on the 3rd or the 10th?',
  },
  {
    pattern: '\\bwhen (?:is|are|does|do|did|was|were|will)\\b',
    example: 'When is the audit, March or April?',
  },
];

/** Words that leave no doubt a meeting is meant. */
export const PLAINLY_A_MEETING: Signal[] = [
  {
    pattern:
      '\\b(?:call|meeting|meet|chat|demo|walkthrough|walk-through|walk you through|coffee|zoom|teams call|conversation|catch[- ]up|intro|sync|lunch|calendar|calender|diary|invite|invitation|\\d+ minutes)\\b',
    example: 'a quick demo',
  },
];

/** The meeting a sentence names, to reuse in a rewrite ("a short demo"). */
export const MEETING_NOUN: Signal[] = [
  {
    pattern: '\\b(?:call|demo|chat|meeting|walkthrough|conversation|catch-up|intro call|coffee)\\b',
    example: 'a quick demo',
  },
];
