import type { Signal } from './thread-signals';

/**
 * Phrases that push the vendor's internal boundaries onto the customer: "not my department",
 * "open a ticket with support", "contact billing directly". Each example must match its pattern.
 */

/** "I'm", "im", "I am". */
const I_AM = "(?:i'm|im|i am)";

/** The vendor telling the customer to do something: "please", "you'll need to", "you have to". */
export const YOU_MUST =
  "(?:please|pls|plz|kindly|you(?:'ll|ll| will|'d|d| would)?(?: first| just| still| then| probably| actually| also| really)? (?:need|have|must|should|want|got)(?: to)?|best to|you'd better)";

/** Ways of sending the customer elsewhere. */
const CONTACT_VERB =
  "(?:contact|reach out to|e-?mail|call|phone|ring|get in touch with|speak (?:to|with)|talk (?:to|with)|write to|check with|ask|go to|go through|raise (?:it|this|that) with|take (?:it|this|that) up with|direct (?:it|this|that|your (?:question|query|request|email|e-mail))(?: to)?|send (?:it|this|that|your (?:question|query|request))(?: over)? to|forward (?:it|this|that) to|reach)";

/**
 * Where they are sent: a vendor department named plainly, "our ... team", the customer's account
 * manager at the vendor, or "someone else". "the legal team" or "finance" are left out: in sales
 * mail those are usually the customer's own.
 */
const ELSEWHERE =
  "(?:(?:our |the )?(?:billing|accounts receivable|collections|support|customer support|customer service|customer care|customer success|tech(?:nical)? support|help ?desk|service desk|renewals|sales|onboarding|implementation|account management|partnerships?)(?: team| department| dept| desk| folks| people| guys| directly| instead)?\\b|our (?:[\\w&-]+ ){0,2}?(?:team|department|dept|desk|colleagues|folks|people)\\b|your (?:account manager|account executive|account rep|sales rep|rep|csm|customer success manager|success manager|account owner)\\b|(?:another|the other|the right|the relevant|the appropriate|a different|a separate) (?:person|team|department|dept|colleague|contact|group|desk)\\b|(?:someone|somebody) (?:else|in|from|on)\\b)";

/** What a ticket is called. */
const TICKET =
  '(?:(?:support|service|help ?desk|it|tech(?:nical)?|billing|jira|zendesk) )?(?:ticket|case|incident)\\b|(?:support|service|change|billing|formal|feature|help ?desk) request\\b|request form\\b|support form\\b|request (?:through|via|in|on|using)\\b';

/** A self-service route the customer is made to use. */
const PORTAL =
  '(?:customer |client |support |service |self-?service |partner |billing )?(?:portal|help ?desk|service ?desk|support (?:site|page|centre|center)|ticketing system|help (?:centre|center))\\b';

/** What a role or department covers. */
const REMIT_NOUN =
  '(?:department|dept|area|team|job|role|responsibility|remit|wheelhouse|domain|function|division|territory|bailiwick|scope|patch|lane|purview|field|expertise|side of things|side of the business|desk)';

