/**
 * Building blocks for phrase patterns, as regular-expression source text. Every piece is
 * bounded (no unbounded repetition of something that can itself repeat), so patterns built
 * from them run in linear time on any input; tests/rules/data.test.ts checks that on
 * adversarial text.
 *
 * Patterns run case-insensitively over the author's own words, with typographic quotes
 * normalised to ' and ", and with quoted history replaced by NUL characters.
 */

/** Up to `n` characters within one sentence (no sentence end, line break or masked text). */
export const gap = (n: number): string => `[^.!?\\n\\u0000]{0,${n}}?`;

/** Zero to `n` whole words. */
export const words = (n: number): string => `(?:[\\w'$%-]+\\s+){0,${n}}`;

export const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri)\\.?';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${ORDINAL} (?:of )?${MONTH}|${MONTH} ${ORDINAL}\\b|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)`;
const RELATIVE_DAY =
  '(?:tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next week|later (?:today|this week)|first thing tomorrow)';
const ZONE = '(?:\\s?(?:[ecmp][sd]?t|gmt|utc|cest?|bst|ist|aest)\\b)?';
export const TIME = `(?:\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b\\.?|\\d{1,2}:\\d{2}|noon|midday)${ZONE}`;
const DAY_PART = `(?:(?:on|this|next|this coming) )?(?:${DAY}(?:,? (?:the )?(?:${DATE}|${ORDINAL}\\b))?|${DATE}|${RELATIVE_DAY})`;

/** A day and/or time: "Thursday at 10", "Tue 2pm ET", "tomorrow at 3", "March 4th", "at 11:30". */
export const WHEN = `(?:\\b${DAY_PART}\\b(?:,? (?:at |@ ?|around |from )?(?:${TIME}|\\d{1,2}(?::\\d{2})?\\b))?|(?:\\bat |@ ?)${TIME})`;

/** "I", "I've", "we have", "ive" (typed fast), with an optional adverb: "I also", "we just". */
export const I_SUBJECT =
  "(?:i(?:'ve| have|ve)?|we(?:'ve| have)?|i'll|i will|we'll|we will|i'm|i am)(?: also| just| already| now| actually| simply)?";

/** "your", and its hurried forms. */
export const YOUR = '(?:your|ur|yr)';

/** A meeting of any kind, as salespeople name them. */
export const MEETING =
  '(?:call|meeting|meet|chat|demo|session|sync|catch[- ]up|conversation|intro|walkthrough|walk-through|presentation|briefing|discussion|review|workshop|consultation|check-in|huddle|onboarding|zoom|teams (?:call|meeting)|google meet|web ?ex|appointment|slot|touch ?base|coffee|lunch)';

/** What a meeting is put on. */
export const CALENDAR = "(?:calendar|calender|calandar|diary|schedule|agenda|outlook|cal)";

/** Words that make a sentence a question or an offer rather than a statement of fact. */
export const PERMISSION_CUE =
  "(?:\\bif (?:so|you(?:'re| are)? (?:open|interested|up for)|you(?:'d| would) like|you want|that(?:'s| is| would be)? (?:useful|helpful)|it(?:'s| is| would be| would)? (?:useful|helpful|help)|helpful|useful|interested|that works|it works|it suits|worth)|would you (?:be )?(?:open|interested|up for|like|want)|are you open|(?:is|would) (?:it|this|that) be worth|worth (?:a|an|having)|no pressure|(?:may|can|could|shall|should) i\\b|happy to (?:send|set|share|find|work)|let me know if you(?:'d| would) (?:like|be open)|do you want|would it help)";

/**
 * An existing, agreed meeting being moved: not presumptive. It must name that meeting ("our
 * call", "tomorrow's demo") or be done already ("rescheduled"): "feel free to reschedule" or
 * "propose a new time" is the burden shift, not evidence of an agreement.
 */
export const RESCHEDULE =
  "(?:\\bre-?schedul(?:e|ing) (?:our|tomorrow's|today's|this week's|next week's|thursday's|friday's|monday's|tuesday's|wednesday's) |\\bre-?scheduled\\b|\\b(?:move|moving|moved|push|pushing|pushed|shift|shifting) (?:our|tomorrow's|today's) |\\bnew time for our )";
