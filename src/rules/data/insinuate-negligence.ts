import { gap } from './vocab';
import type { Signal } from './thread-signals';

/** "you", "your team", "your company": the recipient as the subject. */
const YOU = "(?:you|u|your (?:team|company|business|firm|org|organi[sz]ation|department|dept|people|ops team|finance team|company's))";

/** Words that turn a savings figure into a reproach: "so much", "if only", "all this time". */
const REPROACH =
  "(?:so much|so many|a lot|a fortune|thousands|millions|a ton|tons|loads|heaps|huge|if only|right now|already|by now|all this time|all along|this whole time|for years)";

/**
 * Before STILL_ON_OLD_WAYS or FALLING_BEHIND: a hypothetical ("if you're still using
 * spreadsheets, here is a template") is an offer. Checked by the rule on the words before the match.
 */
export const HYPOTHETICAL_BEFORE = '\\b(?:if|when|whether|once|unless|in case) $';

/** What "could be saving" counts: a figure the customer asked for is service, see ASKED_FOR_FIGURES. */
export const COUNTERFACTUAL_SAVINGS: Signal[] = [
  // "you could be saving so much money if only you'd switched"
  {
    pattern: `\\b${YOU}(?:'d| would| could| might| should)(?: already)? be (?:saving|making|earning|cutting|recovering|reclaiming)${gap(50)}\\b${REPROACH}\\b`,
    example: "You could be saving so much money if only you'd switched.",
  },
  // "you could have saved $40k last year", "you'd have already saved"
  {
    pattern: `\\b${YOU}(?:'d| would| could| might)(?: have|'ve|ve| of)(?: already)? (?:saved|made|earned|cut|avoided|recovered|prevented)\\b`,
    example: "You could've saved 40k last year.",
  },
];