export const NOT_MY_DEPARTMENT: Signal[] = [
  // "that's not my department", "this falls outside my remit", "it isn't really my area"
  {
    pattern: `\\b(?:that|this|it|which)(?:'s|s| is| was| falls| sits| lies| goes)? (?:(?:really|actually|unfortunately|sadly|honestly|just|simply|totally|completely|technically|strictly|a bit) )?(?:not|isn't|isnt|outside(?: of)?|beyond) (?:(?:really|actually|strictly|technically|part of|within|in|under) )?my (?:(?:own|usual|direct|immediate|core|main|specific|particular|personal|actual|area of|field of) )?${REMIT_NOUN}\\b`,
    example: "Sorry, that's not my department.",
  },
  {
    pattern: `\\b(?:that|this|it)(?:'s|s| is)? (?:not|outside(?: of)?) (?:really )?(?:our|in our) (?:department|team|area|division|desk|side of the business)\\b`,
    example: "That's not our department, I'm afraid.",
  },
  {
    pattern: '\\babove my pay ?grade\\b',
    example: "Honestly that's above my pay grade.",
  },
  // "that's not something I handle", "something I can't help with"
  {
    pattern: `\\bnot (?:really )?(?:something|anything|a thing|an area|a question|one) (?:that )?(?:i|${I_AM}) (?:can |could |would |usually |normally |personally |really )?(?:handle|deal with|cover|look after|manage|work on|help (?:you )?with|assist (?:you )?with|answer|get involved (?:in|with)|touch|take care of|responsible for|in charge of|involved (?:in|with))\\b`,
    example: "Unfortunately that's not something I handle.",
  },
  {
    pattern: "\\bsomething (?:that )?i (?:can't|cant|cannot|can not|don't|dont|do not|am not able to|'m not able to) (?:handle|deal with|cover|look after|manage|help (?:you )?with|assist (?:you )?with|answer|get involved (?:in|with)|touch|take care of)\\b",
    example: "That's something I can't help with.",
  },
  // "I can't help with that", "I'm not able to assist with billing"
  {
    pattern: `\\b(?:i|${I_AM}) (?:can't|cant|cannot|can not|unable to|not able to|won't be able to|wont be able to|couldn't|could not)(?: really)? (?:help|assist)(?: you)?(?: (?:with|on) (?:that|this|it|those|these|billing|invoices?|refunds?|that one|this one)| there| here)\\b`,
    example: "Please contact billing directly, I can't help with that.",
  },
  // "I'm not the right person", "you've reached the wrong department"
  {
    pattern: `\\b${I_AM}(?: probably| actually| really| unfortunately| honestly)? not the (?:right|best|correct|appropriate|relevant|ideal) (?:person|contact|one|guy|team|department|point of contact)\\b`,
    example: "I'm not the right person for invoices.",
  },
  {
    pattern: "\\byou(?:'ve| have|ve)? (?:reached|got|contacted|emailed|e-mailed|come to|written to) the wrong (?:person|team|department|dept|desk|inbox|contact|group)\\b",
    example: "You've reached the wrong department for that.",
  },
  // "I only handle new business", "I just do sales", "my role is limited to renewals"
  {
    pattern: `\\b(?:i|${I_AM}) (?:only|just|exclusively|purely|strictly) (?:handle|deal with|cover|look after|manage|work (?:on|with|in)|do|take care of|responsible for|in charge of|sell(?: to)?)(?: the)? (?:new business|new customers|new clients|new accounts|new deals|new logos|new sales|net-?new|prospects|sales|pre-?sales|the sales side|renewals|expansion|upsells?|billing|support|onboarding|inbound|outbound|new sign-?ups)\\b`,
    example: 'I only handle new business, so this is outside what I do.',
  },
  {
    pattern: "\\bmy (?:role|job|remit|team|responsibility|responsibilities|scope) (?:is|are|covers|'s)(?: only| just| purely| strictly| limited to| restricted to){1,2} (?:new business|new customers|new accounts|new deals|net-?new|prospects|sales|pre-?sales|renewals|expansion|billing|support|onboarding)\\b",
    example: 'My role is limited to new customers.',
  },
  {
    pattern: `\\b${I_AM} (?:only |just )?(?:in|on|with|part of) (?:the )?(?:sales|new business|pre-?sales|account management|billing|support|marketing)(?: team| side)?,? (?:not|so i (?:can't|cant|cannot|don't|dont))\\b`,
    example: "I'm in sales, not support.",
  },
  // "you'll need to open a ticket with support", "please submit a request through our portal"
  {
    pattern: `\\b${YOU_MUST}(?: go ahead and)? (?:open|raise|submit|log|file|create|put in|lodge|send in|fill (?:in|out)|make|register|go through)(?: a| an| the| your)? (?:new |separate |formal |official |proper )?(?:${TICKET})`,
    example: "You'll need to open a ticket with support.",
  },
  {
    pattern: `\\b${YOU_MUST} (?:use|go through|go to|log (?:in|into|on)(?: to)?|visit|head to|head over to)(?: our| the)? ${PORTAL}`,
    example: 'Please go through the customer portal for that.',
  },
  // "please contact billing directly", "you need to go through your account manager for that"
  {
    pattern: `\\b${YOU_MUST} ${CONTACT_VERB} ${ELSEWHERE}`,
    example: 'You need to go through your account manager for that.',
  },
  // "that's handled by a different team", "another department deals with that"
  {
    pattern: '\\b(?:handled|dealt with|managed|covered|owned|looked after|taken care of|done|run|processed) by (?:a |an |the )?(?:different|separate|other|another)(?: [\\w-]+)? (?:team|department|dept|group|unit|division|colleague|person|office|desk|part of (?:the|our) (?:company|business|organi[sz]ation))\\b',
    example: "That's handled by a different team, you'll have to reach out to them.",
  },
  {
    pattern: '\\b(?:a|another|the other|a separate|a different|separate|different) (?:team|department|dept|group|unit|division|office|desk)(?: of ours)? (?:handles|deals with|manages|covers|owns|looks after|takes care of|is responsible for|is in charge of|does|runs)\\b',
    example: 'Another department deals with refunds.',
  },
  // "that's a question for our billing team", "this one is for support"
  {
    pattern: "\\b(?:that|this|it)(?:'s|s| is|'d be| would be)? (?:(?:really|actually|more|probably) )?(?:a (?:question|matter|topic|issue|query|request) |one )for (?!your )(?:our |the )?(?:[\\w&-]+ ){0,2}?(?:team|department|dept|desk|folks|people|billing|support|sales|guys)\\b",
    example: "That's a question for our billing team.",
  },
];

