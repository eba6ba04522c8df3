import { DAY, WHEN, MEETING, RESCHEDULE, CALENDAR } from './vocab';

/**
 * What the other side said earlier in the thread, as pattern sources. The engine reads these
 * in the recipient's messages (never the sender's), without the history each message quotes.
 * Each entry carries an example that must match (checked by tests/rules/data.test.ts).
 */
export interface Signal {
  pattern: string;
  example: string;
}

/** The recipient proposed, accepted or asked for a meeting. */
export const AGREEMENT: Signal[] = [
  { pattern: "(?<!n't |not |never )\\b(?:works?|worked) (?:for|with) (?:me|us)\\b", example: 'Tuesday at 2 works for me.' },
  { pattern: `(?:${WHEN}|\\b(?:that|this|either|both|it)) (?:works|is fine|is good|suits (?:me|us)|is perfect)`, example: 'Thursday at 10 works.' },
  { pattern: '\\bsounds (?:good|great|perfect|fine|like a plan)\\b', example: 'Sounds good, see you then.' },
  { pattern: `\\b(?:let's|lets|let us) (?:do|meet|talk|chat|speak|connect|schedule|book|find (?:a|some) time|set (?:it|something|a time|up a ${MEETING}) up|get (?:it|something|a ${MEETING}) (?:on the ${CALENDAR}|scheduled|booked|set up))`, example: "Let's find a time next week." },
  { pattern: `\\b(?:happy|glad|keen|open) to (?:meet|chat|talk|speak|connect|jump on|hop on|get on|take a|see (?:a|the|your) demo|set (?:up|something up)|have a ${MEETING})`, example: 'Happy to jump on a call.' },
  { pattern: `\\b(?:i'd|i would|we'd|we would) (?:like|love|be (?:happy|glad|keen|interested|open)) to (?:meet|chat|talk|speak|see|learn more|get a demo|set up|schedule|connect|hear more|take a look)`, example: "We'd like to see a demo." },
  { pattern: `\\b(?:send|shoot|forward) (?:me|us|over|it) (?:over )?(?:an?|the|a calendar|some) (?:invite|invitation|calendar|times|slots|options|link)`, example: 'Send me an invite.' },
  { pattern: `\\b(?:please|pls|can you|could you|would you) (?:send|set up|schedule|book|arrange|put) (?:an?|the|some|something) ?(?:invite|invitation|${MEETING}|time)`, example: 'Could you set up a call with our CFO?' },
  { pattern: `\\b(?:i'm|i am|we're|we are) (?:free|available|around|open)(?: on| this| next)? (?:${DAY}|tomorrow|today|next week|this week|in the (?:morning|afternoon)|at|from|after|before|most|any)`, example: "I'm free Thursday afternoon." },
  { pattern: `\\b(?:book|grab|pick|find) (?:a|some|any) (?:time|slot) (?:on|in|via|through) (?:my|our) (?:${CALENDAR}|calendly|booking)`, example: 'Grab a time on my calendar.' },
  { pattern: `\\b(?:how|what) about ${WHEN}`, example: 'How about Wednesday at 3pm?' },
  { pattern: `\\b(?:can|could|shall|should) we (?:meet|talk|chat|speak|connect|do a ${MEETING}|set up|schedule|find a time)`, example: 'Could we talk next week?' },
  { pattern: `\\b(?:are|would) you (?:be )?(?:free|available|around) (?:${WHEN}|for a|to (?:meet|talk|chat))`, example: 'Are you free Thursday at 2pm?' },
  { pattern: `\\bdoes ${WHEN} work`, example: 'Does Friday at 11am work for you?' },
  { pattern: "\\b(?:yes|sure|absolutely|definitely|of course)[,!.]* (?:let's|that works|happy|works|i'm in|we can|go ahead|sounds)", example: "Yes, let's do it." },
  { pattern: `\\b(?:looking forward to|see you) (?:it|then|there|meeting|chatting|speaking|talking|the ${MEETING}|our ${MEETING})`, example: 'Looking forward to our call.' },
  { pattern: `\\b(?:set|schedule|book|arrange) (?:a|some|the|a quick|a short) (?:${MEETING}|time)\\b`, example: 'Please schedule a demo for the team.' },
  { pattern: `\\b(?:interested in|up for|open to) (?:a|an|the) (?:quick |short |brief )?${MEETING}`, example: "I'm open to a short call." },
  { pattern: '\\baccepted:', example: 'Accepted: Tactful demo' },
];

/** Written by the sender, it shows the meeting was agreed or already exists. */
export const AGREEMENT_IN_BODY: Signal[] = [
  { pattern: '\\b(?:as|like) (?:we )?(?:agreed|discussed|planned|arranged|promised)\\b', example: 'As agreed, here is the invite.' },
  { pattern: '\\bas (?:you )?(?:requested|suggested|asked)\\b', example: 'As you suggested, I have sent times.' },
  { pattern: '\\bper (?:your|our) (?:request|conversation|call|discussion|agreement|chat)\\b', example: 'Per our conversation, the invite is attached.' },
  { pattern: "\\bthanks? (?:you )?(?:so much |again )?for (?:agreeing|accepting|booking|making (?:the )?time|finding time|taking the time|the invitation|inviting|offering)", example: 'Thank you for making time for us.' },
  { pattern: '\\b(?:confirming|to confirm|just confirming|this confirms|confirmation of) (?:our|the|your|this|that|tomorrow)', example: 'Just confirming our meeting on Friday.' },
  { pattern: '\\b(?:great|good|nice|lovely|a pleasure) (?:to (?:speak|talk|meet|chat)|speaking|talking|meeting|chatting) (?:with )?you\\b', example: 'Great speaking with you today.' },
  { pattern: "\\b(?:you|your assistant|your team) (?:asked|suggested|proposed|picked|chose|booked)\\b", example: 'You asked me to send over an invite.' },
  { pattern: RESCHEDULE, example: 'I need to reschedule our call.' },
  { pattern: '\\b(?:booked|scheduled|signed up) (?:through|via|on|using) (?:my|our) (?:booking|calendly|scheduling)', example: 'You booked through my booking page.' },
];