/** Reproach in so many words: money lost, time wasted, irresponsibility, foolishness. */
const REPROACHES: Signal[] = [
  // "if only you'd switched", "had you switched last year"
  {
    pattern: `\\bif only ${YOU}(?:'d| had| would have| would've)? (?:switched|moved|signed|listened|acted|made the (?:switch|move|call)|gone with|chosen|bought|started|taken|upgraded|called)`,
    example: "If only you'd listened in March.",
  },
  {
    pattern: '\\b(?:had|if) you (?:only )?(?:switched|moved|signed|listened|acted|made the (?:switch|move)|upgraded)(?: to us| with us| over)? (?:sooner|earlier|last (?:year|quarter|month)|back then|when (?:i|we) (?:first )?(?:called|wrote|reached out|suggested|told you))',
    example: 'Had you switched last year, the outage would never have happened.',
  },
  // "you're leaving money on the table", "your team is burning cash on manual work"
  {
    pattern: `\\b(?:${YOU}(?:'re| are|re|'ve been| have been| is|'s| keep| continue to)?|u r)(?: still| currently| probably| likely| literally| basically| effectively| just| really| simply| clearly| essentially){0,2} (?:leaving|losing|burning|wasting|throwing away|throwing|bleeding|flushing|pouring|hemorrhaging|haemorrhaging|pissing away)(?: away)?(?: so much| a lot of| thousands of| thousands in| millions in| serious| real| good| precious| hours of| money)? (?:money|cash|revenue|dollars|euros|pounds|budget|time|hours|deals|margin|profit|leads|sales|\\$)`,
    example: "You're leaving money on the table.",
  },
  {
    pattern: `\\bleaving(?<=\\b(?:you|you're|you are|youre|your \\w{1,30} (?:is|are)|your \\w{1,30}'s|u r|u|stop|quit)(?: \\w{1,30})? leaving) (?:(?:so much|a lot of|serious|real|good|big|lots of|plenty of|huge amounts of|thousands of) )?(?:money|cash|revenue|dollars|deals|savings|value) on the table\\b`,
    example: 'Every month without it, you are leaving serious money on the table.',
  },
  // "every day you wait costs you", "the longer you wait, the more you lose"
  {
    pattern: "\\bevery (?:single )?(?:day|week|month|quarter|minute|hour|year) (?:that )?(?:you|your (?:team|company|business)) (?:wait|delay|hold off|put (?:this|it) off|hesitate|drag (?:your|their) feet)",
    example: 'Every day you wait costs you.',
  },
  {
    pattern: `\\bevery (?:single )?(?:day|week|month|quarter|minute|hour|year) (?:that )?(?:you|your (?:team|company|business)) (?:stay|stick|go without|continue|keep|spend|don't|do not|dont)${gap(50)}\\b(?:costs?|costing|lose|loses|losing|burns?|burning|wastes?|wasting|is money|is another)\\b`,
    example: 'Every month you stick with the old system costs you another 40 hours.',
  },
  {
    pattern: '\\bthe longer (?:you|your (?:team|company|business)) (?:wait|delay|hold off|put (?:this|it) off|stay|stick|keep|hesitate)',
    example: 'The longer you wait, the more you lose.',
  },
  {
    pattern: `\\bhow much (?:more )?(?:money |revenue |time |cash )?(?:are|is|will|can|do) (?:you|your \\w{1,30}) (?:willing to |going to |able to |prepared to |really )?(?:lose|losing|waste|wasting|burn|burning|leave|leaving|throw|throwing|afford to lose)\\b`,
    example: 'How much more are you willing to lose?',
  },
  // "you can't afford not to", "can you really afford to wait?"
  {
    pattern: `\\b(?:${YOU}|nobody|no one|no business|no company|no team)(?: simply| really| honestly| seriously| just)? (?:can't|cant|cannot|can not|couldn't|couldnt|could not) (?:really |honestly |seriously |simply )?afford (?:not to|to (?:wait|ignore|miss|delay|pass|keep|stay|lose|sit|skip|not))`,
    example: "Honestly, you can't afford not to.",
  },
  {
    pattern: `\\b(?:can|could) ${YOU} (?:really |honestly |seriously |truly )?afford (?:to (?:wait|ignore|miss|delay|pass|keep|stay|lose|sit|skip|not)|not to|another)`,
    example: 'Can you really afford to wait another quarter?',
  },
  // "it's irresponsible not to", "it would be negligent to ignore this", "it's a no-brainer"
  {
    pattern: "\\b(?:it's|it is|its|it'd be|it would be|it will be|that's|that is|that would be|would be|it seems|seems|frankly)(?: frankly| honestly| almost| simply| really| borderline| pretty| quite| just)? (?:irresponsible|negligent|reckless|crazy|insane|foolish|madness|silly|careless|short-?sighted|a mistake|a big mistake|a costly mistake|a missed opportunity|malpractice) (?:not to|to (?:not|ignore|wait|keep|stay|pass|miss|delay|continue|stick|let|leave|skip|overlook))",
    example: "It's irresponsible not to.",
  },
  {
    pattern: "\\b(?:it's|it is|its|this is|this should be|should be|that's|that is|it really is|it's really|it's honestly|it's just)(?: an?)? (?:absolute |total |complete |real |easy )?no[- ]?brainer\\b",
    example: "For a team your size, it's a no-brainer.",
  },
  {
    pattern: '\\bany (?:smart|sensible|savvy|serious|forward-thinking|forward thinking|responsible|reasonable|competent|rational|intelligent|sane) (?:\\w{1,30} ){0,2}(?:would|will|should|knows|is already|has already|understands)\\b',
    example: 'Any smart CFO would jump at this.',
  },
  // "what are you waiting for", "why are you still using spreadsheets", "not sure why you haven't switched"
  {
    pattern: "\\bwhat (?:are|r|is) (?:you|u|ya|y'all|you guys|your \\w{1,30}) (?:still |even |really )?waiting for\\b(?!\\s*(?:from|on|in|with|to|back|before|after|us|me|our|the|a|an|legal|approval|sign-?off)\\b)",
    example: 'So what are you waiting for?',
  },
  {
    pattern: `\\bwhy (?:on earth |in the world )?(?:are|would|do|is|does|r) (?:you|u|your \\w{1,30}) (?:still|even still|keep|continue to) (?:using|use|paying|pay|doing|do|running|run|relying|rely|stuck|putting up|put up|sticking|stick|on|with|wasting|waste|spending|spend|managing|manage|tracking|track|struggling|living|juggling|tolerating)\\b`,
    example: 'Why are you still paying for three tools?',
  },
  {
    pattern: "\\b(?:not sure|don't understand|dont understand|can't understand|cannot understand|can't see|cant see|wonder(?:ing)?|curious|puzzled|baffled|unclear) why (?:you|u|your \\w{1,30})(?: still)? (?:haven't|havent|hasn't|hasnt|have not|has not|wouldn't|would not|aren't|isn't|are still|is still|keep|continue|don't|dont|do not|doesn't|doesnt) (?:switched|moved|signed|upgraded|made the (?:switch|move)|acted|bought|using|relying|stuck|doing|taken|tried|jumped|already|yet)",
    example: "I'm not sure why you haven't switched yet.",
  },
  // "I'm surprised your team is still using spreadsheets"
  {
    pattern: `\\b(?:surprised|shocked|amazed|astonished|stunned|baffled|puzzled|floored|can't believe|cannot believe|cant believe|hard to believe)(?: that| to (?:see|hear|learn|find|notice)(?: that)?)? (?:you|u|your|ur)\\b${gap(40)}\\b(?:still|in 20\\d\\d|in this day and age|these days|nowadays)(?: \\w{1,30})? (?:using|on|doing|relying|running|working|managing|tracking|stuck|paying|juggling|with|handling|by hand|manually)\\b`,
    example: "I'm surprised your team is still using spreadsheets.",
  },
];

