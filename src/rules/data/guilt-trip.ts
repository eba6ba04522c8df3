import { I_SUBJECT, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * silence: makes the recipient answer for not replying ("I'll assume you're not interested",
 * jokes about their disappearance, "did I do something wrong?").
 * break-up: the staged last email ("this is my last email", "should I close your file?").
 * obligation: makes the sender's needs the recipient's problem (quota, effort spent, "it
 * would mean a lot to me").
 */
export interface GuiltSignal extends Signal {
  kind: 'silence' | 'break-up' | 'obligation';
}

/** What a "no" or a loss of interest looks like once the sender decides it for them. */
const NO_INTEREST =
  "(?:not (?:interested|a (?:priority|fit|good fit)|relevant|happening)|no longer (?:interested|a priority|relevant)|no interest|(?:isn't|isnt|is not|wasn't|was not|aren't|are not) (?:a priority|interested|relevant|important|a fit|happening)|a (?:hard |firm )?no\\b|(?:you've|you have|you) (?:moved on|lost interest|gone (?:another way|elsewhere)|(?:gone with|chosen|picked|found|decided on) (?:another|a different|someone else|an alternative|a competitor|other))|(?:priorities|things|plans) (?:have )?changed|(?:this|it) (?:is|isn't|is not) (?:dead|off the table|not going anywhere)|you(?:'re| are) (?:not|no longer) (?:interested|looking|keen|serious|bothered|committed)|(?:not|aren't|are not|isn't|is not) (?:really |that |very )?(?:serious|bothered|committed)|(?:you )?(?:don't|dont|do not) (?:really )?care)";

/**
 * "Not interested in the on-prem version" narrows an offer; "not interested in the project"
 * or "in moving forward" is about the whole conversation.
 */
const NOT_A_DETAIL =
  '(?! in (?:the|a|an|that|this|our|your|those|these) (?!(?:idea|conversation|call|meeting|chat|solution|product|platform|offer|proposal|demo|pilot|project|partnership|opportunity|service|tool|conversation)\\b))';

/** What the sender prepared "for" them. */
const DELIVERABLE =
  '(?:proposal|quote|deck|plan|presentation|demo|pricing|mock-?ups?|business case|analysis|audit|report|custom (?:\\w+ )?(?:proposal|plan|demo|deck)|roi (?:model|analysis))';

export const GUILT_TRIP: GuiltSignal[] = [
  // "I'll assume you're not interested", "should I take that as a no?", "I guess priorities have changed"
  {
    kind: 'silence',
    pattern: `\\b(?:i'll|i will|ill|i'm going to|i am going to|i can only|i have to|i must|i'd|we'll|we will|i|we|should i|shall i|can i|may i|do i)(?: just| simply| have to| go ahead and| now| guess i'll| then)? (?:assume|take (?:it|that|this|your silence)(?: to mean| as)?|guess|gather|presume|conclude|read (?:that|this|your silence) as)${gap(40)}\\b${NO_INTEREST}${NOT_A_DETAIL}`,
    example: "I'll assume you're not interested.",
  },
  {
    kind: 'silence',
    pattern: `\\b(?:safe|fair) to (?:say|assume)${gap(30)}\\b${NO_INTEREST}`,
    example: "Is it safe to say this isn't a priority?",
  },
  {
    kind: 'silence',
    pattern: '\\b(?:your|the) silence (?:tells|says|suggests|speaks|means|is (?:telling|saying|deafening|loud)|must mean|probably means|answers)\\b',
    example: 'I guess your silence tells me everything.',
  },
  {
    kind: 'silence',
    pattern: '\\b(?:radio silence|crickets|(?:met|greeted) with silence)\\b',
    example: "All I'm getting is radio silence.",
  },

  // "Should I close your file?", "I'll mark you as not interested", "should I stop reaching out?"
  {
    kind: 'break-up',
    pattern:
      "\\b(?:should|shall|can|may) (?:i|we) (?:go ahead and )?close (?:out )?(?:your|the|this) (?:file|opportunity|record)\\b|\\b(?:do you want|would you like) me to close (?:out )?(?:your|the|this) (?:file|opportunity|record)\\b",
    example: 'Should I close your file?',
  },
  {
    kind: 'break-up',
    pattern:
      "\\b(?:i'll|i will|i'm going to|i am going to|we'll|we will|i'm|i am|we're|we are|time to)(?: just| now| have to| go ahead and)? (?:close|closing) (?:out )?(?:your|this) (?:file|opportunity|record)\\b",
    example: "I'm going to close your file for now.",
  },
  {
    kind: 'break-up',
    pattern: '\\b(?:and|then|so) (?:just |simply )?(?:close|closing) (?:out )?your (?:file|opportunity|record)\\b',
    example: "I'll assume so and close your file.",
  },
  {
    kind: 'break-up',
    pattern:
      "\\b(?:should|shall|can|may) (?:i|we) (?:stop (?:reaching out|contacting you|emailing|e-mailing|following up|bugging you|trying)|give up|quit (?:reaching out|emailing|trying)|mark you|take the hint|leave you alone)",
    example: 'Should I stop reaching out?',
  },
  {
    kind: 'break-up',
    pattern:
      "\\b(?:i'll|i will|i'm going to|i am going to|we'll|we will|i'm|i am|we're|we are)(?: just| now| have to)? (?:mark(?:ing)?|flag(?:ging)?|list(?:ing)?|log(?:ging)?|put(?:ting)?) (?:you|your (?:account|company|file|team)|this)(?: down)? as (?:not interested|closed|lost|dead|unresponsive|cold|no longer interested|a no)\\b",
    example: "I'll mark you as not interested for now.",
  },

  // "I'll take the hint", "I guess I'll take the hint"
  {
    kind: 'silence',
    pattern: "\\b(?:i'll|ill|i will|i can|i'll just|i should|guess i'll|time to|i'm going to|i am going to) take (?:the|a|your) hint\\b",
    example: "I'll take the hint and leave it here.",
  },
  // "Either the timing is off or you're comfortable leaving money on the table"
  {
    kind: 'silence',
    pattern:
      "\\b(?:you're|youre|you are|you seem|you must be|you'd rather be)(?: just| simply| perfectly)? (?:comfortable|happy|fine|ok|okay|content)(?: with)? (?:leaving|losing|wasting|overpaying|paying too much|throwing|burning|leaving money)\\b",
    example: "Either the timing is off or you're comfortable leaving that 8% on the table.",
  },
  // Break-up lines: "This is my last email", "one last try", "this will be my final follow-up"
  {
    kind: 'break-up',
    pattern:
      "\\b(?:this|it|that) (?:is|will be|'ll be|ll be|would be|'s|s|is going to be)(?: officially| probably| definitely)? (?:my|our|the) (?:last|final|very last)(?: [\\w-]+){0,2}? (?:e-?mail|attempt|try|follow[- ]?up|message|note|time (?:reaching out|writing|emailing|e-mailing|contacting you|bothering you|i reach out|i write)|outreach|ping|nudge|reach-?out)\\b",
    example: 'This is my last email.',
  },
  {
    kind: 'break-up',
    pattern: "\\b(?:one|my|a) (?:last|final|last-ditch) (?:attempt|try|shot|effort) (?:to (?:reach|connect|get|hear)|at (?:reaching|connecting|getting))",
    example: 'One last attempt to reach you before I close this out.',
  },
  // A terse "Last try." or "final attempt, Jamal:" standing on its own
  {
    kind: 'break-up',
    pattern: "\\b(?:my |one |a )?(?:last|final) (?:try|attempt|shot|ping|nudge)(?=\\s*[.!:;\\u2014-]|,? (?:here|from me|before i)\\b)",
    example: 'Jamal, last try. Is this worth a conversation?',
  },
  {
    kind: 'break-up',
    pattern: "\\b(?:this is|consider this|here's|heres|this will be|this'll be|call this) (?:my|our|a|the) (?:official |final )?break-?up (?:e-?mail|note|letter|message)\\b",
    example: 'Consider this my breakup email.',
  },

  // Jokes about their disappearance: "Have you been eaten by a bear?", "fallen off the face of the earth"
  {
    kind: 'silence',
    // About them ("you"), not a story: "all my feathers are now being eaten by cattle".
    pattern:
      `\\b(?:you|u|you've|youve|you're|youre|ya)\\b${gap(25)}\\b(?:eaten by (?:a |an )?\\w+|(?:kidnapped|abducted|captured) by|(?:fall|fallen|fell|dropped|disappeared) off the (?:face of the )?(?:earth|planet|map|grid)|lost at sea|stranded on (?:a|an) (?:desert )?island|trapped under|swallowed (?:up )?by (?:a|an|the) (?:bear|shark|whale|black hole)|in (?:the )?witness protection|joined a (?:monastery|cult|circus))\\b`,
    example: 'Have you been eaten by a bear?',
  },
  {
    kind: 'silence',
    pattern: "\\b(?:are you|r u|you) (?:still )?(?:alive|still there|out there)\\s?\\?",
    example: 'Are you still alive?',
  },
  {
    kind: 'silence',
    pattern:
      "\\b(?:you(?:'ve| have)?|you've|you) (?:gone|went) (?:dark|quiet|silent|radio silent|mia|awol|cold|off the grid|missing)\\b",
    example: "It seems you've gone dark on me.",
  },
  {
    kind: 'silence',
    pattern: "\\b(?:ghost(?:ed|ing) (?:me|us)|(?:been |being |getting |got )ghosted)\\b",
    example: 'Feels like I am being ghosted here.',
  },

  // "Did I do something wrong?", "was it something I said?", "have I upset you?"
  {
    kind: 'silence',
    pattern:
      "\\b(?:did|have|had) (?:i|we) (?:do|say|write|done|said|written) (?:something|anything) (?:wrong|to (?:upset|offend|annoy|put you off))",
    example: 'Did I do something wrong?',
  },
  {
    kind: 'silence',
    pattern:
      "\\b(?:was it|is it) something (?:i|we) (?:said|did|wrote)\\b|\\b(?:did|have) (?:i|we) (?:offend(?:ed)?|upset|annoy(?:ed)?|scare(?:d)?|lose|lost|bore(?:d)?) you\\b",
    example: 'Was it something I said?',
  },

  // "I'm disappointed you haven't replied", "I'm starting to take this personally", "I feel ignored"
  {
    kind: 'silence',
    pattern: `\\b(?:i'm|i am|im|i was|i feel|i'm feeling|we're|we are)(?: a (?:bit|little)| quite| frankly| honestly| really| very| somewhat| pretty)? (?:disappointed|hurt|sad|offended|let down|saddened|upset)${gap(30)}\\b(?:you (?:haven't|havent|have not|didn't|didnt|did not|never|still|won't|wont|ignored)|not (?:to )?(?:hear|get|have heard|heard)|(?:no|the lack of|any) (?:reply|response|answer)|your silence)`,
    example: "I'm a bit disappointed you haven't replied.",
  },
  {
    kind: 'silence',
    pattern: "\\b(?:feel(?:ing)?|felt) (?:a (?:bit|little) |kind of |kinda )?(?:ignored|rejected|snubbed|invisible|brushed off)\\b|\\btak(?:e|ing) (?:this|it|your silence) personally\\b",
    example: "I'm starting to take this personally.",
  },
  {
    kind: 'silence',
    pattern: '\\b(?:stop|quit|keep|be|been|am|i\'m) wast(?:e|ing) (?:my|our) (?:time|breath)\\b',
    example: 'Just tell me so I can stop wasting my time.',
  },

  // "It would mean a lot to me if you replied", "the least you could do is reply"
  {
    kind: 'obligation',
    pattern: `\\b(?:would|will|'d|it'd|that'd) (?:really )?mean (?:a lot|the world|so much|a great deal)(?: to me| to us)?${gap(25)}\\b(?:if you|you (?:could|would|can)|(?:a|your|any) (?:reply|response|answer)|to hear|hearing)`,
    example: 'It would mean a lot to me if you replied.',
  },
  {
    kind: 'obligation',
    pattern: "\\b(?:a|your|any|even a) (?:quick |short |one-word |simple )?(?:reply|response|answer) would (?:really )?(?:mean|make my (?:day|week|month))\\b",
    example: 'Even a one-word reply would make my day.',
  },
  {
    kind: 'obligation',
    pattern: '\\b(?:the )?least you (?:could|can) do\\b|\\b(?:common |basic )?courtesy of (?:a |an )?(?:reply|response|answer)\\b',
    example: 'The least you could do is reply.',
  },

  // "I need to hit my quota this month", "help me close out my quarter", "my boss is asking"
  {
    kind: 'obligation',
    // Not a mailbox or disk quota: "I've reached my quota limit".
    pattern: '\\bmy (?:quota|commission|sales target|monthly target|quarterly target|month-end number|number for the (?:month|quarter))\\b(?! (?:limit|exceeded|on (?:the|my) (?:disk|server|mailbox|account)))',
    example: 'I need to hit my quota this month.',
  },
  {
    kind: 'obligation',
    pattern: `\\b(?:hit|make|reach|meet|close out|behind on|short of|short on|miss|missing|help me (?:hit|make|reach|close))${gap(12)}\\bmy (?:quota|targets?|numbers|number|month|quarter)\\b(?! (?:limit|exceeded|on (?:the|my) (?:disk|server|mailbox|account)))`,
    example: "I'm a little short of my number this quarter.",
  },
  {
    kind: 'obligation',
    pattern: `\\bmy (?:boss|manager|sales manager|director|vp|team lead)${gap(30)}\\b(?:kill|asking|asked|chasing|breathing|pushing|on my (?:back|case)|fire|firing|yell|upset|wants? (?:an? )?(?:answer|update))`,
    example: 'My manager keeps asking me for an update on your account.',
  },

  // "I've put a lot of work into this proposal for you", "I went out on a limb for you"
  {
    kind: 'obligation',
    pattern: `\\b${I_SUBJECT}(?: really| personally)? (?:put|poured|invested|spent|sunk|devoted|dedicated)${gap(20)}\\b(?:work|time|effort|hours|days|weeks|energy|late nights|weekend)${gap(20)}\\b(?:for you|into (?:this|your|the) ${DELIVERABLE}|on (?:this|your|the) ${DELIVERABLE}|(?:building|preparing|putting together|creating) (?:this|your) ${DELIVERABLE})`,
    example: "I've put a lot of work into this proposal for you.",
  },
  {
    kind: 'obligation',
    pattern: `\\bafter all (?:the|my|of the|this|that) (?:time|work|effort|hours)${gap(20)}\\b(?:i've|i have|ive|we've|we have|put in|invested|spent)`,
    example: "After all the time I've invested, I expected at least a reply.",
  },
  {
    kind: 'obligation',
    pattern: `\\bout on a limb\\b|\\b(?:i|we) (?:fought|pushed|begged|went to bat|stuck my neck out)${gap(25)}\\bfor (?:you|your)\\b`,
    example: 'I went out on a limb to get you this discount.',
  },
];

/**
 * A colleague handing the account over ("this is my last day; Priya takes over from here"):
 * a last email that is news, not a tactic.
 */
export const HANDOVER: Signal[] = [
  {
    pattern:
      "\\b(?:my last day|leaving (?:the company|the team|the business)|moving on from|my successor|(?:will be |is )?taking over (?:from me|your account|as your)|hand(?:ing)? (?:you |your account |things )?over to|(?:new|your new) (?:account (?:manager|executive|owner)|point of contact|contact person)|going on (?:parental|maternity|paternity|long-term) leave|retiring)\\b",
    example: 'Today is my last day at Fernbrook; Priya is taking over your account.',
  },
];
