import { I_SUBJECT, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * The text just before a COLLEAGUE_SILENT match must not end with a subject that is the
 * recipient ("you haven't replied" is asked of them directly), the author or the author's own
 * team ("our team hasn't got back to you" is an apology), or a thing ("the server hasn't
 * responded"). Checked by the rule on the words before the match (no lookbehind: a lookbehind
 * at the start of a pattern runs at every position of a long email).
 */
export const NOT_THIRD_PARTY_BEFORE =
  "\\b(?:you|u|ya|you guys|you all|y'all|i|we|it|this|that|which|what|there|everything|nothing|something|things|(?:our|my)(?: [\\w-]{1,30}){1,2}|server|system|api|endpoint|site|website|app|page|portal|service|tool|integration|device|printer|machine|platform|script|job|database|query|request|link|form|bot|market|stock|thread|deal|pipeline|project|conversation|inbox|phone|line|account|order|payment|invoice|survey|ticket|package|parcel|shipment|delivery|email|file|funds|money|update|feature|data|report|results?|quote|contract|po|budget)(?: still| just| really| simply| probably| maybe| yet| even| ever| also| clearly)? ?$";

/** A negated verb, with and without apostrophes: "hasn't", "has not", "never", "won't", "is yet to". */
const HAS_NOT =
  "(?:hasn't|hasnt|has not|haven't|havent|have not|has never|have never|never|didn't|didnt|did not|won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|still hasn't|still hasnt|still haven't|still havent|is yet to|are yet to|has yet to|have yet to)(?: yet| ever| even| once| actually| really| bothered to)?";

/** The same, for verbs that things do too ("the server didn't respond"): only the perfect tense. */
const HAS_NOT_PERFECT =
  "(?:hasn't|hasnt|has not|haven't|havent|have not|has never|have never|never|still hasn't|still hasnt|still haven't|still havent|is yet to|are yet to|has yet to|have yet to)(?: yet| ever| even| once| actually| really| bothered to)?";

/** Calls, emails and other ways of reaching someone. */
const MESSAGES =
  '(?:calls?|phone calls?|emails?|e-mails?|mails?|messages?|voicemails?|voice ?mails?|texts?|notes?|inmails?|requests?|invites?|invitations?|follow-?ups?|proposal|quote)';

/**
 * After "reach", "get hold of", "no reply from": a person, not "you", nor a target or a system
 * ("we can't reach the 99% target"). "the" and "your" count only before a role: "your IT director".
 */
const A_COLLEAGUE =
  "(?!(?:you|u|ya|a|an|any|this|that|these|those|it|agreement|consensus|out|our|my|\\d|\\$)\\b)(?!(?:the|your|ur|yr) (?!(?:[\\w-]{1,30} )?(?:director|manager|head|team|owner|lead|cfo|ceo|cto|cio|coo|vp|person|people|buyer|contact|colleagues?|boss|department|dept|office|committee|board|procurement|legal|finance|it|security|assistant|ea|admin|group|folks|engineers?|partners?)\\b))";

/** What someone else is asked to get a colleague to do: answer the author. */
const TO_RESPOND =
  "to (?:finally |please |actually |at least )?(?:respond|reply|answer|get back|come back|circle back|return (?:my|our)|call (?:me|us) back|take (?:my|our) calls?|make (?:some |the )?time|find (?:some |the )?time|meet with (?:me|us)|engage with (?:me|us)|look at (?:my|our) (?:emails?|messages?|proposal)|give (?:me|us) (?:a|an|some) (?:short |quick |brief |clear )?(?:answer|reply|response|update|feedback))";

/** "could you", "hoping you might", "would you mind", "if you'd be able to". */
const YOU_COULD = "\\b(?:you|u)(?: could| can| might| would| will|'d|'ll| please| kindly| possibly| perhaps| maybe| be able to| be willing to| mind){0,3}";

/**
 * A colleague's silence, starting on the verb ("hasn't returned my calls"); the rule checks
 * the subject before it with NOT_THIRD_PARTY_BEFORE.
 */
export const COLLEAGUE_SILENT: Signal[] = [
  // "Jane hasn't returned my calls", "he never answers my emails", "your team hasn't responded to us"
  {
    pattern: `\\b${HAS_NOT} (?:(?:return|answer)(?:ed|s)?|acknowledg(?:e|ed|es)|respond(?:ed|s)? to|repl(?:y|ied|ies) to)(?: any of| one of| a single one of| either of| all of| all)? (?:me|us|(?:my|our|the|his|her|their)(?: \\w{1,30})? ${MESSAGES}|(?:his|her|their) (?:phone|mobile|cell))\\b`,
    example: "Jane hasn't returned my calls.",
  },
  {
    pattern: `\\b${HAS_NOT_PERFECT} (?:respond(?:ed)?|repl(?:y|ied)|written back|wrote back|write back)\\b(?! to (?:you|u)\\b)`,
    example: 'Tom has not replied, even after three emails.',
  },
  // "Mr. Hoffmann is not answering my calls", "she isn't responding to our emails"
  {
    pattern: `\\b(?:is|are|was|were|has been|have been|keeps)(?: not|n't|nt)(?: really| even| always)? (?:answering|responding|replying|returning|reacting)(?: on| to)? (?:me|us|(?:my|our|any of (?:my|our))(?: \\w{1,30})? ${MESSAGES})\\b`,
    example: 'Her colleague is not answering my calls or emails.',
  },
  // "your team hasn't gotten back to me", "he never called me back"
  {
    pattern: `\\b${HAS_NOT} (?:(?:gotten|got|get|gets|circled|circle|called|call|calls|rung|rang|ring|phoned|phone)(?: me| us)? back|(?:come|came|comes) (?:back to (?:me|us)|(?:me|us) back))\\b(?! (?:to|with) (?:you|u)\\b)`,
    example: "Your team hasn't gotten back to me.",
  },
  // "he won't make time for a meeting", "she hasn't found time to meet"
  {
    pattern: `\\b${HAS_NOT} (?:made|make|makes|found|find|finds|set aside)(?: (?:the|any|some|a few minutes of|a minute of|five minutes of|much))? time\\b`,
    example: "He won't make time for a meeting.",
  },
  {
    pattern: `\\b${HAS_NOT} (?:taken|take|takes|given|give|gives)(?: (?:me|us))? (?:(?:my|our) (?:calls?|meetings?|emails?)|the time (?:to (?:meet|talk|speak|respond|reply|get back|call)|of day)|(?:a|one|five|ten) (?:minute|minutes) (?:for|with|to) (?:me|us))`,
    example: "She hasn't given us the time of day.",
  },
  // "she refuses to meet", "he has been unwilling to engage"
  {
    pattern: `\\b(?:refuses|refused|has refused|keeps refusing|declined|declines|has declined|is unwilling|was unwilling|has been unwilling|seems unwilling) to (?:meet|talk|speak|engage|respond|reply|return|take (?:my|our)|make time|see (?:me|us)|even look)`,
    example: 'Frankly he refuses to meet with us.',
  },
  // "Jane has been ignoring my emails", "he's ghosting us", "she's screening my calls"
  {
    pattern: `\\b(?:ignor(?:ed|es|ing)|ghost(?:ed|s|ing)|dodg(?:ed|es|ing)|stonewall(?:ed|s|ing)) (?:me|us|my|our)\\b`,
    example: 'Jane has been ignoring my emails for weeks.',
  },
  {
    pattern: `\\b(?:avoid(?:ed|s|ing) (?:me|us)|screen(?:ed|s|ing) (?:my|our) calls)\\b`,
    example: 'I think he is screening my calls.',
  },
  // "Tom keeps postponing our calls"
  {
    pattern: `\\b(?:keeps|kept|keep) (?:cancel{1,2}ing|postponing|rescheduling|pushing (?:back|out)|moving|declining|dodging|ducking|ignoring|missing|no-showing|skipping) (?:our|my|the|every|each)\\b`,
    example: 'Tom keeps postponing our calls.',
  },
  // "your CFO has gone dark", "Mark has been unresponsive", "he's impossible to pin down"
  {
    pattern: `\\b(?:has|have|'s|'ve|had)(?: completely| totally| entirely| kind of| sort of)? gone (?:completely |totally |a bit |rather )?(?:dark|radio silent|silent|quiet|mia|awol|missing|cold)\\b`,
    example: 'Your CFO has gone dark since the pricing call.',
  },
  {
    pattern: `\\b(?:has|have|'s|'ve|is|are|was|were) (?:been )?(?:completely |totally |very |pretty |really |rather |a bit |quite |so )?(?:unresponsive|unreachable|impossible to reach|hard to reach|difficult to reach|tough to reach|hard to get hold of|impossible to get hold of|hard to pin down|impossible to pin down|tough to pin down)\\b`,
    example: "Mark's been unresponsive since our demo.",
  },
  {
    pattern: "\\b(?:has|have|'s|'ve) been (?:completely |totally |a bit )?(?:mia|awol|missing in action|off the radar|radio silent|silent)\\b",
    example: "He's been MIA for three weeks.",
  },
  // "Tom seems too busy to respond", "she didn't show up to our call"
  {
    pattern: "\\b(?:seems|seem|is|are|was|were|has been|have been|'s|'re|appears|appear)(?: to be)?(?: far| way| just| simply| clearly| always)? too busy to (?:respond|reply|meet|talk|speak|get back|call|answer|engage|make time|look|see (?:me|us))\\b",
    example: "I'm writing to you since Tom seems too busy to respond.",
  },
  {
    pattern: "\\b(?:no-showed|(?:didn't|didnt|did not|never) show(?:ed)?(?: up\\b|(?= (?:to|for|at) (?:the|our|my|a|his|her|their)\\b)|(?=[,;]))|failed to show(?: up)?|stood (?:me|us) up)\\b",
    example: "Your colleague didn't show up to our call.",
  },
];

/** "I'm sorry for going over his head" (not "I don't want to go over his head": see NOT_DOING_IT_BEFORE). */
export const GOING_OVER_HEAD: Signal[] = [
  {
    pattern: "\\b(?:go(?:ing)?|went|gone|goes) over (?:his|her|their|[a-z]{1,30}'s|[a-z]{1,30}s') heads?\\b",
    example: "I'm sorry for going over his head.",
  },
];

/** Before GOING_OVER_HEAD: the author says they will not do it. "I didn't want to" still does it. */
export const NOT_DOING_IT_BEFORE =
  "\\b(?:don't|do not|dont|won't|will not|wont|rather not|never|not) (?:want to |wish to |like to |plan to |mean to )?$";

/** Complaints about a colleague's silence, and requests that the recipient lean on them. */
export const COMPLAINT_TO_BOSS: Signal[] = [
  ...COLLEAGUE_SILENT,
  ...GOING_OVER_HEAD,
  // "I've been unable to reach your IT director", "I can't get hold of Tom", "no luck reaching Jane"
  {
    pattern: `\\b(?:been unable|was unable|am unable|were unable|unable|not been able|haven't been able|havent been able|have not been able|can't seem|cant seem|cannot seem|can't|cant|cannot|couldn't|couldnt|could not|failed|struggl(?:e|ed|ing)|hav(?:e|ing) (?:a hard time|a tough time|trouble|difficulty)|had (?:a hard time|no luck|trouble|difficulty)|no luck|no joy) (?:to |in |with )?(?:reach(?:ing)?|get(?:ting)? (?:a )?hold of|get(?:ting)? through to|connect(?:ing)? with|pin(?:ning)? down|get(?:ting)? in touch with|get(?:ting)? (?:a |any )?(?:response|reply|answer|word) (?:out of|from)|hear(?:ing)? back from|get(?:ting)? (?:any )?(?:time|a meeting|a call|a slot) with|book(?:ing)? (?:a meeting|a call|time) with|(?:schedul(?:e|ing)|arrang(?:e|ing)|book(?:ing)?|set(?:ting)? up|lock(?:ing)? in|find(?:ing)?|secur(?:e|ing)|get(?:ting)?|hav(?:e|ing)) (?:a |an |the |any |some )?(?:[\\w-]{1,20} )?(?:time|slot|meeting|call|debrief|conversation|session|follow-?up|demo|review|chat|catch-?up) with|get(?:ting)? on (?:the |a )?(?:calendar|calender|diary|schedule) (?:with|of)) ${A_COLLEAGUE}`,
    example: "I've been unable to reach your IT director.",
  },
  // "I haven't heard back from Jane", "we've had no reply from your procurement team"
  {
    pattern: `\\b${I_SUBJECT} (?:haven't|havent|have not|hadn't|had not|never|still haven't|still havent|did not|didn't|didnt)(?: yet| ever)? (?:heard|had (?:a|any) (?:reply|response|answer|word)|received (?:a|any) (?:reply|response|answer)|gotten (?:a|any) (?:reply|response|answer)|got (?:a|any) (?:reply|response|answer))(?: back)? from ${A_COLLEAGUE}`,
    example: "I haven't heard back from Jane since March.",
  },
  {
    pattern: `\\b(?:no|zero|not a single|not one|not a) (?:reply|response|answer|word|peep|call back|callback)(?: back)?(?: yet| at all| so far)? from (?!(?:your|ur|yr) (?:side|end)\\b)${A_COLLEAGUE}`,
    example: 'Still no response from your legal team.',
  },
  // "I've tried Mark several times with no luck", "I've called your office five times, nothing back"
  {
    pattern: `\\b(?:tried (?:calling|emailing|ringing|phoning|pinging|messaging|reaching|contacting|to (?:reach|call|email|contact|get hold of|get through to|ring|phone|catch))|tried(?= (?!\\w{1,30}ing\\b|(?:to|the|a|an|it|this|that|again|everything|both|all|our|my|several|multiple|many|a few)\\b))|been trying to (?:reach|call|email|contact|get hold of|catch)|called|rung|emailed|pinged|messaged|contacted|reached out to|followed up with|written to)(?: (?!(?:you|u|ya)\\b)[\\w'.-]{1,30}){0,5} (?:several|multiple|a few|a number of|many|numerous|countless|a dozen|two|three|four|five|six|\\d+|so many|a couple of) times${gap(40)}(?:no luck|no response|no reply|no answer|nothing back|without (?:any )?(?:luck|success|a response|a reply|an answer|response|reply)|to no avail|no joy|but nothing|with no (?:luck|success|response|reply)|no success|no call back|no callback|no word|(?:haven't|havent|have not|not) (?:yet )?(?:been able|managed)|no traction|(?:can't|cant|cannot) seem to)`,
    example: "I've tried Mark several times with no luck.",
  },
  {
    pattern: `\\b(?:tried|been trying|attempted)(?: (?:several|multiple|a few|a number of|many|numerous|countless|two|three|four|five|\\d+|so many|a couple of) times)? to (?:reach|call|email|contact|get hold of|get through to|catch|ring|phone|connect with) ${A_COLLEAGUE}${gap(40)}(?:no luck|no response|no reply|no answer|nothing back|without (?:any )?(?:luck|success|a response|a reply|an answer|response|reply)|to no avail|no joy|but nothing|with no (?:luck|success|response|reply)|no success|no call back|no callback|no word|(?:haven't|havent|have not|not) (?:yet )?(?:been able|managed)|no traction|(?:can't|cant|cannot) seem to)`,
    example: "We've been trying to reach your CTO for a month, with no luck.",
  },
  {
    pattern: `\\bleft (?:\\w{1,30} )?(?:several|multiple|a few|a number of|many|numerous|countless|two|three|four|five|six|\\d+|so many|a couple of) (?:voice ?mails?|messages|notes|emails)(?: for| with)? ${A_COLLEAGUE}${gap(40)}(?:no luck|no response|no reply|no answer|nothing back|without (?:any )?(?:luck|success|a response|a reply|an answer|response|reply)|to no avail|no joy|but nothing|with no (?:luck|success|response|reply)|no success|no call back|no callback|no word|(?:haven't|havent|have not|not) (?:yet )?(?:been able|managed)|no traction|(?:can't|cant|cannot) seem to)`,
    example: "I've left several voicemails for Tom with no response.",
  },
  {
    pattern: `\\b(?:i|we) (?:keep|kept) missing ${A_COLLEAGUE}`,
    example: 'I keep missing Tom on the phone.',
  },
  // "hoping you could nudge Tom", "could you encourage your team to respond", "give Jane a push"
  {
    pattern: `${YOU_COULD} (?:nudg(?:e|ing)|prod(?:ding)?|pok(?:e|ing)|lean(?:ing)? on|light(?:ing)? a fire under|hav(?:e|ing) a (?:quick |little )?word with|put(?:ting)? in a (?:good )?word with) (?!(?:me|us|it|this|that|things|the (?:po|order|invoice|contract|paperwork|deal))\\b)`,
    example: 'I was hoping you could nudge Tom on this.',
  },
  {
    pattern: `${YOU_COULD} (?:encourag(?:e|ing)|remind(?:ing)?|urg(?:e|ing)|push(?:ing)?|chas(?:e|ing)|ask(?:ing)?|prompt(?:ing)?|convinc(?:e|ing)|persuad(?:e|ing)|get(?:ting)?) (?!(?:me|us|a|an|some|any|time|around|back|to|it|this|that|yourself|there|in|on|started|going|ready|(?:the|a) (?:chance|time|opportunity|moment))\\b)(?:[\\w'.-]{1,30} ){1,4}?${TO_RESPOND}`,
    example: 'Could you encourage your team to respond?',
  },
  {
    pattern: `${YOU_COULD} giv(?:e|ing) (?!(?:me|us)\\b)(?:[\\w'.-]{1,30} ){1,3}?an? (?:gentle |little |friendly |quick |small )?(?:nudge|push|prod|poke|kick|reminder|hurry-up|hurry up)\\b`,
    example: 'Would you mind giving Jane a gentle nudge?',
  },
  // "escalating this to you because Tom hasn't replied"
  {
    pattern: `\\b(?:escalat(?:e|ed|ing)|rais(?:e|ed|ing)) (?:this |it |the matter |things )?(?:up )?(?:to|with) you\\b${gap(40)}\\b(?:because|since|as|given)${gap(30)}\\b(?:hasn't|hasnt|has not|haven't|havent|have not|not|no|never|won't|unresponsive|unable|quiet|silent)`,
    example: "I'm escalating this to you because Tom hasn't replied.",
  },
  // "I've been trying to get a response from Ben", "trying to get 15 minutes with Steph"
  {
    pattern: `\\b(?:been trying|trying|tried|attempting|attempted) (?:for (?:weeks|months|a while|some time) )?to (?:get|secure|land|grab|book) (?:a |any |an |some )?(?:response|reply|answer|decision|word|time|meeting|call|slot|conversation|(?:\\d{1,3}|five|ten|fifteen|twenty|thirty) (?:mins?|minutes)) (?:from|with|out of) ${A_COLLEAGUE}`,
    example: "I've been trying to get a response from Ben for weeks.",
  },
  // "it's been difficult to find a slot with Tom's group", "not possible to have a meeting with her"
  {
    pattern: `\\b(?:difficult|hard|tough|tricky|impossible|not possible|not been possible|a challenge|a struggle|challenging) (?:for (?:me|us) )?to (?:find|get|book|schedule|secure|arrange|lock in|set up|have|pin down)(?: (?:a|an|any|some|the))?(?: [\\w-]{1,20})? (?:time|slot|meeting|call|debrief|conversation|session|follow-?up|demo|review|chat) with ${A_COLLEAGUE}`,
    example: 'It has been hard to find a slot with your integration team since January.',
  },
  {
    pattern: `\\bto (?:find|get|book|schedule|arrange|secure)(?: (?:a|some|any|the))? (?:time|slot|meeting|call) with (?:your|ur) [^.!?\\n\\u0000]{0,60}?\\b(?:has|have) been (?:a (?:little |bit |little bit )?)?(?:difficult|hard|tough|tricky|challenging|a challenge|a struggle|impossible)\\b`,
    example: 'To get time with your buyers lately has been a bit difficult.',
  },
  // "if you'd be willing to mention it to her", "maybe you can help me arrange a call with him"
  {
    pattern: `${YOU_COULD} (?:mention(?:ing)? (?:it|this|that) to|rais(?:e|ing) (?:it|this|that) with|flag(?:ging)? (?:it|this|that) (?:to|with)|bring(?:ing)? (?:it|this|that) up with) (?:him|her|them)\\b`,
    example: "If you'd be willing to mention it to her, I'd be grateful.",
  },
  {
    pattern: `${YOU_COULD} help (?:me |us )?(?:to )?(?:arrange|set up|get|find|book|organi[sz]e|schedule) (?:a |an |some )?(?:short |quick |brief )?(?:call|meeting|time|slot|conversation|chat) with (?:him|her|them)\\b`,
    example: 'Perhaps you could help me arrange a short call with him?',
  },
];

/** Taking it to someone above the reader: "I've sent the proposal to Elena (your COO) directly". */
export const OVER_THEIR_HEAD: Signal[] = [
  {
    pattern: "\\b(?:send|sending|sent|forward|forwarding|forwarded|share|sharing|shared|write|writing|wrote|written|escalat(?:e|ed|ing)|take|taking|took|taken|bring|bringing|brought|go|going|went|gone|reach(?:ed|ing)? out)(?: [\\w'-]{1,20}){0,4} (?:straight |directly )?to (?:[\\w.'-]{1,30} ){0,3}\\(?(?:your|ur) (?:boss|manager|superior|supervisor|line manager|director|coo|ceo|cfo|cto|cio|vp|gm|general manager|owner|president|md|managing director|head of [\\w-]{1,20})\\b",
    example: "I've sent the proposal to Elena (your COO) directly.",
  },
  // "things have moved more slowly on your side" (kept only beside a note to someone else)
  {
    pattern: "\\b(?:moved|moving|progressed|gone|going|been|were|was)(?: a little| a bit| rather| somewhat| much| far)?(?: more)? slow(?:ly|er)?(?: than [\\w ]{1,30})? on (?:your|ur) (?:side|end)\\b",
    example: 'Things have moved more slowly on your side than we hoped.',
  },
];

/**
 * Said with a colleague of the reader copied in, these turn the copy into pressure from above:
 * "you've been so slammed", "the paperwork has been sitting with your team", "so we can get a
 * decision one way or the other". The rule keeps them only when someone else from the reader's
 * organisation is being looped in.
 */
export const LOOP_IN_PRESSURE: Signal[] = [
  {
    pattern: "\\b(?:i|we)(?: just| simply| still)? (?:haven't|havent|have not|hadn't|can't|cant|couldn't|couldnt|weren't|wasn't)(?: quite| yet| really){0,2} (?:been able|managed|able) to (?:get|lock|find|book|schedule|pin|set up|land|secure|reach|arrive at|nail|move)\\b",
    example: "Adding Sam since we haven't quite managed to get a date in the diary.",
  },
  {
    pattern: "\\b(?:it's|it has|its|it) been (?:really |very |a bit |quite |pretty )?(?:tough|hard|difficult|tricky|a challenge|impossible|challenging) to (?:get|find|book|grab|pin down|lock in|land) (?:time|a time|a slot|a meeting|a call|you|a decision|an answer)\\b",
    example: "It's been hard to get time with you this month, so I've copied Sam.",
  },
  {
    pattern: "\\byou(?:'ve| have|ve|'re| are|re)(?: been| had)? (?:so |really |super |very |pretty |incredibly |understandably )?(?:slammed|swamped|busy|snowed under|stretched|flat out|buried|underwater|tied up|hard to pin down|tough to pin down|hard to get hold of|(?:a lot|lots|so much|plenty) on your plate)\\b",
    example: "Copying Sam, as you've been so swamped lately.",
  },
  {
    pattern: "\\b(?:has been|'s been|have been|had been|been) (?:sitting|waiting|stuck|pending|parked|languishing|gathering dust) (?:with|on|in|for) (?:you|your|ur)\\b",
    example: 'The contract has been sitting with your team for a month.',
  },
  {
    pattern: "\\bso (?:that )?(?:we|i) (?:can|could) (?:finally )?(?:get|reach|make|have|come to) (?:a |some )?(?:decision|answer|resolution|yes or no|call on this)\\b|\\bone way or (?:the )?other\\b",
    example: 'Copying Sam so we can get a decision one way or the other.',
  },
  {
    pattern: "\\b(?:i'm|i am|im) (?:sure|certain|confident) you(?:'ll| will) (?:want to )?(?:prioriti[sz]e|make (?:this|it|time)|move (?:this|it|quickly)|act|find time|fit (?:this|it) in)\\b",
    example: "With your CEO copied, I'm sure you'll want to make time for this.",
  },
  {
    pattern: "\\bhelp (?:to )?(?:move|push|speed|hurry|get|nudge) (?:things|this|it|matters)(?: along| forward| moving| over the line| up)\\b|\\b(?:move|push|speed|get) (?:things|this|it|matters) (?:along|forward|moving) on (?:your|ur) (?:end|side)\\b",
    example: 'Sam might be able to help move things along.',
  },
  {
    pattern: "\\b(?:someone|somebody|people) (?:with|who has) (?:a bit |a little |slightly |a touch )?more (?:bandwidth|time|capacity|availability)\\b",
    example: "I've copied Sam so someone with a bit more bandwidth is in the loop.",
  },
  {
    pattern: "\\b(?:he|she|they)(?:'d|'ll| would| will| might| may)(?: probably| surely| certainly)? (?:want|like|wish) to (?:know|be aware|hear|see) (?:where things|that|about|how)\\b",
    example: "I've copied Sam, as I think she'd want to know where things are.",
  },
];

/**
 * In the reader's last message, a deferral: "let me talk to the plant managers and I'll come
 * back to you", "please hold off until April", "still looking it over". Copying their colleague
 * after that goes around them.
 */
export const DEFERRED = [
  "\\bhold off\\b|\\b(?:i'll|ill|i will|we'll|we will|will) (?:come|get|circle) back to you\\b|\\b(?:i'll|ill|i will|we'll|we will|will) (?:let you know|get to it|revert|be in touch|reach out|follow up)\\b",
  "\\b(?:let me|i need to|i'll|i will|we'll|we need to) (?:talk|speak|check|discuss|run (?:it|this) by|bring (?:it|this)|take (?:it|this)|raise (?:it|this))\\b|\\bmyself\\b|\\bstill (?:looking|reviewing|thinking|evaluating|considering|mulling|digesting)\\b|\\b(?:not yet|busy week|heads-down|heads down)\\b",
];

/** The reader asked for a colleague to be included: "cc Alan", "loop in my director". */
export const INVITED_COLLEAGUE =
  "\\b(?:cc|cc'?ing|copy|copying|loop in|looping in|include|add|adding|forward (?:it|this) to|send (?:it|this)(?: over)? to|reach out to|get in touch with|contact|speak (?:to|with)|talk (?:to|with))\\b";

/** A no that a colleague gave on the reader's side: "Dr. Okafor isn't taking vendor meetings". */
export const NOT_TAKING_MEETINGS: Signal[] = [
  {
    pattern: "\\b(?:isn't|is not|aren't|are not|not|won't be|will not be|no longer) (?:taking|accepting|booking|doing|scheduling|seeing) (?:any |new )?(?:vendor |sales |supplier |external )?(?:meetings|calls|appointments|demos|visits|reps)\\b",
    example: "Dr. Lee isn't taking vendor meetings this quarter.",
  },
];

/**
 * The recipient's own silence ("you haven't replied", "I haven't heard back from you"). Said to
 * them alone it is a plain follow-up; it becomes a complaint to the boss only when the author
 * is also looping in someone else from their organisation (see LOOPING_IN).
 */
export const YOU_SILENT: Signal[] = [
  // "you haven't replied to my last three emails", "you never returned my calls"
  {
    pattern: `\\b(?:you|u)(?:'ve| have|ve)?(?: still| just| simply)? (?:haven't|havent|have not|hasn't|not|never|didn't|didnt|did not|won't|wont|will not)(?: yet| once| ever| even)? (?:returned|return|answered|answer|responded|respond|replied|reply|written back|write back|gotten back|got back|get back|come back|called (?:me |us )?back|made (?:any |the )?time|make (?:any |the )?time|found (?:the )?time|acknowledged)\\b`,
    example: "Looping in Lee, since you haven't replied to my last three emails.",
  },
  // "I haven't heard back from you", "no reply from you"
  {
    pattern: `\\b${I_SUBJECT} (?:haven't|havent|have not|hadn't|had not|never|still haven't|still havent|did not|didn't|didnt)(?: yet| ever)? (?:heard|had (?:a|any) (?:reply|response|answer|word)|received (?:a|any) (?:reply|response|answer)|gotten (?:a|any) (?:reply|response|answer)|got (?:a|any) (?:reply|response|answer))(?: back)? from (?:you|u)\\b`,
    example: "Copying your manager as I haven't heard back from you.",
  },
  {
    pattern: '\\b(?:no|zero|not a single|not one) (?:reply|response|answer|word|peep)(?: back)?(?: yet| at all| so far)? from (?:you|u)\\b',
    example: 'Adding Tom here since there has been no response from you.',
  },
  // "you've gone quiet", "you've been ignoring my emails"
  {
    pattern: `\\b(?:you|u)(?:'ve| have|ve|'re| are|re)(?: been)? (?:gone (?:dark|quiet|silent|radio silent|mia|awol)|ignoring (?:me|us|my|our)|unresponsive|hard to reach|impossible to reach|difficult to reach|ghosting)\\b`,
    example: "Cc'ing Lee as you've gone quiet on this.",
  },
];

/** The author says they are bringing someone else in: "looping in", "copying", "cc'ing", "adding". */
export const LOOPING_IN: Signal[] = [
  {
    pattern: "\\b(?:loop(?:ing|ed)? in|looping \\w{1,30} in|copying|copied|cc(?:'|-)?(?:ing|d|ed)|adding|added|including|bringing in|roping in|(?:have|i've|i) (?:cc|copied|added))\\b",
    example: 'Looping in Lee here.',
  },
];