/** "You're still stuck with a legacy system": a fact, unless it is put as a failing. */
export const STILL_ON_OLD_WAYS: Signal[] = [
  // "you're still stuck with a legacy system", "your team is still doing it by hand"
  {
    pattern: `\\b(?:${YOU}(?:'re| are|re| is|'s)?|u r)(?: all| currently)? still (?:stuck (?:with|on|in)|using|relying on|on|running|doing|managing|tracking|living with|putting up with|wrestling with|juggling|paying for|clinging to|chained to|tied to|working (?:with|in|off))${gap(40)}\\b(?:spreadsheets?|excel|legacy(?! (?:plan|pricing|tier|licen[cs]es?|contract|rates?|prices?|package|bundle|subscription))|outdated|old-school|old school|ancient|paper|manual(?:ly)?|by hand|dinosaurs?|clunky|antiquated|archaic|home-?grown|the old way|stone age|dark ages|90s|nineties|pen and paper|fax)`,
    example: "You're still stuck with a legacy system.",
  },
  {
    pattern: `\\b(?:${YOU}(?:'re| are|re| is|'s)?|u r) (?:stuck|trapped|chained|living) (?:with|on|in) (?:an? |the |that |this |your )?(?:legacy|outdated|ancient|antiquated|archaic|clunky|old-school|dinosaur|stone-age|past|dark ages|stone age)`,
    example: 'Your team is stuck on an outdated CRM.',
  },
];

/** Competitors ahead, the reader behind. */
export const FALLING_BEHIND: Signal[] = [
  // "your competitors are already using this", "you're falling behind"
  {
    pattern: `\\b(?:${'(?:your|ur|yr)'}|of your|all of your|most of your|many of your|half (?:of )?your) (?:competitors?|competition|rivals?|competing \\w{1,30})(?: \\w{1,30}){0,2}? (?:are|is|have|has|were|'re|'ve|all|already)(?: all| now| already| quietly){0,2} (?:using|on|ahead|(?:moving|moved) (?:to|onto|off|over|ahead|away)|switched|switching|adopted|adopting|signed|doing|getting|winning|eating|onboard|on board|benefit{1,2}ing|seeing|taking|automating|automated|leaving|doing this|lapping|outpacing|running)\\b`,
    example: 'Your competitors are already using this.',
  },
  {
    pattern: `\\b(?:${YOU}(?:'re| are|re|'ll| will| is|'s)?(?: already| quickly| rapidly| going to| gonna| be| get| start| soon){0,2} (?:falling|fall|fell|being left|be left|get left|getting left|left|lagging|lag)|(?:don't|do not|dont) (?:get|be) left) behind\\b`,
    example: "Don't get left behind.",
  },
];

