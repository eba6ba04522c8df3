import { CALENDAR, DAY, I_SUBJECT, MEETING, TIME, WHEN, YOUR, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * A day or time as salespeople type it: a day with a clock time ("Wednesday 11:00", which WHEN
 * reads as "Wednesday 11", the 11th) or a part of the day ("Monday morning"), everything WHEN knows, "tmrw" and its misspellings, and a
 * bare "the 17th" (with an optional "at 3").
 */
export const WHEN_TYPED = `(?:\\b(?:(?:on|this|next) )?${DAY},? (?:at |@ ?|around |from )?${TIME}|\\b(?:(?:on|this|next) )?${DAY} (?:morning|afternoon|evening|lunchtime)\\b|${WHEN}|\\b(?:tmrw|tmr|tomorow|tommorow|tommorrow|2morrow)\\b(?:,? (?:at |@ ?|around |from )?(?:${TIME}|\\d{1,2}(?::\\d{2})?\\b))?|\\b(?:on )?the \\d{1,2}(?:st|nd|rd|th)\\b(?: at \\d{1,2}(?::\\d{2})?\\b)?)`;

/** A meeting, with the customer-side kinds MEETING leaves out: a QBR, a kickoff, a site visit, an in-service. */
const MEETING_ANY = `(?:${MEETING}|qbr|kick-?off|business review|site visit|in-service)`;
/** A meeting noun that names a thing set up for them, not an account or a room: "demo account", "meeting room". */
const MEETING_HELD = `${MEETING_ANY}(?![- ](?:account|environment|login|room|link|instance|site|page|recording|video|deck|slides|notes|portal|server|data|credentials)\\b)`;

/** "I", "we", and the hurried "ill", "ive", "im" (I_SUBJECT already takes "ive"). */
const I_ANY = `(?:${I_SUBJECT}|ill|im)`;
/** "I'll", "we will", "I'm going to", typed with or without the apostrophe. */
const I_WILL = "(?:i'll|ill|i will|i'm going to|im going to|i am going to|i plan to|i'll be sure to|we'll|we will|we're going to)";
const WENT_AHEAD = '(?: went ahead and| gone ahead and| took the liberty of| have gone ahead and)?';
/** Verbs that take a slot on someone's behalf. */
const HOLD_VERB = '(?:scheduled|booked|set up|arranged|organi[sz]ed|locked in|confirmed|reserved|held|grabbed|blocked(?: off| out)?|saved|set aside|carved out|snagged)';
/** Who the time was taken with: the recipient. */
const WITH_THEM = '(?:with you|with (?:your|ur) (?:team|colleagues|staff)|for (?:us|you|both of us|the (?:two|three) of us|you and)|you and)';
/** A place of theirs someone will turn up at. */
const THEIR_PLACE =
  '(?:office|offices|clinic|practice|site|store|shop|plant|premises|facility|location|building|warehouse|restaurant|school|campus|hotel|branch|lab|factory|hq|headquarters)';

/** Saying silence will count as a yes: only a problem when the sentence is about a meeting (see the rule). */
export const SILENCE_AS_YES: Signal[] = [
  // "unless I hear otherwise", "unless you tell me otherwise", "if I don't hear back, I'll assume Thursday works"
  {
    pattern:
      "\\bunless (?:i|we) hear (?:otherwise|back|differently|from you|anything (?:else|different))|\\bunless you (?:say|tell (?:me|us)|let (?:me|us) know) (?:otherwise|differently)|\\bif (?:i|we) (?:don't|dont|do not) hear (?:back|otherwise|from you)\\b",
    example: "I'll keep Thursday at 10 for our call unless I hear otherwise.",
  },
];

/** Turning up at their premises at a time the sender chose. */
export const VISIT: Signal[] = [
  // "Our specialist will be at your clinic on the 24th at 8:30", "I'll swing by your office Tuesday"
  {
    pattern: `\\b(?:will|'ll|ll) (?:be|come|stop|swing|drop|pop) (?:by |over |round |in |down )?(?:at|to|into|by) ${YOUR} ${THEIR_PLACE}${gap(40)}${WHEN_TYPED}`,
    example: 'Our specialist will be at your clinic on the 24th at 8:30.',
  },
  // "We'll see you at your office on Thursday at 9", "I'll meet you at your site Monday"
  {
    pattern: `\\b(?:see|meet) (?:you|u) (?:at|in) ${YOUR} ${THEIR_PLACE}${gap(40)}${WHEN_TYPED}`,
    example: "We'll see you at your office on Thursday at 9.",
  },
];

/**
 * Someone setting a meeting up for the other side: from the sender it presumes; in the
 * recipient's own messages it shows they proposed the meeting (thread-agreement.ts reads it).
 * Each example must match its pattern.
 */
export const MEETING_SET_UP: Signal[] = [
  // "I've put 30 minutes on your calendar", "I went ahead and booked time in your diary"
  {
    pattern: `\\b(?:${I_ANY}|just)${WENT_AHEAD} (?:put|placed|added|booked|scheduled|set up|blocked(?: off)?|reserved|penciled|pencilled|grabbed|locked|dropped|sent|slotted|snagged)${gap(50)}\\b(?:on|in|into|onto|to) ${YOUR} ${CALENDAR}`,
    example: "I've put 30 minutes on your calendar for Thursday.",
  },
  // "I've scheduled a call for Tuesday at 2", "I booked us a demo on Friday", "I've reserved a slot with our lead",
  // "I've set up our QBR for next Thursday", "I've scheduled your kickoff call"
  {
    pattern: `\\b${I_ANY}${WENT_AHEAD} ${HOLD_VERB}(?: us| you| u)?(?: in)? (?:for )?(?:a|an|our|the|your|ur|some|\\d+)${gap(40)}\\b${MEETING_HELD}`,
    example: "I've gone ahead and reserved a 30-minute slot with our implementation lead.",
  },
  // "I went ahead and held Thursday at 11 for a quick walkthrough", "I've grabbed tmrw at 2 for us"
  {
    pattern: `\\b${I_ANY}${WENT_AHEAD} (?:held|blocked(?: off| out)?|grabbed|reserved|saved|locked in|booked|set aside|claimed|penciled|pencilled) ${WHEN_TYPED}${gap(40)}\\b(?:${MEETING_HELD}|${WITH_THEM})`,
    example: 'I went ahead and held Thursday at 11:00 for a quick walkthrough.',
  },
  // "I took the liberty of reserving Wednesday at 2pm for a call with you"
  {
    pattern: `\\b(?:took|taken|take|taking) the liberty of (?:booking|scheduling|reserving|holding|blocking|setting up|arranging|penciling|pencilling|putting|adding|sending (?:you |over )?(?:an? )?(?:calendar )?(?:invite|invitation|hold))\\b${gap(50)}(?:\\b${MEETING_HELD}|\\b${WITH_THEM}|${WHEN_TYPED}|\\b${CALENDAR}\\b)`,
    example: 'I took the liberty of reserving Wednesday at 2pm for a quick call.',
  },
  // "I've booked 30 minutes with you and the team", "I've blocked an hour on Thursday for us to go over volumes"
  {
    pattern: `\\b${I_ANY}${WENT_AHEAD} ${HOLD_VERB} (?:us |you )?(?:for )?(?:\\d+|an?|half an|one|two|fifteen|twenty|thirty|forty-five)[- ]?(?:minutes?|mins?|hours?|hrs?)\\b${gap(60)}\\b${WITH_THEM}`,
    example: "I've blocked 30 min on Thursday for us to go over volumes.",
  },
  // "I've sent you an invite for Thursday", "just sent u an invite for fri 3pm", "I'll send over a calendar invite for 3pm"
  {
    pattern: `\\b(?:${I_ANY}|just) (?:sent|send|sending|shot|forwarded|dropped|issued|sent out) (?:you |u |over |out )*(?:a |an |the |my )?(?:calendar |meeting |teams |zoom |outlook )?(?:invite|invitation|meeting request|request|hold)${gap(30)}\\b(?:for|on|at) ${WHEN_TYPED}`,
    example: 'just sent u an invite for fri 3pm, pls accept.',
  },
  // "Please accept the invite", "kindly confirm the meeting request"
  {
    pattern: `\\b(?:please|pls|plz|kindly|just|simply|go ahead and) (?:accept|confirm|rsvp to|respond to|approve|click accept on|hit accept on)(?: the| my| this| our)? (?:calendar |meeting |teams |zoom )?(?:invite|invitation|meeting|request|hold|slot)`,
    example: 'Please accept the invite so it is on your calendar.',
  },
  // "I'll call you Thursday at 10", "Ill give you a ring tmrw around 2pm", "I'll give you a quick call on the 17th at 3"
  {
    pattern: `\\b${I_WILL} (?:give (?:you|u) a (?:quick |short |brief )?|be (?:giving (?:you|u) a (?:quick |short |brief )?)?)?(?:call|ring|phone|dial|ping|call you|ring you|phone you|calling|ringing|phoning|swing by|stop by|drop by|be in touch by phone)(?: you| u)?${gap(20)}\\b${WHEN_TYPED}`,
    example: 'Ill give you a ring tmrw around 2pm to go over it.',
  },
  {
    pattern: `\\b(?:expect|watch for|look out for) (?:my|a|our) (?:call|invite|invitation|calendar invite)${gap(20)}\\b${WHEN_TYPED}`,
    example: 'Expect my call tomorrow at 9am.',
  },
  // "See you Tuesday at 2", "Talk to you Thursday", "Looking forward to our call on Friday"
  {
    pattern: `\\b(?:see|talk to|speak to|speak with|chat with) you (?:on |then,? )?${WHEN}`,
    example: 'See you Tuesday at 2pm.',
  },
  {
    pattern: `\\blooking forward to (?:our|the|my|this) (?:upcoming )?${MEETING_ANY}${gap(20)}\\b${WHEN_TYPED}`,
    example: 'Looking forward to our call on Friday.',
  },
  // "You'll receive an invite shortly", "you'll see the invite shortly", "the invite should be in your inbox"
  {
    pattern: `\\byou(?:'ll| will| should|ll) (?:receive|get|see|be getting|be receiving) (?:a|an|my|our|the|this) (?:calendar |meeting |teams |zoom )?(?:invite|invitation|meeting request|hold)`,
    example: "You'll see the invite shortly.",
  },
  {
    pattern: `\\b(?:(?:an?|the|my|our) )?(?:calendar |meeting )?(?:invite|invitation) (?:is|has been|should be|will be|'s) (?:already )?(?:on its way|in your inbox|headed your way|coming your way|sent|on your calendar)`,
    example: 'Calendar invite is on its way.',
  },
  // Tentative holds: "I've put a tentative hold on your calendar", "pencilled you in"
  {
    pattern: `\\b(?:tentative|temporary|soft) (?:hold|block|placeholder|booking)${gap(30)}\\b(?:on|in|for) (?:${YOUR}|you)\\b`,
    example: "I've put a tentative hold on your calendar for Wednesday.",
  },
  {
    pattern: `\\b(?:placeholder|hold)${gap(20)}\\b(?:on|in|to) ${YOUR} ${CALENDAR}`,
    example: 'I added a placeholder to your calendar.',
  },
  {
    // "Ill pencil us in for monday at 9"; not "put you in touch with", "put you down as a reference".
    pattern: `\\bpencil(?:l?ed|l?ing)? (?:you|u|us|it|that|something|a (?:time|slot|call|meeting))(?: both| all)? (?:in|down)\\b(?! touch| contact| the loop| charge| as\\b| to\\b)`,
    example: 'Ill pencil us in for monday at 9.',
  },
  {
    pattern: `\\b(?:slotted|booked|put|signed) (?:you|u|us)(?: both| all)? (?:in|down) for${gap(15)}(?:${WHEN_TYPED}|\\b${MEETING_ANY})`,
    example: "I've booked you in for Thursday at 10.",
  },
  // "Our call on Thursday at 10 is confirmed", "our meeting is set for Tuesday"
  {
    pattern: `\\b(?:our|the|your) ${MEETING_ANY} (?:is )?(?:set|scheduled|booked|confirmed|locked in|on the books) (?:for|on) ${WHEN_TYPED}`,
    example: 'Our demo is set for Tuesday at 2pm.',
  },
];

/** Body text that treats a meeting as already set. */
export const PRESUMED_MEETING: Signal[] = [
  ...MEETING_SET_UP,
  // As if they had said yes: "make sure Thursday at 10 is still good for you", "we're still on for Friday"
  {
    pattern: `(?<!\\b(?:if|whether|unless) )\\b(?:${WHEN_TYPED}|(?:our|the) ${MEETING_ANY}) (?:is |are )?still (?:good|ok|okay|on|works?|working|fine|happening|suits?|suitable|convenient)\\b|\\b(?:we're|we are) still on for\\b`,
    example: 'Just want to make sure Thursday at 10 is still good for you!',
  },
  ...SILENCE_AS_YES,
  ...VISIT,
];
