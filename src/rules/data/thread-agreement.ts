import { DAY, WHEN, MEETING, RESCHEDULE, CALENDAR } from './vocab';
import type { Signal } from './thread-signals';
import { MEETING_SET_UP } from './presumptive-meeting';

/** A time as people type it in a reply: "15h", "3pm", "10:30". */
const CLOCK_TYPED = '\\d{1,2}(?::\\d{2})?\\s?(?:h|[ap]\\.?m\\.?)';

/**
 * Signs in the thread that a meeting was agreed: what the recipient wrote (AGREEMENT, read in
 * their messages without the history they quote) and what the sender's own text shows was
 * settled earlier (AGREEMENT_IN_BODY). Each entry's example must match (tests/rules/data.test.ts).
 */
/** The recipient proposed, accepted or asked for a meeting. */
export const AGREEMENT: Signal[] = [
  { pattern: "(?<!n't |not |never )\\b(?:works?|worked) (?:for|with) (?:me|us)\\b", example: 'Tuesday at 2 works for me.' },
  { pattern: `(?:${WHEN}|\\b(?:that|this|either|both|it)) (?:works|is fine|is good|suits (?:me|us)|is perfect)`, example: 'Thursday at 10 works.' },
  { pattern: '\\bsounds (?:good|great|perfect|fine|like a plan)\\b', example: 'Sounds good, see you then.' },
  { pattern: `\\b(?:let's|lets|let us) (?:do|meet|talk|chat|speak|connect|schedule|book|find (?:a|some) time|set (?:it|something|a time|up a ${MEETING}) up|get (?:it|something|a ${MEETING}) (?:on the ${CALENDAR}|scheduled|booked|set up))`, example: "Let's find a time next week." },
  { pattern: `\\b(?:happy|glad|keen|open) to (?:meet|chat|talk|speak|connect|jump on|hop on|get on|take a|see (?:a|the|your) demo|set (?:up|something up)|have a ${MEETING})`, example: 'Happy to jump on a call.' },
  { pattern: `\\b(?:i'd|i would|we'd|we would) (?:like|love|be (?:happy|glad|keen|interested|open)) to (?:meet|chat|talk|speak|see|learn more|get a demo|set up|schedule|connect|hear more|take a look)`, example: "We'd like to see a demo." },
  // Not "please don't send me an invite until...".
  { pattern: `(?<!(?:n't|not|never|no need to) )\\b(?:send|shoot|forward) (?:me|us|over|it) (?:over )?(?:an?|the|a calendar|some) (?:invite|invitation|calendar|times|slots|options|link)`, example: 'Send me an invite.' },
  { pattern: `\\b(?:please|pls|can you|could you|would you) (?:send|set up|schedule|book|arrange|put) (?:an?|the|some|something) ?(?:invite|invitation|${MEETING}|time)`, example: 'Could you set up a call with our CFO?' },
  { pattern: `\\b(?:i'm|i am|we're|we are) (?:free|available|around|open)(?: on| this| next)? (?:${DAY}|tomorrow|today|next week|this week|in the (?:morning|afternoon)|at|from|after|before|most|any)`, example: "I'm free Thursday afternoon." },
  { pattern: `\\b(?:book|grab|pick|find) (?:a|some|any) (?:time|slot) (?:on|in|via|through) (?:my|our) (?:${CALENDAR}|calendly|booking)`, example: 'Grab a time on my calendar.' },
  { pattern: `\\b(?:how|what) about ${WHEN}`, example: 'How about Wednesday at 3pm?' },
  { pattern: `\\b(?:can|could|shall|should) we (?:meet|talk|chat|speak|connect|do a ${MEETING}|set up|schedule|find a time)`, example: 'Could we talk next week?' },
  // "Can we get a kickoff on the 24th?", "could we book a session for the team"
  { pattern: `\\b(?:can|could|shall|should) we (?:get|have|book|arrange|grab|do|set) (?:a|an|the|our|some) (?:quick |short |brief |first )?(?:${MEETING}|kick-?off|time)\\b`, example: 'Can we get a kickoff on the 24th?' },
  // "Call me Thursday around 10", "ring me back tomorrow", "give me a call"
  { pattern: `\\b(?:call|ring|phone) (?:me|us)(?: back)?,? (?:${WHEN}|any ?time\\b|whenever\\b|then\\b|around \\d|after \\d|before \\d)`, example: 'Call me Thursday around 10.' },
  { pattern: '\\bgive (?:me|us) a (?:call|ring|bell|buzz)\\b(?! if)', example: 'Easier to give me a call this week.' },
  // "Afternoons are better for me", "Thursday 15h is fine for me", "that is good for us"
  {
    pattern: `\\b(?:${DAY}s?|mornings?|afternoons?|evenings?|that|this|it|either|both|then|next week|this week|tomorrow|${CLOCK_TYPED})(?: ${CLOCK_TYPED}| at \\d{1,2}(?::\\d{2})?)?(?: is| are| would be| sounds|'s) (?:fine|good|great|perfect|ok|okay|best|better|easiest|easier|ideal) (?:for|with|by) (?:me|us)\\b`,
    example: 'Yes, Thursday 15h is fine for me.',
  },
  { pattern: `\\b(?:are|would) you (?:be )?(?:free|available|around) (?:${WHEN}|for a|to (?:meet|talk|chat))`, example: 'Are you free Thursday at 2pm?' },
  { pattern: `\\bdoes ${WHEN} work`, example: 'Does Friday at 11am work for you?' },
  { pattern: "\\b(?:yes|sure|absolutely|definitely|of course)[,!.]* (?:let's|that works|happy|works|i'm in|we can|go ahead|sounds|(?:that|this|it)(?:'d| would| could)? (?:be )?(?:great|good|helpful|useful|perfect|lovely|ideal|welcome))", example: 'Yes, that would be great.' },
  { pattern: `\\b(?:looking forward to|see you) (?:it|then|there|meeting|chatting|speaking|talking|the ${MEETING}|our ${MEETING})`, example: 'Looking forward to our call.' },
  { pattern: `\\b(?:set|schedule|book|arrange) (?:a|some|the|a quick|a short) (?:${MEETING}|time)\\b`, example: 'Please schedule a demo for the team.' },
  { pattern: `\\b(?:interested in|up for|open to) (?:a|an|the) (?:quick |short |brief )?${MEETING}`, example: "I'm open to a short call." },
  { pattern: '\\baccepted:', example: 'Accepted: Tactful demo' },
  // They set the meeting up themselves: "I've put 30 minutes on your calendar", "see you Tuesday at 2".
  ...MEETING_SET_UP,
];

