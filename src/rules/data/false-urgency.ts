import { DAY, gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * deadline: a date or time limit the sender imposes ("offer expires Friday", "need your answer
 * by end of day", "time-sensitive"). Not urgency when the customer set the date themselves.
 * scarcity: "only 3 spots left", "limited-time pricing", "selling out".
 * price-rise: "prices go up next week".
 * hype: "act now", "last chance", "don't miss out".
 */
export interface UrgencySignal extends Signal {
  kind: 'deadline' | 'scarcity' | 'price-rise' | 'hype';
}

const OFFER =
  '(?:offer|discount|deal|promo(?:tion)?|price|pricing|rate|bonus|incentive|coupon|promo code|introductory (?:price|rate|pricing)|early[- ]bird (?:price|rate|pricing|discount))s?';
const FEW = '(?:\\d+|one|two|three|four|five|a few|a couple(?: of)?|a handful(?: of)?|few|a limited number of)';
/** A short fuse: end of day, tonight, within hours. */
const SHORT_FUSE =
  '(?:eod|cob|close of business|end of (?:the )?(?:day|today|business)|tonight|tonite|2nite|today|noon(?: today)?|this afternoon|midnight|the next (?:hour|\\d+ hours)|\\d+ hours|the hour|\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b(?: today)?)';
/** What a sender asks the recipient to hand over under a deadline. */
const DECISION =
  '(?:answer|decision|reply|response|signature|commitment|go-ahead|go ahead|yes(?: or no)?|confirmation|sign-?off|verdict|signed (?:contract|order form|agreement|quote|proposal|loi|letter of intent)|po|purchase order|loi|letter of intent|deposit)';

/** Prices as a seller names them ("open rates" and "churn rates" are metrics, not prices). */
const PRICE =
  '(?:prices?|pricing|list prices?|(?:our|my|the|these|those|current|hourly|day|daily|monthly|annual|subscription|licen[cs]e|seat) rates?)';
const RISE =
  '(?:go(?:es|ing)? up|(?:will|going to) (?:go up|increase|rise|double|jump|change)|(?:are|is) (?:going up|increasing|rising|changing)|increas(?:e|es)|rises?|jumps?)';
/** When: soon, or a date. Without one, "the price increases by $5 per seat" is just a tariff. */
const SOON =
  '(?:on|next|at the (?:start|end)|in (?:q[1-4]|\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the new year|a (?:few )?(?:days|weeks))|soon|shortly|tomorrow|this (?:week|month|quarter|year)|starting|effective|as of|before long)\\b';

export const FALSE_URGENCY: UrgencySignal[] = [
  // "This offer expires Friday", "pricing is only valid until the 30th", "the discount ends tonight"
  {
    kind: 'deadline',
    pattern: `\\b${OFFER} (?:is |are |will |only ){0,3}(?:expires?|expiring|(?:ends?|ending)(?! up)|runs? out|goes away|go away|disappears?|won't last|will not last|(?:good|valid|available|on the table|open) (?:only )?(?:until|till|til|through|thru|for (?:the next )?(?:(?:\\d+|one|two|three|24|48|72) hours|(?:\\d|one|two|three|a few|a couple of) days)|for a limited time)|(?:valid|available|good) only)\\b`,
    example: 'This offer expires Friday.',
  },
  {
    kind: 'deadline',
    pattern: `\\b(?:it|this|that|which|${OFFER}) (?:only )?(?:expires?|ends?|closes?|runs out) (?:at |by )?(?:midnight|tonight|tonite|2nite|today|end of (?:the )?day|eod|in (?:\\d+|24|48|a few) hours)\\b`,
    example: 'It expires at midnight, so please decide today.',
  },
  // "Need your answer by end of day", "I need a decision by Friday", "please sign by 5pm today"
  {
    kind: 'deadline',
    pattern: `\\b(?:i|we|i'll|we'll|i'd|we'd) (?:really |absolutely |will |would |just )?(?:need|must have|require|have to (?:have|get)|need to (?:have|get|hear|receive))${gap(12)}\\b(?:your|a|an) (?:final |firm |clear |quick |simple |definite )?${DECISION}${gap(25)}\\b(?:by|before|no later than|within) (?:${SHORT_FUSE}|tomorrow|(?:this )?${DAY}|(?:the )?end of (?:the )?week|eow)`,
    example: 'I need your answer by end of day.',
  },
  {
    kind: 'deadline',
    pattern: `\\b(?:i|we) (?:really |absolutely )?(?:need|must have|require|have to (?:have|get)|need to (?:have|get|hear|receive))${gap(30)}\\b(?:by|before|no later than|within) ${SHORT_FUSE}`,
    example: 'We need to hear from you before 5pm today.',
  },
  {
    kind: 'deadline',
    pattern: `\\b(?:reply|respond|confirm|sign|decide|get back to me|let me know|revert|approve|commit|answer|send (?:it|the (?:po|signed|contract)|me the (?:po|signed))|countersign)${gap(25)}\\b(?:by|before|no later than|within) (?:eod|cob|close of business|end of (?:the )?(?:day|today)|tonight|today|the next (?:hour|\\d+ hours)|\\d+ hours|the hour|noon(?: today)?|midnight)\\b`,
    example: 'Please confirm by EOD so I can hold this price.',
  },
  // "Could you give me a yes or no by Friday?", "send me your decision before tomorrow"
  {
    kind: 'deadline',
    pattern: `\\b(?:give|send|get) (?:me|us) (?:a|an|your) (?:final |firm |clear |quick |simple |definite )?${DECISION}${gap(25)}\\b(?:by|before|no later than) (?:${SHORT_FUSE}|tomorrow|(?:this )?${DAY}|(?:the )?end of (?:the )?week|eow)\\b`,
    example: 'Would you be able to give me a yes or no by Friday?',
  },
  // "I can only hold the booth for you until 5pm today", "I'll keep the slot until tomorrow"
  {
    kind: 'deadline',
    // A reservation that lapses, not "I'll keep the ticket open until tomorrow".
    pattern: `\\b(?:(?:can|could) only (?:hold|reserve|save|keep|block)\\b|(?:hold|reserve|save|keep|block)\\b${gap(40)}\\bfor (?:you|your team)\\b|(?:hold|reserve|save|keep|block) (?:the|this|that|your|a) (?:[\\w-]+ )?(?:spot|seat|slot|booth|place|space|unit|room|table|date|price|pricing|rate|discount|offer|deal)\\b)${gap(40)}\\b(?:until|till|til|through|past) (?:${SHORT_FUSE}|tomorrow)`,
    example: 'I can only hold the corner booth for you until 5pm today.',
  },
  // "I can only promise it to you if I have a signed LOI by tomorrow at noon"
  {
    kind: 'deadline',
    pattern: `\\bonly${gap(30)}\\bif (?:i|we|you)\\b${gap(40)}\\b(?:by|before|no later than) (?:${SHORT_FUSE}|tomorrow)`,
    example: 'I can only promise it to you if I have a signed LOI by tomorrow at noon.',
  },
  {
    kind: 'deadline',
    pattern: `\\b(?:sign|decide|commit|answer|decision|signature|reply)${gap(20)}\\b(?:asap|a\\.s\\.a\\.p|as soon as possible|right away|immediately)\\b`,
    example: 'I need a decision asap.',
  },
  // "This is time-sensitive", "urgent", "requires immediate action"
  {
    kind: 'deadline',
    // Said of this email or offer, not "time-critical data".
    pattern: '\\btime[- ](?:sensitive|critical)\\b(?! (?!(?:offer|deal|matter|request|decision|opportunity|pricing|proposal|quote|item|and)\\b)[a-z])',
    example: 'This is time-sensitive.',
  },
  {
    kind: 'deadline',
    pattern:
      "(?<!\\bif |\\bwhen |\\bwhether |\\bunless )\\b(?:this is|it's|its|it is|this email is|this (?:offer|deal|matter|message|request|one|decision) is|this needs to be|time is)(?: (?:very|quite|really|extremely|super|rather|a bit|somewhat|fairly|pretty|highly))? (?:urgent|pressing|of the essence)\\b",
    example: 'This is urgent.',
  },
  {
    kind: 'deadline',
    pattern:
      "(?<!\\bif you |\\bfor |\\bif |\\bany |\\bno )\\burgent(?:ly)? (?:need|require|reply|response|decision|action|attention)\\b|(?<!\\bno |\\bnot |\\ban |\\bget an |\\bfor )\\b(?:immediate|urgent) (?:action|attention|response|reply|decision)(?: (?:is )?(?:required|needed|requested|necessary))?\\b|(?<!\\bno |\\bnot |\\bno further )\\baction (?:is )?required\\b",
    example: 'Your immediate attention is required.',
  },

  // "Only 3 spots left", "limited availability", "spots are filling up fast"
  {
    kind: 'scarcity',
    pattern: `\\bonly (?:have |got |has |had )?${FEW}${gap(25)}\\b(?:left|remaining|remain|still available|available at (?:this|that|the current)|up for grabs)\\b`,
    example: 'We have only 3 spots left in the spring cohort.',
  },
  {
    kind: 'scarcity',
    pattern: `\\b${FEW} (?:[\\w-]+ )?(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|spaces?|booths?|tables?|units?|rooms?|dates?) (?:left|remaining|remain)\\b`,
    example: 'Just two seats left at this price.',
  },
  {
    kind: 'scarcity',
    pattern:
      "\\b(?:spots?|seats?|slots?|places?|spaces?|availability|licen[cs]es?|inventory|stock) (?:are |is )?(?:filling(?: up)?|going|selling|running out|running low|disappearing|booking up) (?:fast|quickly|rapidly)\\b|\\b(?:selling|sold|booking) out (?:fast|quickly)\\b|\\b(?:they're|they are|tickets|passes) going fast\\b|\\bfilling up (?:fast|quickly)\\b",
    example: 'Spots are filling up fast.',
  },
  {
    kind: 'scarcity',
    pattern:
      '\\b(?:spots?|seats?|places?|slots?|spaces?|licen[cs]es?) (?:are|is) (?:very |strictly |extremely |really )?limited\\b|\\blimited (?:spots|seats|slots|places|availability|spaces|supply|quantities|stock|number of (?:spots|seats|slots|places|licen[cs]es))\\b|\\bwhile (?:supplies|stocks?|spots|seats|places|they) last\\b',
    example: 'Seats are limited for the June cohort.',
  },
  // "Down to the last three booths", "the first 10 schools that sign, and 7 are already taken"
  {
    kind: 'scarcity',
    pattern:
      "\\bdown to (?:the |our |my )?(?:last|final) (?:(?:\\d+|one|two|three|four|five|few|couple(?: of)?|handful of) )?(?:[\\w-]+ )?(?:spots?|seats?|slots?|places?|booths?|tables?|units?|licen[cs]es?|openings?|spaces?|rooms?|tickets?|passes|offices?|floors?|suites?|dates?|sessions?|stands?)\\b",
    example: "We're down to the last three booths on the main floor.",
  },
  {
    kind: 'scarcity',
    pattern:
      "\\bfirst (?:\\d+|five|ten|twenty|fifty|few|handful of) (?:[\\w-]+ )?[\\w-]+s (?:that|who|to) (?:sign|commit|book|register|join|enrol|enroll|reply|respond|buy|order|act|claim|apply|say yes|reserve|lock|grab)\\w*",
    example: 'The rate is only for the first 10 schools that sign this week.',
  },
  {
    kind: 'scarcity',
    pattern:
      "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|most|half|all but (?:one|two|\\d+))(?: of (?:them|those|these|the \\w+))? (?:are|have been|were|is|has been) already (?:taken|claimed|booked|gone|spoken for|reserved|sold|filled|committed)\\b",
    example: '7 of them are already taken.',
  },
  // "I'll have to release it to the next company on the waitlist"
  {
    kind: 'scarcity',
    pattern:
      "\\b(?:have to|had to|'ll|will|need to|going to|then|otherwise|or) (?:release|give|offer|pass) (?:it|them|the (?:spot|seat|slot|booth|place|space|unit|room|table|date)|your (?:spot|seat|slot|booth|place|space)) (?:on )?to (?:the next|someone else|another|other)\\b|\\b(?:on|from) (?:the|our) wait-?(?:ing )?list\\b",
    example: "After that I'll have to release it to the next company on the waitlist.",
  },
  // "I've got a couple of other groups circling the space", "we have several buyers interested"
  {
    kind: 'scarcity',
    pattern: `\\b(?:i've got|i have|ive got|we've got|we have|weve got|there are|there's|i've had|we've had) (?:already )?(?:a couple(?: of)?|several|a few|two|three|multiple|other|some other|lots of|plenty of) (?:other )?(?:groups|buyers|companies|parties|bidders|clients|tenants|firms|teams|people|prospects|offers|interested parties|customers|brands)${gap(20)}\\b(?:circling|interested|looking at|eyeing|lined up|asking about|bidding|sniffing around|in line|waiting|keen|after it|after this)\\b`,
    example: "I've got a couple of other groups circling the 4th floor.",
  },
  // "Limited-time pricing", "for a limited time only", "today only"
  {
    kind: 'scarcity',
    pattern: '\\blimited[- ]time\\b|\\bfor a limited (?:time|period only)\\b',
    example: 'This is limited-time pricing.',
  },
  {
    kind: 'scarcity',
    pattern:
      '\\b(?:today|tonight|this week|this weekend|48 hours|24 hours|\\d+ hours) only\\b(?! (?:until|till|from|between|because|due|for (?:the )?(?:holiday|maintenance)))|\\bonly (?:until|till|til) (?:midnight|tonight|today|tomorrow)\\b',
    example: 'Today only, we can take 20% off.',
  },

  // "Prices go up next week", "before the price increase", "rates will rise on March 1"
  {
    kind: 'price-rise',
    pattern: `\\b${PRICE}${gap(12)}\\b${RISE}${gap(25)}\\b${SOON}`,
    example: 'Prices go up next week.',
  },
  {
    kind: 'price-rise',
    pattern: `\\b${PRICE}${gap(12)}\\b(?:are|is|will be) (?:about|set|due|scheduled) to (?:go up|increase|rise|change|jump|double)\\b`,
    example: 'Our rates are about to go up.',
  },
  {
    kind: 'price-rise',
    pattern: `\\b(?:before|ahead of) (?:the |our |next (?:week|month)'s |this )?(?:price|pricing|rate) (?:increase|hike|change|rise|goes up)\\b|\\block in${gap(30)}\\b(?:price|pricing|rate|discount)${gap(30)}\\b(?:before|while)\\b`,
    example: 'Lock in the current rate before it changes.',
  },

  // "Act now", "last chance", "don't miss out", "now or never"
  {
    kind: 'hype',
    pattern: '\\bact (?:now|fast|quickly|today|immediately|soon)\\b',
    example: 'Act now to secure this price.',
  },
  {
    kind: 'hype',
    pattern:
      "\\b(?:last|final) (?:chance|opportunity)\\b(?! (?:we|i) )|\\bnow or never\\b|\\bone[- ]time (?:offer|deal|opportunity|only)\\b|\\bonce[- ]in[- ]a[- ]lifetime\\b|\\bnever (?:be )?(?:this|so) (?:low|cheap)\\b",
    example: 'This is your last chance to get in at this price.',
  },
  {
    kind: 'hype',
    pattern:
      "\\b(?:don't|dont|do not) (?:miss out\\b|miss (?:this|your|the|out on this|out on the|out on your) (?:chance|opportunity|deal|offer|window|discount|pricing|price|boat)\\b|let (?:this|it)(?: (?:opportunity|chance|offer|deal))? (?:pass|slip)\\b|sleep on (?:this|it)\\b|lose (?:out|your (?:spot|seat|place|discount))\\b|delay(?=[,.!]| -| any longer))|\\b(?:don't|dont|do not) wait\\b(?! (?:on|for) (?:me|us))",
    example: "Don't miss out on this.",
  },
  {
    kind: 'hype',
    pattern:
      "\\byou (?:don't|won't|wouldn't|do not|will not) want to miss\\b|\\byou(?:'ll| will) (?:regret|kick yourself)\\b|\\bfomo\\b|\\bbefore it's too late\\b|\\bbefore its too late\\b|\\b(?:the )?clock is ticking\\b|\\btime(?:'s| is) running out\\b|\\brunning out of time\\b|\\bno time to (?:lose|waste)\\b",
    example: 'The clock is ticking on this one.',
  },
  // "I'd move fast", "you'll want to act quickly", "waiting is really risky"
  {
    kind: 'hype',
    pattern:
      "\\b(?:i'd|i would|you'll want to|you will want to|you(?:'d| would) (?:want|need) to|you should|you need to|you'd better|better) (?:move|act|decide|jump|commit) (?:fast|quickly|now|soon|today)\\b",
    example: "So I'd move fast on this one.",
  },
  {
    kind: 'hype',
    pattern: `\\bwait(?:ing)?\\b${gap(30)}\\b(?:is|would be|could be|will be|gets) (?:really |very |a bit |pretty |quite |too )?(?:risky|a risk|a (?:big )?mistake|dangerous|a gamble)\\b`,
    example: 'Waiting for next Wednesday is really risky.',
  },
  {
    kind: 'hype',
    pattern:
      `(?<!\\bno |\\bin a |\\bany |n't |not )\\bhurry(?: up)?(?=[,!]| before| while| and| -)(?! and wait)|(?<!\\byour (?:[\\w-]+ ){0,3})\\b(?:window|offer|deal|opportunity)${gap(10)}\\b(?:closing|closes|is closing|will close|won't (?:stay open|last|be around))\\b`,
    example: 'Hurry, the window is closing.',
  },
  {
    kind: 'hype',
    pattern: `\\b(?:secure|lock in|lock|reserve|grab|claim|snag)${gap(30)}\\b(?:before|while) (?:it's gone|its gone|they're gone|theyre gone|it lasts|they last|supplies last|the (?:price|offer|deal|discount|rate) (?:goes|expires|ends|changes|disappears)|prices? (?:go|rise|increase)|they run out|it runs out|we sell out|they sell out|you lose|someone else)`,
    example: 'Grab your seat before they run out.',
  },
];

/**
 * The customer's own contract or renewal dates, stated as facts: reminding them is service.
 * "Your current contract renews on March 31, so we have time to review options."
 */
export const OWN_CONTRACT_DATES: Signal[] = [
  {
    pattern: `\\b(?:your|ur|the) (?:current |existing |annual |existing annual )?(?:contract|subscription|licen[cs]es?|renewal|plan|term|agreement|support (?:contract|plan)|order|trial)${gap(30)}\\b(?:renews?|renewal|expires?|ends?|runs? out|is up|comes? up|lapses?|auto-?renews?|is due)\\b`,
    example: 'Your current contract renews on March 31, so we have time to review options.',
  },
];

/**
 * Talking about fake urgency rather than using it: "We don't do fake deadlines", "emails
 * that scream 'last chance'".
 */
export const DISCUSSING_URGENCY: Signal[] = [
  {
    pattern:
      "\\b(?:fake|false|artificial|manufactured|made-up|invented|phony|phoney|bogus) (?:urgency|scarcity|deadlines?|pressure|countdowns?)\\b|\\bpressure (?:tactics?|selling)\\b|\\b(?:e-?mails?|subject lines?|vendors?|salespeople|sales reps?|marketers?|messages?|tactics?|gimmicks?|ads?) (?:that|which|who|with) (?:scream|shout|say|use|push|claim|promise|rely on|yell)\\b",
    example: 'We will never send you fake urgency.',
  },
];

/** Mass mail: the body carries an unsubscribe or view-in-browser footer. */
export const NEWSLETTER: Signal[] = [
  {
    pattern:
      "\\bunsubscribe\\b|\\bmanage (?:your )?(?:email |subscription |mailing )?preferences\\b|\\bview (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser\\b|\\byou(?:'re| are) receiving this (?:e-?mail|message|newsletter)\\b|\\bupdate your (?:subscription|email preferences)\\b",
    example: 'Click here to unsubscribe.',
  },
];

/**
 * Pressure words in a subject line, as the sender writes them: "URGENT: ...", "[Action
 * required]", "Last chance - 20% off", "Time-sensitive: pricing".
 */
export const URGENT_SUBJECT: Signal[] = [
  {
    pattern:
      "\\b(?:urgent(?:ly)?|time[- ]sensitive|time[- ]critical|act now|act fast|last chance|final chance|final notice|don't miss(?: out)?|dont miss(?: out)?|hurry|limited[- ]time(?: offer| only| pricing| deal)?|ending soon|ends (?:today|tonight|soon|friday|tomorrow)|expires (?:today|tonight|soon|tomorrow|friday)|expiring soon|(?:immediate |urgent )?(?:action|response|reply|attention|decision) (?:required|needed|requested|necessary)|immediate (?:action|attention|response)|respond immediately|(?:reply|respond|response|answer|decision) (?:needed |required )?(?:by |before )?(?:eod|today|tonight)|asap|today only|only \\d+ (?:spots|seats|places|slots) left|now or never|prices? (?:go(?:es)? up|increas(?:e|es|ing)))\\b",
    example: 'URGENT: your Q3 pricing',
  },
];
