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