/** Written by the sender, it shows the meeting was agreed or already exists. */
export const AGREEMENT_IN_BODY: Signal[] = [
  // Not "as promised": the sender's own promise (an overview, a price) is no agreement to meet.
  { pattern: '\\b(?:as|like) (?:we )?(?:just |already |briefly )?(?:agreed|discussed|planned|arranged|spoke)\\b', example: 'Like we just discussed on the phone, here is the invite.' },
  { pattern: '\\bas (?:you )?(?:requested|suggested|asked|wish|wished|preferred|proposed)\\b', example: 'As you suggested, I have sent times.' },
  // "Thank you for your demo request", "you requested a call back"
  { pattern: `\\b(?:your|the) (?:demo|meeting|call|consultation|appointment|call-?back|visit) request\\b|\\byou (?:requested|booked|asked for) (?:a|an|the) (?:quick |short )?(?:${MEETING}|call-?back|visit)\\b`, example: 'Thank you for your demo request.' },
  // Replying "Accepted." to their invite, or "I've accepted your invitation".
  { pattern: "^\\s*accepted\\b|\\b(?:i(?:'ve| have)? )?accepted (?:your|the) (?:calendar |meeting )?(?:invite|invitation|meeting)", example: 'Accepted. See you then.' },
  { pattern: '\\bper (?:your|our) (?:request|conversation|call|discussion|agreement|chat)\\b', example: 'Per our conversation, the invite is attached.' },
  { pattern: "\\bthanks? (?:you )?(?:so much |again )?for (?:agreeing|accepting|booking|making (?:the )?time|finding time|taking the time|the invitation|inviting|offering)", example: 'Thank you for making time for us.' },
  { pattern: '\\b(?:confirming|to confirm|just confirming|this confirms|confirmation of) (?:our|the|your|this|that|tomorrow)', example: 'Just confirming our meeting on Friday.' },
  { pattern: '\\b(?:great|good|nice|lovely|a pleasure) (?:to (?:speak|talk|meet|chat)|speaking|talking|meeting|chatting) (?:with )?you\\b', example: 'Great speaking with you today.' },
  // Not "the question you asked about moderation".
  {
    pattern: "(?<!(?:question|questions|point|issue|problem|idea|approach|change|changes|fix|edit|edits|thing|things|what) )\\b(?:you|your assistant|your team) (?:asked (?:me |us )?(?:to|for)\\b|suggested|proposed|picked|chose|booked)\\b",
    example: 'You asked me to send over an invite.',
  },
  { pattern: RESCHEDULE, example: 'I need to reschedule our call.' },
  { pattern: '\\b(?:booked|scheduled|signed up) (?:through|via|on|using) (?:my|our) (?:booking|calendly|scheduling)', example: 'You booked through my booking page.' },
];
