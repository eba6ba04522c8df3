import { CALENDAR, I_SUBJECT, MEETING, WHEN, YOUR, gap } from './vocab';
import type { Signal } from './thread-signals';

/** Body text that treats a meeting as already set. Each example must match its pattern. */
export const PRESUMED_MEETING: Signal[] = [
  // "I've put 30 minutes on your calendar", "I went ahead and booked time in your diary"
  {
    pattern: `\\b(?:${I_SUBJECT}|just)(?: went ahead and| gone ahead and)? (?:put|placed|added|booked|scheduled|set up|blocked(?: off)?|reserved|penciled|pencilled|grabbed|locked|dropped|sent|slotted|snagged)${gap(50)}\\b(?:on|in|into|onto|to) ${YOUR} ${CALENDAR}`,
    example: "I've put 30 minutes on your calendar for Thursday.",
  },
  // "I've scheduled a call for Tuesday at 2", "I booked us a demo on Friday"
  {
    pattern: `\\b${I_SUBJECT}(?: went ahead and| gone ahead and)? (?:scheduled|booked|set up|arranged|organi[sz]ed|locked in|confirmed)(?: us| you)?(?: in)? (?:for )?(?:a|an|our|the|some|\\d+)${gap(40)}\\b${MEETING}`,
    example: 'I went ahead and scheduled a 30-minute demo for next Tuesday.',
  },
  // "I've sent you an invite for Thursday", "I'll send over a calendar invite for 3pm"
  {
    pattern: `\\b${I_SUBJECT} (?:sent|send|sending|shot|forwarded|dropped|issued|sent out) (?:you |over |out )*(?:a |an |the |my )?(?:calendar |meeting |teams |zoom |outlook )?(?:invite|invitation|meeting request|request|hold)${gap(30)}\\b(?:for|on|at) ${WHEN}`,
    example: "I've sent you a calendar invite for Thursday at 10am.",
  },
  // "Please accept the invite", "kindly confirm the meeting request"
  {
    pattern: `\\b(?:please|kindly|just|simply|go ahead and) (?:accept|confirm|rsvp to|respond to|approve|click accept on|hit accept on)(?: the| my| this| our)? (?:calendar |meeting |teams |zoom )?(?:invite|invitation|meeting|request|hold|slot)`,
    example: 'Please accept the invite so it is on your calendar.',
  },
  // "I'll call you Thursday at 10", "Expect my call tomorrow at 9"
  {
    pattern: `\\b(?:i'll|i will|i'm going to|i am going to|i plan to|i'll be sure to|we'll|we will) (?:give you a )?(?:call|ring|phone|dial|ping|call you|ring you|phone you|swing by|stop by|drop by|be in touch by phone)(?: you)?${gap(20)}\\b${WHEN}`,
    example: "I'll call you Thursday at 10 to walk through it.",
  },
  {
    pattern: `\\b(?:expect|watch for|look out for) (?:my|a|our) (?:call|invite|invitation|calendar invite)${gap(20)}\\b${WHEN}`,
    example: 'Expect my call tomorrow at 9am.',
  },
  // "See you Tuesday at 2", "Talk to you Thursday", "Looking forward to our call on Friday"
  {
    pattern: `\\b(?:see|talk to|speak to|speak with|chat with) you (?:on |then,? )?${WHEN}`,
    example: 'See you Tuesday at 2pm.',
  },
  {
    pattern: `\\blooking forward to (?:our|the|my|this) (?:upcoming )?${MEETING}${gap(20)}\\b${WHEN}`,
    example: 'Looking forward to our call on Friday.',
  },
  // "You'll receive an invite shortly", "an invite is on its way"
  {
    pattern: `\\byou(?:'ll| will| should) (?:receive|get|see|be getting|be receiving) (?:a|an|my|our) (?:calendar |meeting |teams |zoom )?(?:invite|invitation|meeting request|hold)`,
    example: "You'll receive a calendar invite from me shortly.",
  },
  {
    pattern: `\\b(?:an?|the|my) (?:calendar )?(?:invite|invitation) (?:is|has been) (?:on its way|in your inbox|headed your way|coming your way|sent)`,
    example: 'An invite is on its way for Wednesday.',
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
    // Not "put you in touch with", "put you down as a reference".
    pattern: `\\b(?:pencil(?:l?ed)?|penciling|pencilling|slotted|booked|put) you (?:in|down)\\b(?! touch| contact| the loop| charge| as\\b| to\\b)`,
    example: "I've pencilled you in for Thursday.",
  },
  // "Our call on Thursday at 10 is confirmed", "our meeting is set for Tuesday"
  {
    pattern: `\\b(?:our|the|your) ${MEETING} (?:is )?(?:set|scheduled|booked|confirmed|locked in|on the books) (?:for|on) ${WHEN}`,
    example: 'Our demo is set for Tuesday at 2pm.',
  },
];
