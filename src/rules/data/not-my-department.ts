import type { Signal } from './thread-signals';

/**
 * Phrases that push the vendor's internal boundaries onto the customer: "not my department",
 * "open a ticket with support", "contact billing directly". Each example must match its pattern.
 */

/** "I'm", "im", "I am". */
const I_AM = "(?:i'm|im|i am)";

/** The vendor telling the customer to do something: "please", "you'll need to", "you have to". */
export const YOU_MUST =
  "(?:please(?: you)?|pls|plz|kindly|you(?:'ll|ll| will|'d|d| would)?(?: first| just| still| then| probably| actually| also| really)? (?:need|have|must|should|want|got)(?: to)?|best to|you'd better)";

/** Ways of sending the customer elsewhere. */
const CONTACT_VERB =
  "(?:contact|reach out to|e-?mail|call|phone|ring|get in touch with|speak (?:to|with)|talk (?:to|with)|write to|check with|ask|go to|go through|raise (?:it|this|that) with|take (?:it|this|that) up with|direct (?:it|this|that|your (?:question|query|request|email|e-mail))(?: to)?|send (?:it|this|that|your (?:question|query|request))(?: over)? to|forward (?:it|this|that) to|reach)";

/**
 * Where they are sent: a vendor department named plainly, "our ... team", the customer's account
 * manager at the vendor, or "someone else". "the legal team" or "finance" are left out: in sales
 * mail those are usually the customer's own.
 */
const ELSEWHERE =
  "(?:(?:our |the )?(?:billing|accounts receivable|collections|support|customer support|customer service|customer care|customer success|tech(?:nical)? support|help ?desk|service desk|renewals|sales|onboarding|implementation|account management|partnerships?)(?: team| department| dept| desk| folks| people| guys| directly| instead)?\\b|our (?:[\\w&-]+ ){0,2}?(?:team|department|dept|desk|colleagues|folks|people)\\b|your (?:account manager|account executive|account rep|sales rep|rep|csm|customer success manager|success manager|account owner)\\b|(?:another|the other|the right|the relevant|the appropriate|a different|a separate) (?:person|team|department|dept|colleague|contact|group|desk)\\b|(?:someone|somebody) (?:else|in|from|on)\\b|whoever (?:handles|covers|looks after|is (?:on|in charge of|responsible for)|owns|deals with)\\b)";

/** What a ticket is called. */
const TICKET =
  '(?:(?:support|service|help ?desk|it|tech(?:nical)?|billing|jira|zendesk) )?(?:ticket|case|incident)\\b|call (?:in|on|with|via|through) (?:our|the)\\b|(?:support|service|change|billing|formal|feature|help ?desk) request\\b|request form\\b|support form\\b|request (?:through|via|in|on|using)\\b';

/** A self-service route the customer is made to use. */
const PORTAL =
  '(?:customer |client |support |service |self-?service |partner |billing )?(?:portal|help ?desk|service ?desk|support (?:site|page|centre|center)|ticketing system|help (?:centre|center))\\b';

/** What a role or department covers. */
const REMIT_NOUN =
  '(?:department|dept|area|team|job|role|responsibility|remit|wheelhouse|domain|function|division|territory|bailiwick|scope|patch|lane|purview|field|expertise|side of things|side of the business|desk)';

