/**
 * What the other side said earlier in the thread, as pattern sources. The engine reads these
 * in the recipient's messages (never the sender's), without the history each message quotes.
 * Each entry carries an example that must match (checked by tests/rules/data.test.ts).
 */
export interface Signal {
  pattern: string;
  example: string;
}

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
  { pattern: "\\b(?:went|gone|are going|will go|decided to go|(?:we|i)(?:'ve| have)? chosen|picked|signed) with (?:another|a different|an?(?: other)?|our (?:current|existing)|someone else|a competitor)", example: "We've gone with another vendor." },
  // "We're all set" closes; "we're set for Friday at 11" confirms a meeting.
  { pattern: "\\b(?:we(?:'re| are)|i(?:'m| am)) (?:all )?set\\b(?! (?:up|to)\\b| (?:for|on|at) (?:the |our |your )?(?:demo|call|meeting|chat|session|\\w*day\\b|tomorrow|tonight|\\d))", example: "We're all set for this year, thanks." },
  // "We won't be exhibiting this year", "we will not be renewing"
  {
    pattern: "\\b(?:we|i)(?:'ll| will)? (?:won't|wont|will not|are not going to|aren't going to|do not plan to|don't plan to) (?:be )?(?:exhibit|renew|attend|sponsor|participat|proceed|mov(?:e|ing) forward|go(?:ing)? ahead|sign|buy|purchas|pursu|switch|chang|continu|tak(?:e|ing) (?:this|it) further)\\w*",
    example: "Thanks, but we won't be exhibiting this year.",
  },
  // "Dr. Okafor isn't taking vendor meetings this quarter", "we're not taking sales calls"
  {
    pattern: "\\b(?:not|isn't|isnt|aren't|arent|is not|are not|no longer) (?:taking|accepting|doing|booking) (?:any )?(?:new )?(?:vendor|sales|supplier|external|cold|solicitation)? ?(?:meetings|calls|demos|appointments|pitches|solicitations)\\b",
    example: "Dr. Lee isn't taking vendor meetings this quarter.",
  },
  // "Please hold off until then", "hold off for now": not now, and not from you
  { pattern: "\\b(?:please |pls |kindly )?hold (?:off|fire)(?: on (?:this|that|it|anything))? (?:until|till|til|for now|for the moment|for the time being)\\b", example: 'Please hold off until then.' },
  // "We have no budget for this", "there's no budget this year"
  { pattern: "\\b(?:we have|we've got|there's|there is|we've|we had) (?:no|zero) budget\\b", example: 'We have no budget for this project this year.' },
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