/**
 * The sender takes the next step themselves: a warm hand-off, not a brush-off. Looked for in
 * the sentence that sends the customer elsewhere and the one after it.
 */
export const OWNERSHIP: Signal[] = [
  {
    pattern:
      "\\b(?:i(?:'ve|ve| have)?|i'll|ill|i will|i'd|let me|we(?:'ve| have)?|we'll|we will)(?: already| just| also| now| gladly| happily| personally| gone ahead and| went ahead and)? (?:pass(?:ed)?|forward(?:ed)?|cop(?:y|ied)|cc(?:'d|'ed|ed|d)?|loop(?:ed)? in|introduc(?:e|ed)|hand(?:ed)? (?:it|this|that|your \\w+)(?: over)?|escalat(?:e|ed)|rais(?:e|ed) (?:it|this|that)|open(?:ed)? (?:a|the)|log(?:ged)?|flag(?:ged)?|ask(?:ed)?|check(?:ed)? with|find out|found out|get (?:you )?(?:an answer|it sorted|this sorted|that sorted|back to you)|come back to you|chase|take care of|took care of|sort(?:ed)? (?:it|this|that)|make sure|made sure|put you in touch|connect(?:ed)? you|brief(?:ed)?|share(?:d)? (?:it|this|your)|reach(?:ed)? out to|contact(?:ed)?|spoke to|speak to|talk(?:ed)? to|follow up with|coordinate with|keep you posted)\\b",
    example: "I've passed this to Maria in billing and copied her here; she'll reply today.",
  },
  {
    pattern:
      '\\b(?:happy|glad|keen|more than happy) to (?:dig in|dig into|look into|find out|check|ask around|chase|take (?:it|this|that) on|look at|investigate|sort (?:it|this|that) out)\\b',
    example: "This isn't my area of expertise, but I'm happy to dig in and come back to you tomorrow.",
  },
];

/**
 * Generic pointers for later ("If you ever need anything, please contact our support team"),
 * not a brush-off of what they asked now. Tested against the start of the sentence.
 */
export const GENERIC_POINTER: Signal[] = [
  {
    pattern:
      "^(?:and |but |also |otherwise |meanwhile |in the meantime )?(?:if|should|whenever|any time|anytime) you (?:ever |have any|have (?:other|further|more)|need anything|need (?:any )?(?:help|support|assistance)|run into (?:any|an?)|hit any|spot any|experience any|notice any|come across any|would like|'d like|want|prefer)",
    example: 'If you ever need anything, please contact our support team.',
  },
  {
    pattern: '^(?:and |also )?for (?:any|all|future|other|further|general|urgent|day-to-day|everyday|ongoing|out-of-hours|after-hours) ',
    example: 'For future requests, please open a ticket in the portal.',
  },
];

/** The customer asked how to reach a team or for the portal: pointing them there answers them. */
export const ASKED_FOR_ROUTE: Signal[] = [
  {
    pattern:
      "\\b(?:how|where) (?:do|can|should|would|could) (?:i|we) (?:submit|raise|open|log|file|request|reach|contact|get in touch with|access|find|log in|sign in|get to)\\b",
    example: 'Where do I log in to see our invoices?',
  },
  {
    pattern:
      '\\b(?:link|url|address|login|log-?in details) (?:to|for) (?:the|your) (?:customer |client |support |billing )?(?:portal|help ?desk|helpdesk|service desk|support site|help cent(?:er|re))\\b|\\bportal (?:link|url|address)\\b',
    example: 'Could you send me the link to the customer portal?',
  },
  {
    pattern: "\\b(?:who|which team) (?:should|do|can) (?:i|we) (?:contact|talk to|speak to|email|ask|reach)\\b",
    example: 'Who should I contact about our invoices?',
  },
];