/** Who the reader answers to: "your board", "your CFO", "your investors", an examiner. */
const ABOVE_THEM =
  '(?:boss|bosses|manager|managers|management|leadership|leadership team|senior leadership|exec team|executive team|executives|execs|board|board of directors|directors|trustees|governors|committee|finance committee|audit committee|cfo|ceo|coo|cio|cto|ciso|president|chair|chairman|owners?|partners|investors|shareholders|stakeholders|auditors?|examiners?|regulators?|inspectors?|superiors?|head office|hq|parent company)';

/**
 * Surprise that they, their team or "a company your size" has not dealt with something. The
 * rule keeps these only when the sentence is about the reader (you, your, their company's name).
 */
export const SURPRISED_AT_THEM: Signal[] = [
  // "I'm surprised nobody on your team has caught this yet", "surprised a firm your size still does it by hand"
  {
    pattern: `\\b(?:surprised|surprising|shocked|shocking|amazed|astonished|astonishing|stunned|baffled|puzzled)(?: to (?:see|find|learn|hear|notice))?(?: that)? (?:nobody|no one|no-one|none of|(?:your|ur)\\b|(?:an?|the) (?:\\w+ )?(?:company|firm|team|business|organi[sz]ation|group|practice|bank|hospital|school|agency|operation|brand|shop|clinic|district|provider|department)(?: of| with)? (?:your|ur|that|this) (?:size|scale|stature|reputation)|(?:[\\w&'.-]{1,30} ){1,3}(?:has|have|is|are|was|were|did|does|hasn't|haven't|didn't|isn't)\\b)${gap(90)}\\b(?:hasn't|hasnt|has not|haven't|havent|have not|didn't|didnt|did not|isn't|is not|wasn't|not|still|yet|never|by hand|manually)\\b`,
    example: "Frankly, I'm surprised nobody on your finance team has caught this yet.",
  },
  // "A bit surprising, given the size of your IT department"
  {
    pattern: `\\b(?:surprising|surprised|shocking|odd|strange|unusual)\\b${gap(40)}\\b(?:given|for|considering)(?: the size of| how (?:big|large|well-resourced) | the scale of)? (?:your|ur|a (?:company|firm|team|business|group|organi[sz]ation|practice|bank|hospital)(?: of)? your (?:size|scale))`,
    example: 'A bit surprising, to be honest, given the size of your IT department.',
  },
  // "I'd have expected your IT provider to catch something this basic", "your auditors should have flagged it"
  {
    pattern: "\\b(?:i'd|i would|id|we'd|we would|i|we)(?: honestly| frankly| really| certainly)? (?:have |'ve |of )?(?:expected|assumed|thought) (?:your|ur) (?:[\\w-]{1,30} ){0,3}to (?:have )?(?:catch|caught|flag|flagged|spot|spotted|notice|noticed|fix|fixed|address|addressed|pick (?:this|it|that) up|picked (?:this|it|that) up|sort(?:ed)? (?:this|it) out|handle|handled|know|close|closed)\\b",
    example: "I'd have expected your current provider to catch something this basic.",
  },
  {
    pattern: "\\b(?:your|ur) (?:[\\w-]{1,30} ){0,3}(?:should|ought to|really should|surely should) (?:have|'ve) (?:caught|flagged|spotted|noticed|fixed|addressed|picked up|known|raised|sorted)\\b",
    example: 'Your security office should have flagged those shared passwords.',
  },
  // "hard to understand why your team accepts 11% downtime"
  {
    pattern: "\\b(?:difficult|hard|tough|impossible|hard-pressed) (?:for (?:me|us) )?to (?:understand|see|imagine|explain|believe) why (?:you|your|ur)\\b(?: [\\w-]{1,30}){0,3} (?:accepts?|accepted|tolerates?|tolerated|puts? up|lives? with|settles? for|still|keeps?|continues?|haven't|hasn't|have not|has not|would|allows?|lets?)\\b",
    example: "It's hard to understand why your team tolerates that much downtime.",
  },
  // "assume you're ok paying almost double what you need to"
  {
    pattern: "\\b(?:you(?:'re| are|re)?|your|ur|u r)(?: \\w{1,12})? (?:ok|okay|fine|happy|comfortable|content|alright|good) (?:with )?(?:paying|overpaying|spending|losing|wasting|burning)(?: \\w{1,12})? (?:almost |nearly |roughly |about |up to |way )?(?:double|twice|triple|three times|too much|over the odds|more than (?:you|your|necessary|needed)|what you (?:don't )?need|for nothing)",
    example: "I'll assume you're fine paying twice what you need to.",
  },
];

