import { gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * In the draft, in the sender's own words: the no is taken on board. A draft that says one of
 * these is closing the conversation, not selling on. Each example must match its pattern.
 */
export const ACKNOWLEDGEMENT: Signal[] = [
  // "Understood", "Fair enough", "No worries", "Makes sense"
  {
    pattern: "\\b(?:understood|noted|fair enough|no worries|no problem|not a problem|no hard feelings|totally fine|(?:that )?makes (?:total |complete |perfect )?sense)\\b",
    example: "Understood, I've removed you from our list.",
  },
  // "I completely understand", "we respect that", "I appreciate you letting me know"
  {
    // Not objection handling: "I understand your concern" is the opening of a rebuttal.
    pattern:
      "\\b(?:i|we)(?: totally| completely| fully| absolutely| really| do)? (?:understand|respect|appreciate)\\b(?! (?:your|the|that) (?:concerns?|hesitation|worry|worries|point|frustration|s[ck]epticism|reservations?|objections?|doubts?))",
    example: 'I completely understand, and I appreciate the straight answer.',
  },
  {
    pattern: '\\brespect(?:ing)? (?:that|this|it|your (?:decision|choice|time|wishes|answer|position))\\b',
    example: 'Totally respect that.',
  },
  {
    pattern: "\\b(?:really |truly |much )?appreciate(?:d)? (?:you|your|the) (?:letting|telling|getting back|taking the time|(?:honest |quick |clear |candid )?(?:reply|answer|response|honesty|candou?r|heads[- ]up))",
    example: 'Appreciate you letting me know.',
  },
  { pattern: "\\b(?:totally|completely|perfectly|that's|thats|that is|very) fair\\b", example: "That's fair, thanks Omar." },
  // "Thanks for letting me know", "thank you for the honest reply", "thanks for being upfront"
  {
    pattern:
      "\\bthanks?(?: you)?(?: so much| again| a lot)? for (?:letting (?:me|us) know|the (?:honest |quick |clear |candid |straight |kind )?(?:reply|answer|response|update|heads[- ]up|feedback|note)|getting back|(?:your|the) (?:honest |quick |clear |candid )?(?:reply|answer|response|honesty|candou?r|feedback|time)|being (?:so )?(?:clear|honest|upfront|direct|straight|candid))",
    example: 'Thanks for letting me know.',
  },
  // "I've removed you from our list", "you've been unsubscribed", "you're off our list"
  {
    pattern:
      "\\b(?:i've|ive|i have|we've|weve|we have|i|we|i'll|i will|we'll|we will)(?: just| now| already| gone ahead and| go ahead and)? (?:removed?|taken|take|deleted?|unsubscribed?|dropped|drop|marked) (?:you|your (?:email|address|details|name|contact)|you guys|your team)\\b",
    example: "I've removed you from our mailing list.",
  },
  {
    pattern: "\\byou(?:'ve| have)? been (?:removed|unsubscribed|taken off|opted out)\\b",
    example: 'You have been removed from all our sequences.',
  },
  {
    pattern: "\\byou(?:'re| are|re) (?:now )?(?:off|removed from|out of) (?:our|the|my|all)\\b",
    example: "You're off our list now.",
  },
  // "I won't reach out again", "you won't hear from me", "I'll stop emailing", "I'll leave it there"
  {
    pattern:
      "\\b(?:i|we) (?:won't|wont|will not|shall not|am not going to|are not going to|'m not going to)(?: be)?(?: reach(?:ing)? out| contact(?:ing)?| email(?:ing)?| follow(?:ing)? up| bother(?:ing)?| messag(?:e|ing)| writ(?:e|ing)| call(?:ing)?| trouble)",
    example: "No problem, I won't reach out again.",
  },
  {
    pattern: "\\byou (?:won't|wont|will not) (?:hear from|get (?:any )?(?:more|further) (?:emails|messages))",
    example: "You won't hear from me again.",
  },
  {
    pattern: "\\b(?:i'll|ill|i will|we'll|we will) (?:stop|leave (?:it|things|you) (?:there|be|alone)|close (?:the loop|your file|this out|things out)|step back|back off)\\b",
    example: "I'll leave it there.",
  },
  // "Sorry for the noise", "apologies for bothering you"
  {
    pattern: '\\b(?:sorry|apologies|my apologies) (?:for (?:the (?:noise|intrusion|interruption|bother|spam)|bothering|troubling|the repeated|reaching out|the emails)|to (?:have )?bother)',
    example: 'Apologies for bothering you.',
  },
  // "Best of luck with the rollout", "wish you all the best with the new system"
  {
    pattern: '\\b(?:best of luck|good luck|all the best|wish(?:ing)? you (?:all )?(?:the best|luck|well|success)) (?:with|in|on|for)\\b',
    example: 'Best of luck with the new platform.',
  },
];

/**
 * Still in the draft: moves that push past the no even after acknowledging it
 * ("Understood, but before you rule us out..."). Any of these means the draft keeps selling.
 */
export const PUSH_PAST_NO: Signal[] = [
  // Asking them to think again
  {
    pattern: '\\b(?:would|could|will|might|can) you (?:be (?:willing|open) to )?(?:reconsider|rethink|revisit|give (?:us|it|me) (?:another|a second|one more|a) (?:look|chance|shot|try)|take (?:another|a second|one more) look)',
    example: 'Would you reconsider if we matched their price?',
  },
  { pattern: '\\breconsider(?:ing)?\\b', example: 'Is there anything that would make you consider reconsidering?' },
  { pattern: '\\b(?:(?:(?:i|we) (?:can|could|might|may)|(?:can|could|might|may) (?:i|we))(?: still)?|to|hope to|try to) change your mind\\b', example: 'Maybe I can still change your mind.' },
  // "before you rule us out", "before you close the door"
  {
    pattern: '\\bbefore you (?:decide|go|close|rule|write|make|commit|sign|finali[sz]e|move on|dismiss|walk away|say no|pass)',
    example: 'But before you rule us out completely, have you seen our new module?',
  },
  // "one last thing", "one more idea", "last chance"
  { pattern: '\\bone (?:last|final|more) (?:thing|chance|try|look|idea|point|option|offer)\\b', example: 'One last thing: our spring offer ends Friday.' },
  { pattern: '\\blast chance\\b', example: 'This is your last chance to lock in 2025 pricing.' },
  // "That said, ...", "Having said that", "however, our..."
  { pattern: '\\b(?:that|having) said(?: that)?\\b', example: 'That said, our platform is different from what you have seen.' },
  { pattern: '\\bhowever,? (?:i|we|our|it|this|there|if|many|most|a lot)\\b', example: 'However, many teams find that our tool pays for itself.' },
  { pattern: `\\bbut (?:before|have you|did you|what if|just|i (?:really |still )?(?:think|believe|wanted)|we (?:really |still )?(?:think|believe)|our|if you (?:gave|give|took|take|tried|try))`, example: 'Noted, but have you seen what our AI features do now?' },
  // "are you sure", "still worth a look", "I still think"
  { pattern: '\\bare you (?:sure|certain)\\b', example: 'Are you sure? Most of your competitors already use us.' },
  { pattern: '\\b(?:still|really) (?:worth|think|believe|recommend|feel)\\b', example: 'I still think it could be worth a look.' },
  // Offers and pitches: "special discount", "let me show you"
  { pattern: '\\b(?:special|exclusive|one-time|one time|limited[- ]time|extra) (?:offer|discount|pricing|deal|price|rate)\\b', example: 'I can offer you a special discount this month.' },
  { pattern: '\\bdiscount\\b', example: 'We could do a 20% discount for the first year.' },
  { pattern: `\\blet me (?:quickly |just |briefly )?(?:send|share|show|walk|offer|give|explain)${gap(10)}\\b`, example: 'Let me show you what you would be missing.' },
  // Asking for the meeting anyway: "a quick call", "worth a look", "15 minutes"
  {
    pattern: '\\b(?:(?:quick|short|brief) (?:call|chat|demo|meeting|look)|(?:hop|jump) on a (?:quick |short )?call|(?:worth|open to) a (?:quick |short |brief )?(?:call|chat|look|demo|conversation)|\\d{1,2} minutes (?:of your time|next week|this week))\\b',
    example: 'No problem. Would you be open to a quick call next quarter instead?',
  },
  // Asking for a referral instead: "could you forward this to a colleague", "who else should I talk to"
  {
    pattern: '\\b(?:forward|pass|send|share) (?:this|it|my (?:email|note|message))(?: on| along)? to (?:a|your|the|any) (?:colleague|team|manager|boss|person)|\\bwho (?:else|would be the (?:right|best) (?:person|contact))|\\bsomeone else (?:on|in|at) your\\b',
    example: 'Maybe you can forward this to a colleague in purchasing?',
  },
  { pattern: "\\b(?:you(?:'re| are|re) missing|you(?:'d| would) be missing|miss out)\\b", example: "I'd hate for you to miss out." },
  // "But I did want you to see this", "but maybe we can find a way", "but I'm not sure the full picture..."
  {
    pattern: "\\bbut (?:i|we)(?: really| still| just| also| honestly)? (?:did |do |would |'d )?(?:want(?:ed)?|think|thought|believe|feel|hope|wonder(?:ed)?)\\b",
    example: 'Understood, but I did want you to see one more thing.',
  },
  {
    pattern: "\\bbut (?:maybe|perhaps|what if|if|have you|did you|i'm not sure|i am not sure|im not sure|i don't think|i dont think|(?:we|i) (?:could|can|might))\\b",
    example: 'I understand about the budget, but maybe we can spread the cost.',
  },
  // Still selling: proof, offers to prepare something, asks for their view or their time
  { pattern: '\\b(?:case stud(?:y|ies)|success stor(?:y|ies)|testimonials?)\\b', example: 'Here is a case study from a shop like yours.' },
  {
    pattern: "\\b(?:i|we) (?:can|could|will|'ll) (?:quickly |easily |still )?(?:prepare|put together|draw up|send (?:you|over)|offer you|set up|arrange|walk you|show you|run the numbers)\\b",
    example: 'I can prepare an offer for you tomorrow.',
  },
  { pattern: "\\bwhat do you think\\b|\\bany thoughts\\b|\\bwould (?:that|this|it) change\\b", example: 'What do you think?' },
  {
    pattern: "\\b(?:i'd|i would|we'd|we would) (?:welcome|love|appreciate|like|value) (?:\\d+|five|ten|fifteen|twenty|thirty|a few|a (?:quick |short |brief )?(?:call|chat|conversation|minutes|word|meeting))\\b|\\b(?:\\d{1,2}|five|ten|fifteen|twenty|thirty) (?:more )?(?:minutes|mins?)\\b",
    example: "I'd welcome 20 minutes with you directly.",
  },
  // Going around them: "I've copied Alan here so he has it", "figured it couldn't hurt"
  {
    pattern:
      "\\b(?:i've|i have|ive|i'm|i am|im|i)(?: also| just| now)? (?:copied|cc'?d|cc'?ing|copying|looped in|looping in|added|forwarded (?:this|it) to)\\b(?! you\\b)|\\b(?:couldn't|could not|can't|cannot|wouldn't|won't) hurt\\b",
    example: "I've copied Alan here so he has the numbers early.",
  },
  // "make sure it was properly considered", "I'm not sure the full picture came across"
  { pattern: '\\b(?:properly|fully|really|carefully) (?:considered|evaluated|weighed|looked at)\\b|\\bfull picture\\b', example: 'I want to make sure it was properly considered.' },
];

/**
 * In the recipient's latest message: they still want something, so the no narrows the offer
 * rather than ending the conversation ("not interested in the add-on, but can you quote the
 * core platform?", "not a long lease, but a sublet could work", "sure, send me something to read").
 */
export const OPENING: Signal[] = [
  {
    pattern:
      '\\b(?:can|could|would|will) you (?:please |also |just )?(?:send|quote|share|email|e-mail|give|price|do|provide|tell|forward|put together|offer|include|make|check|confirm|recommend|suggest)\\b',
    example: 'We are not interested in the add-on, but can you quote the core platform?',
  },
  {
    pattern: "(?<!\\b(?:not|n't|nt|stop|never|no need to|no need|don't|dont) (?:please )?)\\b(?:send|email|e-mail|forward|mail) (?:me|us|over)\\b(?! (?:any|anything|more|further|again)\\b)",
    example: 'Sure, send me something to read.',
  },
  {
    pattern: `\\bbut (?:a|an|the|maybe|perhaps|something|we(?:'d| would)|i(?:'d| would))${gap(40)}\\b(?:could|would|might|may) (?:work|suit|fit|be (?:of )?interest|be (?:useful|helpful|worth))`,
    example: 'Not a long lease, but a short sublet could work.',
  },
  {
    pattern: "\\b(?:we(?:'d| would)|i(?:'d| would)) (?:still )?(?:be )?(?:interested in|open to|happy to (?:look at|consider|see|read|hear))\\b",
    example: "Not the full suite, but we'd be open to the reporting module.",
  },
];

/**
 * In a message someone other than the sender wrote: no meeting, call or invite for now. A draft
 * that books one anyway has not listened. Each example must match.
 */
export const NO_MEETING: Signal[] = [
  {
    pattern:
      "\\b(?:don't|dont|do not|doesn't|doesnt|does not|won't|wont|will not|can't|cant|cannot|can not) (?:really )?(?:have |got )?(?:the |any )?(?:time|bandwidth|capacity|room|space) for (?:a|any|another|more|the) (?:\\w+ )?(?:calls?|meetings?|demos?|walk-?throughs?|chats?|presentations?)\\b",
    example: "Please just email me the pricing. I don't have time for a call right now.",
  },
  {
    pattern:
      '\\bnot (?:looking|interested in|ready|in a position|up) (?:for |to (?:do|take|book|have|join) )?(?:a |any |another )?(?:call|meeting|demo|walk-?through|presentation|sales call|discovery call)s?\\b',
    example: 'Not looking for a demo at this stage.',
  },
  {
    pattern:
      "\\b(?:don't|dont|do not|please don't|please do not|no need to) (?:send|book|schedule|set up|put|add) (?:me |us )?(?:an? |any |the )?(?:calendar )?(?:invites?|invitations?|meetings?|calls?|demos?|time|anything in)\\b",
    example: "Please don't send me an invite until I've spoken to our CFO.",
  },
  {
    pattern:
      "\\b(?:not|isn't|isnt|aren't|arent|is not|are not|no longer) (?:taking|accepting|doing|booking) (?:any )?(?:new )?(?:vendor|sales|supplier|external)? ?(?:meetings|calls|demos|appointments)\\b",
    example: "He isn't taking vendor meetings this quarter.",
  },
  {
    pattern: '\\b(?:no|without (?:a|any)) (?:calls?|meetings?|demos?)(?: (?:please|needed|necessary|required))?(?=[,.!;]| please| needed| necessary)',
    example: 'Email is fine, no calls please.',
  },
];

/** In the draft: booking or pressing for the meeting they turned down. */
export const BOOKS_MEETING: Signal[] = [
  {
    pattern: `\\b(?:scheduled|booked|set up|sent(?: (?:you|over))?|grabbed|blocked|reserved|put|putting|sending|booking|scheduling|added)${gap(25)}\\b(?:call|meeting|demo|walk-?through|invite|invitation|slot|session|time on|(?:\\d+|fifteen|thirty|twenty) minutes)\\b`,
    example: "I've scheduled a 45-minute discovery call for Monday at 10.",
  },
  {
    pattern: "\\b(?:i'll|i will|let me|i can|i'd like to|we'll) (?:give you a (?:quick )?(?:call|ring|buzz)|call you|ring you|stop by|drop by|swing by|hop on a call)\\b",
    example: "I'll give you a quick call Thursday at 11.",
  },
  {
    pattern: "\\b(?:quicker|easier|faster|better) (?:to (?:go through|walk through|discuss|explain|do) (?:it|this|them) )?(?:live|on a call|over the phone|by phone|in person)\\b",
    example: "It's honestly quicker to go through it live.",
  },
];

/**
 * In the recipient's latest message, after their no: questions that are not really questions
 * ("why do you keep emailing me?"). Answering these is no licence to keep selling.
 */
export const RHETORICAL_QUESTION: Signal[] = [
  { pattern: "\\bwhy (?:do|are|did|would|does|have|is) (?:you|your|i|this|these)\\b", example: 'Why do you keep emailing me?' },
  { pattern: '\\bhow did you (?:get|find)\\b', example: 'How did you get my address?' },
  { pattern: '\\bwho (?:gave|sold|shared|told)\\b', example: 'Who gave you my number?' },
  { pattern: "\\b(?:is|was) that (?:clear|understood)\\b", example: 'Is that clear?' },
  { pattern: "\\b(?:what|which) part of\\b", example: 'What part of no is unclear?' },
];