/** A clear "no" from the recipient. */
export const DECLINE: Signal[] = [
  { pattern: '\\b(?:not|no longer|isn\'t|aren\'t) (?:really )?interested\\b', example: "We're not interested." },
  // "No thanks, the PDF is fine" declines a call, not the conversation.
  { pattern: "\\bno,? thank(?:s| you)\\b(?!,? (?:the|that|this|it|i|we|just|for (?:the|now)|though)\\b)", example: 'No thanks.' },
  { pattern: '\\b(?:please )?(?:remove|delete|take) (?:me|us|my (?:email|address|name)) (?:from|off)\\b', example: 'Please remove me from your list.' },
  { pattern: '\\bunsubscribe\\b', example: 'Unsubscribe' },
  { pattern: "\\b(?:stop|quit|cease) (?:emailing|contacting|calling|messaging|sending|reaching out)", example: 'Stop emailing me.' },
  { pattern: "\\b(?:do not|don't|please don't|please do not) (?:contact|email|call|follow up|reach out|write)", example: "Please don't contact me again." },
  { pattern: "\\bwe(?:'ve| have)? (?:decided|chosen|opted) (?:to go|not to|against|to stay|to stick|to continue)", example: "We've decided to go with another provider." },
  { pattern: '\\b(?:went|are going|will go|decided to go) with (?:another|a different|an?(?: other)?|our (?:current|existing))', example: 'We went with another vendor.' },
  { pattern: "\\b(?:we(?:'re| are)|i(?:'m| am)) (?:all )?set\\b", example: "We're all set, thanks." },
  { pattern: "\\b(?:we(?:'re| are)|i(?:'m| am)) not (?:looking|in the market|buying|considering|going to (?:buy|move|proceed))", example: "We're not looking for a new tool." },
  { pattern: "\\bnot (?:a (?:good )?fit|something we need|for us|a priority)\\b", example: 'This is not a fit for us.' },
  { pattern: "\\b(?:we'll|we will|i'll|i will) pass\\b", example: "We'll pass on this one." },
];

/** The recipient asked to be contacted again: following up is then what they asked for. */
export const ASKED_FOR_FOLLOW_UP: Signal[] = [
  { pattern: '\\b(?:follow|check|circle|touch) (?:up|back|base)(?: with (?:me|us))? (?:in|next|after|on|around|once|when|later|early|mid|at the (?:start|end)|before)\\b', example: 'Check back with me in March.' },
  { pattern: '\\b(?:reach|ping|email|call) (?:out|me|us)(?: again)? (?:in|next|after|around|later|once|when|early|mid)\\b', example: 'Reach out again in Q3.' },
  { pattern: '\\b(?:remind|nudge|ping) (?:me|us)\\b', example: 'Ping me after the holidays.' },
  { pattern: '\\b(?:try|ask) (?:me|us) again\\b', example: 'Try me again next quarter.' },
  { pattern: "\\b(?:let's|let us) (?:reconnect|revisit|talk again|pick (?:this|it) up)\\b", example: "Let's reconnect in January." },
  { pattern: '\\b(?:feel free to|please|do) (?:follow up|check in|keep in touch|stay in touch)\\b', example: 'Feel free to follow up next month.' },
  { pattern: '\\bkeep (?:me|us) (?:posted|updated|in the loop)\\b', example: 'Keep me posted on the roadmap.' },
  { pattern: '\\b(?:get|come) back to (?:me|us) (?:in|next|after|once|when|with)\\b', example: 'Come back to us once the release is out.' },
];

/** A date the customer set for themselves: reminding them of it is service, not pressure. */
export const RECIPIENT_DEADLINE: Signal[] = [
  { pattern: '\\b(?:deadline|due date|cut-?off)\\b', example: 'Our deadline is the 30th.' },
  { pattern: '\\bneed (?:it|this|everything|a decision|the (?:contract|paperwork|quote|proposal|pricing)|an? (?:answer|quote|proposal)|pricing) (?:by|before|no later than)\\b', example: 'We need the quote by Friday.' },
  { pattern: '\\b(?:by|before) (?:the )?end of (?:the )?(?:day|week|month|quarter|year|fiscal year)\\b', example: 'We want to sign before the end of the quarter.' },
  { pattern: '\\b(?:our|the) (?:renewal|contract|budget|fiscal year|board meeting|licen[cs]e) (?:is due|comes up|ends|closes|expires|renews|runs out|is up)\\b', example: 'Our renewal comes up on May 1.' },
  { pattern: '\\b(?:have|need|want) to (?:decide|sign|finali[sz]e|commit|order)(?: this)? (?:by|before)\\b', example: 'We have to decide by Monday.' },
];