/** Nobody on their side has looked after it: said of their people, so always about the reader. */
export const NOBODY_ON_IT: Signal[] = [
  // "I'm guessing nobody on the marketing side has looked at these in a while"
  {
    pattern: "\\b(?:nobody|no one|no-one|none of (?:your|ur) \\w{1,30}) (?:on|in|at|from|across) (?:your|ur|the) (?:[\\w-]{1,30} ){0,2}(?:side|team|end|department|dept|office|staff|group|crew|function)(?: \\w{1,12})? (?:has|have|had|'s|is|was)(?: \\w{1,12})? (?:looked|checked|caught|noticed|flagged|reviewed|audited|spotted|touched|updated|opened|thought about|paid attention|on top of|watching|tracking|minding)\\b",
    example: "I'm guessing nobody on the finance side has checked these in a while.",
  },
  {
    pattern: "\\b(?:hasn't|hasnt|has not|haven't|havent|never|just hasn't|simply hasn't) (?:landed|made it|got|gotten|reached)(?: on| onto| to)? (?:anyone's|anybody's|someone's|somebody's|the right person's|the right) (?:desk|radar|list|plate)\\b",
    example: "I suspect it simply hasn't landed on anyone's desk yet.",
  },
  // "if someone on your side were willing to make it a priority"
  {
    pattern: "\\bif (?:only )?(?:someone|somebody|anyone|anybody|your team|your people|people) (?:on|at|in) (?:your|ur) (?:side|end|team|company|organi[sz]ation|org)(?: \\w{1,12})? (?:were|was|is|would be|got) (?:willing|prepared|ready|bothered|serious|keen|motivated) (?:to|about|enough)\\b",
    example: 'You could see the same, if someone on your side were willing to make it a priority.',
  },
];

/** The reader made to fear what their board, boss or an examiner will think of them. */
export const ANSWERABLE_ABOVE: Signal[] = [
  // "I'd be surprised if your CFO knew", "I'd be surprised if your leadership is aware"
  {
    pattern: `\\b(?:i'd|i would|id|we'd|we would|i'm|i am|i)(?: honestly| frankly| genuinely| really)? (?:be |'d be )?(?:surprised|shocked|amazed|astonished|curious|wonder)(?: to (?:learn|hear|find out))? (?:if|whether) (?:your|ur) (?:[\\w-]{1,30} ){0,2}${ABOVE_THEM} (?:knew|knows|know|is aware|are aware|was aware|were aware|realised|realized|realises|realizes|has seen|have seen|had seen|is happy|are happy|were happy|would be happy|signed off|would sign off|would approve|approved)\\b`,
    example: "I'd be surprised if your CFO knew that's where things stand.",
  },
  // "your management would certainly not be happy to know", "your board wouldn't be thrilled to learn"
  {
    pattern: `\\b(?:your|ur) (?:[\\w-]{1,30} ){0,2}${ABOVE_THEM} (?:would|will|might|may|wouldn't|won't|wouldnt|wont|could)(?: certainly| surely| definitely| probably| likely| really| not){0,2}(?: be)? (?:not (?:be )?)?(?:(?:un|dis)?(?:happy|pleased|thrilled|impressed|comfortable|glad)|upset|unhappy|displeased|alarmed|concerned|worried|angry|furious|embarrassed) (?:to (?:know|hear|learn|see|find out|discover)|knowing|hearing|learning|if|that|about)\\b`,
    example: "Your board wouldn't be thrilled to learn how much is lost this way.",
  },
  // "I'd hate for your board to discover", "I'd hate for you to be the one explaining to your investors"
  {
    pattern: `\\b(?:i'd|i would|id|we'd|we would)(?: \\w{1,12}){0,2} hate (?:for|to see|it if|to think)\\b[^.!?\\n]{0,100}?\\b(?:${ABOVE_THEM}|the answer|on (?:your|their|the [\\w']{1,30}) watch|passed over)\\b`,
    example: "I'd hate for your board to find out after the fact.",
  },
  // "If I sat on your board, I'd be asking why", "if I were your CFO"
  {
    pattern: `\\bif i (?:sat|were|was|served|worked) (?:on|in|for|at)? ?(?:your|ur) ${ABOVE_THEM}\\b`,
    example: "If I sat on your board, I'd be asking why this is still open.",
  },
  // "if an examiner pulled your files tomorrow, I'm not convinced they'd like what they found"
  {
    pattern: `\\bif (?:an?|the|your|ur) (?:[\\w-]{1,30} )?(?:examiner|auditor|regulator|inspector|assessor|investor|board member)s? (?:were to |ever |happened to )?(?:pulled|pull|looked|look|checked|check|asked|ask|reviewed|review|walked|came|showed|opened|open|audited|examined|inspected|dug|saw|see)\\b${gap(100)}\\b(?:not convinced|doubt|wouldn't|would not|won't|not sure|not like|unhappy|in trouble|trouble|not (?:be )?(?:pretty|good|great|happy|impressed))`,
    example: "If an auditor looked at your access logs tomorrow, I doubt they'd be impressed.",
  },
  // "Most ops leaders would be pretty uncomfortable knowing their drivers still use paper logs"
  {
    pattern: "\\b(?:most|any|many|plenty of|a lot of|every)(?: [\\w-]{1,20}){1,4} (?:would|'d|will)(?: \\w{1,12})? (?:be|feel)(?: pretty| quite| very| a bit| rather| really| deeply| more than a little)? (?:uncomfortable|nervous|alarmed|worried|embarrassed|horrified|concerned|uneasy|appalled|mortified) (?:knowing|to (?:know|learn|find|see|hear|discover))\\b",
    example: 'Most finance leaders would be pretty uneasy knowing their team still keys invoices by hand.',
  },
];

