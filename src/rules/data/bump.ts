import { gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * An earlier message of the sender's, as a bump points at it: "my last email", "my note below",
 * "the email I sent", "the below". Plural "notes" is left out on purpose: "my notes from the
 * workshop" is content, not a nudge.
 */
const MAIL = "(?:e-?mails?|mails?|note|messages?|msgs?|voice ?mails?|inmails?|outreach|linkedin messages?|(?:calendar |meeting )?invit(?:e|ation)s?)";
const EARLIER = '(?:last|previous|prior|earlier|recent|original|first|initial|other|past|few|two|three|several|many)';
export const PRIOR_MAIL =
  `(?:my (?:${EARLIER} )?${MAIL}\\b|the (?:${EARLIER}) ${MAIL}\\b|the (?:e-?mails?|note|messages?) (?:below|i sent|i've sent|ive sent|i shared|i left)\\b` +
  `|the below(?:\\s+(?:e-?mail|note|message|thread)\\b|(?=\\s*(?:[.,;:!?)]|$|(?:in|for|as|again|so|and|to|just|once|here|with|from|please)\\b)))` +
  '|(?:this|my|the) (?:thread|e-?mail|note|message) below\\b)';

/**
 * A past "not": "haven't", "havent", "have not", "I've not" (its "ve not" starts a word for \b), "didn't", "never". Present tense is
 * left out on purpose: "if I don't hear back, no worries" respects silence.
 */
const NOT_PAST =
  "(?:(?:still )?(?:haven't|havent|have not|ve not|hadn't|hadnt|had not|has not|hasn't)(?: yet)? (?:heard|had|received|gotten|got)|(?:didn't|didnt|did not|never|not having|still not|yet to)(?: yet)? (?:hear|heard|get|got|receive|received|have|had))";
/** Not someone else's silence: "heard back from our legal team" is news, not a bump. */
const NOT_FROM_OTHERS = "(?!(?:\\s+yet)?\\s+from\\s+(?!you\\b|your\\b|u\\b|ya\\b))";

/**
 * Phrases that point at the recipient's silence or at the sender's own unanswered mail.
 * Each is a bump wherever it appears. Each example must match its pattern.
 */
export const BUMP: Signal[] = [
  // "Just bumping this to the top of your inbox", "bump!", "floating this back up", "resurfacing this"
  {
    pattern: "\\bbumping(?! into| against| up against| heads)\\b",
    example: 'Just bumping this to the top of your inbox.',
  },
  {
    pattern: '\\bbump(?:ed)?(?: on| up)? (?:this|it|my|the (?:thread|e-?mail|note))\\b',
    example: 'Quick bump on this, Karen.',
  },
  {
    pattern:
      '\\b(?:float|resurfac|bring|push|mov|nudg|pop|send)(?:e|es|ed|ing|s)? (?:this|it|my (?:e-?mail|note|message)|this (?:e-?mail|thread|note|message|one)) (?:back )?(?:up|to the top|again|back to you)\\b',
    example: 'Floating this back up in case it got buried.',
  },
  {
    pattern: '\\bresurfacing (?:this|my|the)\\b',
    example: 'Resurfacing this for you.',
  },
  {
    pattern: '\\b(?:to|at|on) (?:the )?top of (?:your|ur|yr) (?:inbox|mailbox|emails|list)\\b',
    example: 'Moving this to the top of your inbox.',
  },

  // "Did you get my last email?", "did you see my previous note", "have you had a chance to read my email"
  {
    pattern: `\\b(?:did|have|had) (?:you|u)(?: (?:get|have|had|got) a chance to)? (?:get|see|receive|read|catch|look at|review|open|seen|received|gotten|got|caught|looked at|reviewed|opened)${gap(25)}\\b${PRIOR_MAIL}`,
    example: 'Did you get my last email?',
  },
  // "Not sure if you saw my note", "in case you missed my email", "wanted to make sure you got my message"
  {
    pattern: `\\b(?:you|u)(?:'ve| have| had)? (?:saw|seen|got|gotten|received|caught|missed|may have missed|might have missed|(?:had|get|got|have had) a chance to (?:see|read|review|look at|open))${gap(25)}\\b${PRIOR_MAIL}`,
    example: 'Not sure if you saw my previous note.',
  },

  // "Circling back on my email below", "following up on my previous email", "resending the below"
  {
    pattern: `\\b(?:follow(?:ing|ed)?[- ]?up|circl(?:e|ing|ed) back|check(?:ing|ed)? (?:back|in)|touch(?:ing)? base|ping(?:ing)?(?: you)?|nudg(?:e|ing)(?: you)?|re-?send(?:ing)?|forward(?:ing)? (?:again|once more)|revisit(?:ing)?|com(?:e|ing) back|reach(?:ing)? out again|writing again|re-?sharing)${gap(30)}\\b${PRIOR_MAIL}`,
    example: 'Circling back on my email below.',
  },
  {
    pattern: `\\b(?:re-?send(?:ing)?|re-?forward(?:ing)?|forwarding) (?:you )?${PRIOR_MAIL}`,
    example: 'Resending my previous email in case it went to spam.',
  },

  // "Any update on my last email?", "any thoughts on the below?"
  {
    pattern: `\\bany (?:updates?|thoughts|news|word|feedback|response|reply|luck)${gap(15)}\\b(?:on|about|re|regarding|to|with) ${PRIOR_MAIL}`,
    example: 'Any update on my last email?',
  },

  // "I haven't heard back from you", "since I didn't hear back", "not having heard from you"
  {
    pattern: `\\b${NOT_PAST}(?: anything)? back${NOT_FROM_OTHERS}`,
    example: "I haven't heard back from you.",
  },
  {
    pattern: `\\b${NOT_PAST}(?: anything| a word| a peep)? from (?:you|u|your (?:side|end|team))\\b`,
    example: "Since I didn't hear from you, I thought I'd try again.",
  },
  {
    pattern: `\\b${NOT_PAST}(?: back)? (?:a|any|an) (?:reply|response|answer|word)\\b${NOT_FROM_OTHERS}`,
    example: "I haven't received a reply yet.",
  },
  {
    pattern: '\\b(?:no|without (?:a|any)) (?:reply|response|answer|word) (?:from you|yet|so far|to (?:my|any of my))\\b',
    example: 'Still no reply from you, so I thought I would try again.',
  },

  // "You haven't responded to my emails", "you never got back to me"
  {
    pattern:
      "\\b(?:you|u)(?:'ve| have)?(?: still)? (?:haven't|havent|have not|hadn't|had not|didn't|didnt|did not|never)(?: yet| had a chance to| got a chance to| been able to| managed to)? (?:respond|repl|answer|got(?:ten)? back|get back|write back|wrote back|acknowledg)\\w*",
    example: "You haven't responded to my emails.",
  },
  {
    pattern: "\\b(?:you(?:'ve| have)? been|you're|you are) (?:ignoring|avoiding) (?:me|my)\\b",
    example: "I feel like you've been ignoring my emails.",
  },

  // "I've reached out several times", "I've tried to reach you a few times", "this is my third email"
  {
    pattern: `\\b(?:i|we)(?:'ve| have|ve)?(?: now| already| also)? (?:reached out|emailed|e-mailed|written|wrote|called|messaged|pinged|contacted|followed up|left (?:you )?(?:messages|voicemails)|tried (?:to reach|reaching|to contact|contacting|to get (?:a )?hold of|getting (?:a )?hold of|to connect with|connecting with|to get through to))${gap(20)}\\b(?:several|a few|a couple of|a couple|multiple|many|numerous|a number of|\\d+|two|three|four|five|a bunch of|a handful of) (?:times|occasions|attempts|e-?mails|messages|voicemails)\\b`,
    example: "I've reached out several times about this.",
  },
  // "I've left you a couple voicemails", "we sent you three emails last week"
  {
    pattern:
      "\\b(?:i|we)(?:'ve| have|ve)?(?: now| already| also)? (?:left|sent) (?:you )?(?:several|a few|a couple(?: of)?|multiple|many|numerous|a number of|a bunch of|a handful of|\\d+|two|three|four|five) (?:voice ?mails|messages|e-?mails|notes|texts|follow[- ]?ups)\\b",
    example: "Ive left you a couple voicemails this week.",
  },
  // "I haven't been able to connect with you", "we have not been able to reach you"
  {
    pattern:
      "\\b(?:i|we)(?:'ve| have|ve)?(?: still)? (?:haven't|havent|have not|hadn't|had not|wasn't|was not|weren't|were not) (?:been )?able to (?:connect|reach you|get (?:a )?hold of you|get through to you|catch you|pin you down)\\b",
    example: "I haven't been able to connect, so I'm trying email again.",
  },
  {
    pattern:
      '\\bthis is (?:my|our|the) (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th) (?:e-?mail|attempt|try|message|note|time (?:reaching out|writing|emailing|following up)|follow[- ]?up)\\b',
    example: 'This is my third email on this topic.',
  },
  {
    pattern:
      '\\b(?:after|despite) (?:several|multiple|many|numerous|a few|a couple of|repeated|\\d+|two|three|four|my (?:many|several|repeated|previous|last)) (?:e-?mails|attempts|messages|tries|calls|voicemails|follow[- ]?ups|notes)\\b',
    example: 'Despite several emails, we have not connected.',
  },

  // "In case this got buried in your inbox", "in case my email slipped through the cracks"
  {
    pattern: `\\b(?:buried|lost|drowned|sunk|swamped)(?: in| under| among| at the bottom of)${gap(20)}\\b(?:inbox|e-?mails|mail|mailbox)\\b`,
    example: 'In case this got buried in your inbox, here it is again.',
  },
  {
    pattern: `\\b(?:in case|incase|maybe|perhaps|may have|might have|if)${gap(25)}\\bslipped (?:through the cracks|past you|by you|through)`,
    example: 'In case my email slipped through the cracks, I am sending it again.',
  },
];

/**
 * Generic follow-up words that are only a bump when the sender's last message still has no
 * answer (ctx.thread.unansweredInARow > 0): "Just following up.", "Circling back on this",
 * "Any update?". "Following up on our call yesterday" is left alone: it names a real exchange.
 */
export const BUMP_WHEN_UNANSWERED: Signal[] = [
  {
    pattern:
      '\\b(?:just |quickly |gently |kindly )?(?:follow(?:ing)?[- ]?up|circl(?:e|ing) back|check(?:ing)? back|touch(?:ing)? base|ping(?:ing)?(?: you)?)(?: (?:on|re|regarding|about|with you on) (?:this|that|the (?:above|below)|here)\\b| (?:here|again|once more)\\b|(?= ?[.!,;:?\\n-]|$)| to see (?:if|whether) you)',
    example: 'Just following up on this.',
  },
  {
    pattern: '\\bany (?:updates?|thoughts|news|word|feedback)(?: (?:on|about|re|regarding) (?:this|that|the (?:above|below)))?(?: here| yet| at all)?\\s?\\?',
    example: 'Any update?',
  },
];

/** A follow-up that corrects or completes the sender's own mail: "I forgot to attach the file". */
export const OWN_CORRECTION: Signal[] = [
  {
    pattern:
      "\\b(?:forgot|forgotten|correction|correcting|typo|left out|omitted|meant to (?:attach|include|add)|should have (?:attached|included|said)|missed (?:attaching|including|adding)|wrong (?:file|attachment|link|figure|number|date|price))\\b",
    example: 'Following up on my email from this morning: I forgot to attach the case study.',
  },
];

/**
 * The silence belongs to someone else: "we haven't heard back from him", "despite several attempts
 * to reach Dr. Patel", "I've tried to meet with her". Read around a bump phrase, in a note to a
 * manager or colleague about that person; such a note is not a nudge to the person who was silent.
 * Names are checked for a capital by the rule; these are the pronoun forms.
 */
export const SOMEONE_ELSE: Signal[] = [
  {
    pattern:
      "\\b(?:from|with|reach|reaching|contact|contacting|call|called|calling|email|emailed|emailing|chase|chasing|connect with|hold of|through to) (?:him|her)\\b|\\b(?:he|she) (?:hasn't|has not|hasnt|hadn't|had not|didn't|did not|never|won't|will not|isn't|is not)\\b",
    example: "We haven't been able to hear back from him since the second week.",
  },
];