export const NOT_MY_DEPARTMENT: Signal[] = [
  // "that's not my department", "this falls outside my remit", "it isn't really my area"
  {
    pattern: `\\b(?:that|this|it|which)(?:'s|s| is| was| falls| sits| lies| goes)? (?:(?:really|actually|unfortunately|sadly|honestly|just|simply|totally|completely|technically|strictly|a bit) )?(?:not|isn't|isnt|outside(?: of)?|beyond) (?:(?:really|actually|strictly|technically|part of|within|in|under) )?my (?:(?:own|usual|direct|immediate|core|main|specific|particular|personal|actual|area of|field of) )?${REMIT_NOUN}\\b(?! to (?:do|fix|teach|educate|hold|babysit|spoon-?feed|read|think|write) _?(?:your|you)(?![a-z]))`,
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
  // "I can't help you directly", "I'm not able to help with login issues from my side"
  {
    pattern: `\\b(?:i|${I_AM})(?: just| really| actually| unfortunately)? (?:can't|cant|cannot|can not|not able to|unable to|won't be able to|wont be able to)(?: really)? (?:help|assist)(?: you)?(?: (?:with|on)(?: [\\w'-]+){1,4}?)? (?:from (?:my|our) (?:side|end)|directly|myself|personally|from here|on (?:my|our) (?:side|end))\\b`,
    example: "I'm not able to help with login issues from my side.",
  },
  // "premium changes aren't handled by me", "that isn't dealt with by me"
  {
    pattern: "\\b(?:aren't|isn't|are not|is not|arent|isnt|not) (?:handled|dealt with|done|processed|managed|covered|looked after|something handled) by me\\b",
    example: "Refunds aren't handled by me.",
  },
  // "I only cover listings for our north side office", "I only look after accounts in our Leeds branch"
  {
    pattern: "\\bi (?:only|just|exclusively) (?:cover|handle|look after|deal with|work|manage|sell|quote|do)(?: [\\w'-]+){0,3}? (?:for|in|out of|from|with|on|within) our (?:[\\w&-]+ ){0,3}?(?:office|branch|region|territory|team|desk|division|side|patch|area|location|site)\\b",
    example: 'I only cover listings for our north side office.',
  },
  // "only our Implementation team is able to run training"
  {
    pattern: "\\bonly (?:our|my) (?:[\\w&-]+ ){0,3}?(?:team|department|dept|desk|office|group|colleagues|folks|people|specialists|engineers) (?:is able to|are able to|can|is allowed to|are allowed to|handles?|does|do|runs?|is set up to|are set up to)\\b",
    example: 'Only our Implementation team is able to run staff training.',
  },
  // The customer made to redo work in the vendor's tools: "could you re-enter your changes in the portal?"
  {
    pattern: `\\b(?:${YOU_MUST}|could you|can you|would you|mind|ask you to|asking you to|need you to)(?: [\\w()'-]+){0,4}? (?:re-?enter|re-?submit|re-?type|re-?key|re-?upload|re-?file|re-?create|re-?fill)(?:t?ing|t?ed)?\\b[^.!?\\n\\u0000]{0,40}? (?:through|via|in|on|into|using|with|at) (?:our|their|the|this|that|a|an)(?: [\\w-]+){0,2}? (?:portal|form|template|system|tool|queue|site|website|page|link|platform|spreadsheet|format)\\b`,
    example: "You'll need to re-submit the job spec through their intake form.",
  },
  // "could you raise a ticket via the support portal?"
  {
    pattern: `\\b(?:could|can|would) you(?: please| just| kindly)? (?:go ahead and )?(?:open|raise|submit|log|file|create|put in|lodge)(?: a| an| the)? (?:new |separate |formal )?(?:${TICKET})`,
    example: 'Could you raise a ticket via the support portal?',
  },
  // "I'm not able to submit it on your behalf", "we can't raise the claim for you"
  {
    pattern: `\\b(?:i|${I_AM}|we|we're|we are)(?: just| really| actually| unfortunately| simply)? (?:can't|cant|cannot|can not|not able to|unable to|won't be able to|wont be able to|have no way to)(?: actually| really)? (?:submit|file|raise|open|log|lodge|process|request|book|enter|put in)(?: [\\w'-]+){0,3}? (?:on your behalf|for you)\\b`,
    example: "I'm not able to submit the claim on your behalf.",
  },
];

/**
 * Routing that is only a brush-off when the sender also says they cannot act or tells the
 * customer to go elsewhere in the same breath ("...which I'm not able to book into"): alone it
 * can be a plain description of how an order flows.
 */
export const ROUTED_ELSEWHERE: Signal[] = [
  // "they go through our Policy Servicing team", "disputes have to go through our Claims department"
  {
    pattern: "\\b(?:go|goes|has to go|have to go|must go|needs? to go|would have to go|will have to go|'ll have to go|should go|are routed|is routed) (?:through|via|to) our (?:[\\w&-]+ ){0,3}?(?:team|department|dept|desk|office|queue|division|group|unit)\\b",
    example: 'Questions like this go through our Solutions Engineering queue.',
  },
  // "Denver is covered by our Mountain region", "it's handled out of our south office"
  {
    pattern: "\\b(?:handled|covered|managed|run|serviced|served|looked after|dealt with|owned) (?:out of|from|by) (?:our|another|a different|the other) (?:[\\w&-]+ ){0,2}?(?:office|branch|region|territory|desk)\\b",
    example: 'Riverside Drive is handled out of our south office.',
  },
  // "it technically sits with our Contract Staffing desk", "that belongs to our technical area"
  {
    pattern: "\\b(?:it|this|that|which|these|those|they|this one|that one|this question|that question)(?: technically| actually| officially| really| now| all)? (?:sits?|lives?|belongs?|falls?|is|are) (?:with|under|to|in|from|on) (?:our|the) (?:[\\w&-]+ ){0,3}?(?:desk|team|department|dept|division|office|unit|group|region|territory|area|side)\\b",
    example: 'It technically sits with our Contract Staffing desk.',
  },
  // "the credit note has to come from them"
  {
    pattern: "\\b(?:has to|have to|must|needs? to|need to|will have to|would have to|can only) come (?:from|out of) (?:them|their (?:team|office)|our (?:[\\w&-]+ ){0,2}?(?:office|team|department|desk|branch)|(?:another|a different|the other) (?:office|team|department|desk|branch))\\b",
    example: 'The credit note has to come from them.',
  },
  // "sales doesn't have access to the admin console", "I don't have access to make changes"
  {
    pattern: "\\b(?:i|we|sales|my team|our team|the sales team|account managers|reps)(?: just| simply| actually)? (?:don't|dont|doesn't|doesnt|do not|does not) have (?:any )?(?:access|permissions?|the rights|admin rights|rights)\\b",
    example: "Sales doesn't have access to the admin console.",
  },
  // "I've no way of issuing one from here"
  {
    pattern: "\\bi(?:'ve| have)? (?:got )?no (?:way|means|ability|access) (?:of|to|for)(?: [\\w'-]+){1,4}? (?:from here|from (?:my|our|this) (?:side|end|office|desk)|on (?:my|our) (?:side|end)|myself|directly)\\b",
    example: "I've no way of issuing one from here.",
  },
  // "you'll need to book training separately through their calendar link"
  {
    pattern: `\\b${YOU_MUST}(?: [\\w'-]+){0,4}? (?:through|via|using|with|at|on) their (?:[\\w-]+ ){0,2}?(?:form|portal|link|calendar|queue|website|site|system|page|inbox|address|intake)\\b`,
    example: "You'll need to book training separately through their calendar link.",
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
      "^(?:and |but |also |otherwise |meanwhile |in the meantime )?(?:if|should|whenever|any time|anytime) you (?:ever |have any|have (?:other|further|more)|need anything|need (?:any )?(?:help|support|assistance)|run into (?:any|an?)|hit any|spot any|experience any|notice any|come across any|would like|'d like|want|wish|prefer)",
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

/**
 * A legal or regulatory footer the engine did not mask (a "---" rule line, an "IMPORTANT
 * INFORMATION" heading): "please write to our Complaints Team" there is boilerplate, not the
 * salesperson speaking. Looked for in the paragraph of the match.
 */
export const FOOTER: Signal[] = [
  {
    pattern:
      "\\b(?:this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?|documents?))? (?:is|are|may be|may contain|contains?) (?:strictly )?(?:confidential|privileged|intended)|intended (?:solely |only |exclusively )?for the (?:named |intended )?(?:recipient|addressee|individual|person)|if you are not the intended recipient|authori[sz]ed and regulated by|regulated by the financial|registered in england|registered office|company registration (?:no|number)|financial ombudsman)\\b",
    example: 'This message and any attachments are confidential and intended only for the named recipient.',
  },
];
