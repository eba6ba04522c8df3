import { I_SUBJECT, YOUR, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * A subject that is not the recipient, the author or a thing: "you haven't replied" is asked
 * of the recipient themself (another rule's business), "it doesn't answer" is about a document.
 * Written as a lookbehind so the patterns can start on the verb.
 */
const NOT_YOU_OR_ME = "(?<!\\b(?:you|u|ya|you guys|you all|y'all|i|we|it|this|that|which|what|there|everything|nothing|something)(?: still| just| really| simply| probably| maybe| yet| even| ever| also)? )";

/** A negated verb: "hasn't", "has not", "never", "won't", "still hasn't", typed without apostrophes too. */
const HAS_NOT =
  "(?:hasn't|hasnt|has not|haven't|havent|have not|has never|have never|never|didn't|didnt|did not|won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|still hasn't|still hasnt|still haven't|still havent|is yet to|are yet to|has yet to|have yet to)(?: yet| ever| even| once| actually| really| bothered to)?";

/** Calls, emails and other ways of reaching someone. */
const MESSAGES =
  '(?:calls?|phone calls?|emails?|e-mails?|mails?|messages?|voicemails?|voice ?mails?|texts?|notes?|inmails?|linkedin messages?|requests?|invites?|invitations?|meeting requests?|follow-?ups?)';

/** Someone else is asked to get a response out of a colleague. */
const TO_RESPOND =
  "to (?:finally |please |actually |at least )?(?:respond|reply|answer|get back|come back|circle back|return (?:my|our)|call (?:me|us) back|take (?:my|our) calls?|make (?:some |the )?time|find (?:some |the )?time|meet with (?:me|us)|engage with (?:me|us)|look at (?:my|our) (?:emails?|messages?|proposal))";

/** Complaints about a third party's silence, and requests that the recipient lean on them. */
export const COMPLAINT_TO_BOSS: Signal[] = [
  // "Jane hasn't returned my calls", "he never answers my emails", "your team hasn't responded to us"
  {
    pattern: `${NOT_YOU_OR_ME}\\b${HAS_NOT} (?:(?:return|answer)(?:ed|s)?|acknowledg(?:e|ed|es)|respond(?:ed|s)? to|repl(?:y|ied|ies) to)(?: any of| one of| a single one of)? (?:my|our|the|me|us)\\b(?: \\w+)?(?: ${MESSAGES}|\\b)`,
    example: "Jane hasn't returned my calls.",
  },
  {
    pattern: `${NOT_YOU_OR_ME}\\b${HAS_NOT} (?:respond(?:ed|s)?|repl(?:y|ied|ies)|written back|write back|writes back|wrote back)\\b`,
    example: 'Tom has not replied, even after three emails.',
  },
  // "your team hasn't gotten back to me", "he never called me back"
  {
    pattern: `${NOT_YOU_OR_ME}\\b${HAS_NOT} (?:gotten|got|get|gets|come|came|comes|circled|circle|called|call|calls|rung|rang|ring|phoned|phone)(?: me| us)? back(?: to (?:me|us)| with (?:me|us|an answer|a reply))?`,
    example: "Your team hasn't gotten back to me.",
  },
  // "he won't make time for a meeting", "she hasn't found time to meet"
  {
    pattern: `${NOT_YOU_OR_ME}\\b${HAS_NOT} (?:made|make|makes|found|find|finds|taken|take|takes|set aside|given)(?: (?:the|any|some|a few minutes of|a minute of|five minutes of|much|me|us))? (?:time|the time of day)(?: for (?:me|us|a|an|the|our|this|my)| to (?:meet|talk|speak|chat|connect|see|hear|look)|\\b)`,
    example: "He won't make time for a meeting.",
  },
  // "she refuses to meet", "he has been unwilling to engage"
  {
    pattern: `${NOT_YOU_OR_ME}\\b(?:refuses|refused|has refused|keeps refusing|declined|declines|has declined|is unwilling|was unwilling|has been unwilling|seems unwilling) to (?:meet|talk|speak|engage|respond|reply|return|take (?:my|our)|make time|see (?:me|us)|even look)`,
    example: 'Frankly he refuses to meet with us.',
  },
  // "Jane has been ignoring my emails", "he's ghosting us", "she keeps cancelling our calls"
  {
    pattern: `(?<!\\b(?:you|you've|you have|you're|you are|u|i|i've|i'm|we|we've|we're)(?: been| kept| keep| just| really| still)? )\\b(?:ignor(?:ed|es|ing)|ghost(?:ed|s|ing)|dodg(?:ed|es|ing)|avoid(?:ed|s|ing)|stonewall(?:ed|s|ing)|blank(?:ed|s|ing)|screen(?:ed|s|ing)|sidestep(?:ped|s|ping)) (?:me|us|my|our)\\b`,
    example: 'Jane has been ignoring my emails for weeks.',
  },
  {
    pattern: `${NOT_YOU_OR_ME}\\b(?:keeps|kept|keep) (?:cancel+ing|postponing|rescheduling|pushing (?:back|out)|moving|declining|dodging|ducking|ignoring|missing|no-showing|skipping) (?:our|my|the|every|each)\\b`,
    example: 'Tom keeps postponing our calls.',
  },
  // "your CFO has gone dark", "Mark has been unresponsive"
  {
    pattern: `${NOT_YOU_OR_ME}\\b(?:has|have|'s|'ve|is|are) (?:gone|been|become|went) (?:completely |totally |entirely |rather |very |pretty |really |a bit |kind of )?(?:dark|radio silent|silent|quiet|mia|awol|unresponsive|unreachable|impossible to reach|hard to reach|difficult to reach|hard to get hold of|impossible to get hold of|hard to pin down|impossible to pin down|unavailable)(?! (?:on|about|at|for (?:a|the) (?:holiday|holidays|summer)))`,
    example: 'Your CFO has gone dark since the pricing call.',
  },
  // "I've been unable to reach your IT director", "I can't get hold of Tom"
  {
    pattern: `\\b(?:been unable|was unable|am unable|were unable|unable|not been able|haven't been able|havent been able|have not been able|hasn't been possible|can't seem|cant seem|cannot seem|can't|cant|cannot|couldn't|couldnt|could not|failed|struggl(?:e|ed|ing)|hav(?:e|ing) (?:a hard time|a tough time|trouble|difficulty)|had (?:a hard time|no luck|trouble|difficulty)|no luck|no joy) (?:to |in |with )?(?:reach(?:ing)?|get(?:ting)? (?:a )?hold of|get(?:ting)? through to|connect(?:ing)? with|pin(?:ning)? down|get(?:ting)? in touch with|get(?:ting)? (?:a |any )?(?:response|reply|answer|word) (?:out of|from)|hear(?:ing)? back from|get(?:ting)? (?:any )?(?:time|a meeting|a call|a slot) with|book(?:ing)? (?:a meeting|a call|time) with) (?!(?:you|u|ya)\\b)`,
    example: "I've been unable to reach your IT director.",
  },
  // "I haven't heard back from Jane", "we've had no reply from your procurement team"
  {
    pattern: `\\b${I_SUBJECT} (?:haven't|havent|have not|hadn't|had not|never|still haven't|still havent|did not|didn't|didnt)(?: yet| ever)? (?:heard|had (?:a|any) (?:reply|response|answer|word)|received (?:a|any) (?:reply|response|answer)|gotten (?:a|any) (?:reply|response|answer)|got (?:a|any) (?:reply|response|answer))(?: back)? from (?!(?:you|u|ya)\\b)`,
    example: "I haven't heard back from Jane since March.",
  },
  {
    pattern: `\\b(?:no|zero|not a single|not one|not a) (?:reply|response|answer|word|peep|call back|callback)(?: back)?(?: yet| at all| so far)? from (?!(?:you|u|ya)\\b)(?:${YOUR} |him|her|them|mr|ms|mrs|dr|[a-z]+\\b)`,
    example: 'Still no response from your legal team.',
  },
  // "I've tried Mark several times with no luck", "I've called your office five times, nothing back"
  {
    pattern: `\\b(?:tried|been trying|called|rung|emailed|pinged|chased|messaged|contacted|reached out to|left (?:several |multiple |a few )?(?:messages|voicemails) for|followed up with|written to)(?: (?!(?:you|u|ya)\\b)[\\w'.-]+){0,5} (?:several|multiple|a few|a number of|many|numerous|countless|a dozen|two|three|four|five|six|\\d+|so many|a couple of) times${gap(40)}(?:no luck|no response|no reply|no answer|nothing back|without (?:any )?(?:luck|success|a response|a reply|an answer|response|reply)|to no avail|no joy|but nothing|with no (?:luck|success|response|reply)|no success|no call back|no callback|no word)`,
    example: "I've tried Mark several times with no luck.",
  },
  {
    pattern: `\\b(?:i|we) (?:keep|kept) (?:missing|chasing) (?!(?:you|u|ya)\\b)`,
    example: 'I keep missing Tom on the phone.',
  },
  // "hoping you could nudge Tom", "could you encourage your team to respond", "give Jane a push"
  {
    pattern: `\\b(?:you|u)(?: could| can| might| would| will|'d| please| kindly| possibly| perhaps| maybe| be able to| mind){0,3} (?:nudg(?:e|ing)|prod(?:ding)?|pok(?:e|ing)|lean(?:ing)? on|light(?:ing)? a fire under|hav(?:e|ing) a (?:quick )?word with|put(?:ting)? in a (?:good )?word with) (?!(?:me|us|it|this|that|things|the (?:po|order|invoice|contract|paperwork|deal))\\b)`,
    example: 'I was hoping you could nudge Tom on this.',
  },
  {
    pattern: `\\b(?:you|u)(?: could| can| might| would| will|'d| please| kindly| possibly| perhaps| maybe| be able to| mind){0,3} (?:encourag(?:e|ing)|remind(?:ing)?|urg(?:e|ing)|push(?:ing)?|chas(?:e|ing)|ask(?:ing)?|get(?:ting)?|tell(?:ing)?|hav(?:e|ing)|prompt(?:ing)?|convinc(?:e|ing)|persuad(?:e|ing)) (?!(?:me|us)\\b)(?:[\\w'.-]+ ){1,4}?${TO_RESPOND}`,
    example: 'Could you encourage your team to respond?',
  },
  {
    pattern: `\\b(?:you|u)(?: could| can| might| would| will|'d| please| kindly| possibly| perhaps| maybe| be able to| mind){0,3} (?:giv(?:e|ing)) (?!(?:me|us)\\b)(?:[\\w'.-]+ ){1,3}?an? (?:gentle |little |friendly |quick |small )?(?:nudge|push|prod|poke|kick|reminder|hurry-up|hurry up)`,
    example: 'Would you mind giving Jane a gentle nudge?',
  },
  // "going over his head", "escalating to you because..."
  {
    pattern: `(?<!\\b(?:don't|do not|dont|won't|will not|wont|rather not|never|not) (?:want to |wish to |like to |plan to |mean to )?)\\b(?:go(?:ing)?|went|gone|goes) over (?:his|her|their|[a-z]+'s|[a-z]+s') heads?\\b`,
    example: "I'm sorry for going over his head.",
  },
  {
    pattern: `\\b(?:escalat(?:e|ed|ing)|rais(?:e|ed|ing)) (?:this|it|the matter|things)? ?(?:up )?(?:to|with) you\\b${gap(40)}\\b(?:because|since|as|given)${gap(30)}\\b(?:hasn't|hasnt|has not|haven't|havent|have not|not|no|never|won't|unresponsive|unable|quiet|silent)`,
    example: "I'm escalating this to you because Tom hasn't replied.",
  },
];