/** Phrases that insinuate the recipient is careless or foolish for not buying. Each example must match. */
export const INSINUATED_NEGLIGENCE: Signal[] = [
  ...COUNTERFACTUAL_SAVINGS,
  ...REPROACHES,
  ...STILL_ON_OLD_WAYS,
  ...FALLING_BEHIND,
  ...SURPRISED_AT_THEM,
  ...NOBODY_ON_IT,
  ...ANSWERABLE_ABOVE,
];

/**
 * The customer asked for the figure: "You asked what the savings might be". A savings figure
 * given in answer is service, not reproach.
 */
export const ASKED_FOR_FIGURES: Signal[] = [
  {
    pattern: "\\b(?:you|your team|your cfo|your boss) (?:asked|wanted to know|were asking|requested|wondered)(?: me| us)?(?: for| about| what| how much| whether| if)\\b",
    example: 'You asked what the savings might be.',
  },
  {
    pattern: '\\b(?:as|like) (?:you )?requested\\b|\\bper your (?:request|question|ask)\\b|\\bto answer your question\\b',
    example: 'As requested, here is the estimate.',
  },
];

/**
 * The sentence is about sales habits, not aimed at the reader: "Reps who tell prospects they're
 * leaving money on the table lose them", "lines like ... make buyers defensive".
 */
export const TALKING_ABOUT_SALES: Signal[] = [
  {
    pattern: "\\b(?:lines|phrases|openers|things|cliches?|clich\u00e9s?|messages|emails|pitches|tactics) like\\b|\\b(?:tell|telling|told|tells) (?:prospects|buyers|customers|clients|leads|people|them)\\b|\\b(?:stop|avoid|never|don't|do not|quit) (?:saying|writing|telling|using (?:lines|phrases))\\b|\\b(?:salespeople|sales reps|reps|vendors|sellers|sdrs|bdrs|sales teams?|cold emails|cold callers)(?: who)? (?:say|write|tell|use|claim|love|insist)\\b|\\bcliche|\\bclich\u00e9|\\bpushy\\b|\\bguilt-?trip",
    example: 'The worst cold emails tell prospects they are falling behind.',
  },
];

/** The author restates what the reader told them: "You mentioned you're still on spreadsheets". */
export const RESTATING_THEM: Signal[] = [
  {
    pattern: "\\b(?:you|your team) (?:mentioned|said|told (?:me|us)|shared|noted|explained|wrote|described|let (?:me|us) know)\\b",
    example: "You mentioned you're still on spreadsheets for rota planning.",
  },
];
