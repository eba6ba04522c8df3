import { gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * Phrases that blame the vendor's own systems, tools and policies for not doing what the
 * customer asked. Each example must match its pattern.
 */

/** "can't", "cant", "cannot", "won't", "doesn't", "isn't able to"... */
const WONT =
  "(?:won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|didn't|didnt|did not|can't|cant|cannot|can not|isn't going to|is not going to|isn't able to|is not able to|is unable to|has no way to)";

/** Systems that are plainly the vendor's internal machinery, never the product they sell. */
const INTERNAL_SYSTEM =
  '(?:(?:internal|billing|invoicing|accounting|finance|financial|quoting|quote|quotation|quotations|pricing|ordering|order|booking|scheduling|reservations?|dispatch|ticketing|crm|erp|sales|email|e-mail|mail|payments?|contracts?|back-?office|back-?end|admin|legacy|company|corporate|it|procurement|provisioning|licen[cs]ing|approvals?|discount|cpq|commission|hr|underwriting|claims|policy admin|rating|recruiting|applicant tracking)[ -](?:system|systems|tool|tools|software|database|platform|server|setup|set-up|workflow|module|engine|portal)(?: we (?:use|submit through|work (?:in|with)|go through|are on))?|system (?:of|for) (?:quotations?|quotes|quoting|invoices|invoicing|billing|orders|ordering|pricing|bookings?)|ats|crm|erp|cpq|salesforce|sfdc|sap|netsuite|hubspot|zuora|workday|quickbooks|xero|deal desk|back ?office|backend|back-end|mail server|email server|exchange server|firewall|email|e-mail|mailbox|inbox)';

/** Words that may mean the product itself; only clear blocking verbs count for these. */
const BARE_SYSTEM = '(?:system|systems|database|setup|set-up|configuration|config)';

/** Anything that can be made to say no on the vendor's behalf. */
const GATEKEEPER =
  '(?:system|systems|tool|tools|software|database|crm|erp|cpq|salesforce|sfdc|sap|netsuite|hubspot|portal|platform|app|setup|set-up|configuration|form|template|workflow|process|policy|policies|rules|server|backend|back end|it department|it team|it|finance team|finance|manager|boss|management|deal desk)';

/** People on the vendor's side whose sign-off is made the customer's problem: "my VP", "our deal desk". */
const APPROVER =
  "(?:(?:my|our)(?: own)? (?:(?:sales |regional |area |country |finance |commercial |line |direct |senior )?(?:manager|boss|director|vp|vice president|head of sales|supervisor|superior|leadership|management|direction|cfo|ceo|cro|coo|svp|evp|gm|general manager|higher-?ups)(?:'s (?:manager|boss))?|deal desk|(?:pricing|deal|discount|approvals?|review|credit|risk|revenue man(?:a|ae)?gement|commercial|finance|legal) (?:team|committee|board|desk|panel|department|dept))|the (?:deal desk|(?:pricing|deal|discount|approvals?|credit|risk|revenue man(?:a|ae)?gement) (?:committee|board|desk|panel)))";

/** A vendor department that sets its own rules: "our legal team", "our finance dept", "our InfoSec team". */
const OUR_TEAM =
  "(?:our|my)(?: own| internal| in-house)? (?:legal|finan[cs]e|financial|accounts|accounting|compliance|infosec|info-?sec|security|procurement|ops|operations|revenue man(?:a|ae)?gement|pricing|credit|risk|underwriting|contracts?|billing|invoicing|project management|quality|back-?office|hr|payroll|treasury|logistics|warehouse|fulfil?ment|shipping|dispatch|implementation|professional services|solutions engineering|engineering|deal desk)(?: and [\\w-]+)?(?: team| department| dept| people| folks| guys| office| division| function| group| colleagues)?";

/** What such a department only does, or will not do, that the customer now has to live with. */
const TEAM_RULE =
  "(?:only (?:accepts?|answers?|processes|process|issues?|raises?|sends?|cuts?|generates?|produces?|creates?|pays?|ships?|schedules?|works? (?:with|through|in|on|from)|enters?|reviews?|approves?|handles?|lets?|allows?|takes?|releases?|signs?|runs?|meets?|deals with|invoices?|bills?|books?|does|will|looks? at)|(?:won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|can't|cant|cannot|refuses? to|never)(?: \\w+)? (?:let|allow|review|accept|sign|approve|fill(?: in| out)?|look at|touch|release|process|issue|work with|answer|permit)|makes? (?:me|us)|requires? (?:me|us)|forces? (?:me|us)|ha(?:s|ve) a (?:hard |strict |firm |blanket )?(?:rule|policy)|insists?|forbids?|prohibits?|ha(?:s|ve) to (?:approve|sign off|okay|ok|review)|needs? to (?:approve|sign off|okay|ok)|must (?:approve|sign off))";

export const SYSTEM_LIMITS: Signal[] = [
  // "our CRM won't let me change that", "the tool doesn't allow us to", "the system keeps me from"
  {
    pattern: `\\b(?:(?:our|the)(?: [\\w-]+){0,2}? ${GATEKEEPER}|my (?:[\\w-]+ )?(?:crm|erp|cpq|salesforce|sfdc|hubspot|manager|boss|director|vp|company|employer|finance team|legal team|deal desk))(?: just| simply| still| currently| unfortunately| really)? (?:${WONT} (?:let|allow|permit)|isn't letting|is not letting|isn't allowing|is not allowing|is blocking|only (?:lets|allows|permits)|(?:prevents|stops|blocks|keeps|forces|requires|makes)) (?:me|us|anyone|my team|our team|the team)\\b`,
    example: "Our CRM won't let me change that.",
  },
  // "our billing tool can't split invoices", "our mail server limits attachments to 10 MB"
  {
    pattern: `\\b(?:our|the|my)(?: [\\w-]+)? ${INTERNAL_SYSTEM}(?: just| simply| still| currently| unfortunately| really| only| automatically)? (?:${WONT} (?:let|allow|permit|accept|take|handle|process|split|do|support|change|edit|generate|issue|apply|show|send|create|produce|combine|merge|add|remove|go|cope)|(?:only )?(?:allows?|accepts?|lets|permits|supports?|takes|handles) (?:up to|a maximum of|max|one|a single|\\d)|only (?:accepts?|allows?|supports?|takes|handles|generates?|issues?|produces?|creates?|prints?|exports?|works|quotes|runs|lets)|can only|is only able to|(?:is )?(?:only )?work(?:s|ing) only|auto-?(?:expires?|closes?|cancels?|deletes?|locks?|rejects?|archives?)|limits?|caps?|restricts?|blocks?|rejects?|bounces?|strips?|requires|forces|isn't set up|is not set up|isn't configured|is not configured|wasn't built|isn't built|is not built|isn't designed|is not designed|has a (?:hard )?(?:limit|cap|maximum|max)|maxes out|tops out|is limited to)\\b`,
    example: "Our billing tool can't split invoices.",
  },
  // "the system doesn't allow discounts over 10%", "our system limits attachments to 10 MB"
  {
    pattern: `\\b(?:our|the)(?: [\\w-]+)? ${BARE_SYSTEM}(?: just| simply| still| currently| unfortunately| really| only| automatically)? (?:${WONT} (?:allow|let|permit|accept|take)|only (?:allows|accepts|lets|permits|takes)|(?:limits|caps|restricts) ${gap(30)}\\bto \\d{1,6}(?:[.,]\\d{1,3})?(?: ?(?:mb|gb|kb|tb|megabytes?|gigabytes?)\\b|%)?|isn't set up|is not set up|wasn't set up|isn't configured|is not configured|has a (?:hard )?(?:limit|cap|maximum|max)|is limited to|requires (?:me|us|you) to|forces (?:me|us|you) to)`,
    example: 'Our system limits attachments to 10 MB.',
  },
  // "because of how our system is set up", "the way the CRM is configured"
  {
    pattern: `\\b(?:how|the way) (?:our|the|my) (?:[\\w-]+ )?(?:system|systems|tool|tools|crm|erp|software|database|backend|back end|billing|setup|process|invoicing|account structure) (?:is|are|was|were|has been|have been)(?: currently)? (?:set up|setup|configured|built|designed|structured|wired|organi[sz]ed)\\b`,
    example: "I'm unable to because of how our system is set up.",
  },
  {
    pattern: "\\b(?:that's|that is|thats|it's|it is|its|this is|this's) (?:just |simply |unfortunately |sadly |really )?(?:how|the way) (?:our|the) (?:[\\w-]+ )?(?:system|systems|tool|crm|software|process|processes|policy|rules) (?:works?|is|are|operates?|runs?)\\b",
    example: "Sorry, that's just how the system works.",
  },
  // "due to system limitations", "a limitation of our CRM"
  {
    pattern: '\\b(?:due to|because of|owing to|given) (?:some |our |the |certain )?(?:system|technical|internal|it|crm|billing|software|tool|tooling|platform)(?:-related)? (?:limitations?|constraints?|restrictions?|limits)\\b',
    example: 'Due to system limitations we can only send one invoice.',
  },
  {
    pattern: '\\b(?:system|crm|tool|tooling|software) (?:limitations?|restrictions?|constraints?)\\b|\\blimitations? (?:of|in|with) (?:our|the) (?:system|systems|crm|tool|software|billing)\\b',
    example: "It's a system limitation on our side.",
  },
  // "our process requires you to fill in form B-12 first", "our procedure says we need"
  {
    pattern: "\\b(?:our|company|internal)(?: internal| standard| usual| normal| onboarding| approval| finance| procurement| new| current)? (?:process|procedure|procedures|workflow|protocol|system|rules?|policy|paperwork)(?: just| simply| unfortunately| strictly| still)? (?:requires|require|needs|need|mandates|dictates|says|states|insists|forces)(?: that)? (?:you|your|we|us|me|i|a|an|the|all|every)\\b",
    example: 'Our process requires you to fill in form B-12 first.',
  },
  // Internal form codes: "form B-12", "the PR-7 form" (two entries: the first is searched only
  // where "form" is a word, the second, which can begin with any short word, scanned whole)
  {
    pattern: '\\bform [a-z]{1,3}-?\\d{1,4}[a-z]?\\b',
    example: 'Before we can change it, please complete form B-12.',
  },
  {
    pattern: '\\b[a-z]{1,3}-\\d{1,4} form\\b',
    example: 'Before we can change it, please send us the PR-7 form.',
  },
  // "I can't change that in the CRM", "we're unable to do this in our billing system"
  {
    pattern: `\\b(?:i|we)(?: just| simply| unfortunately| sadly)? (?:can't|cant|cannot|can not|am unable to|'m unable to|are unable to|'re unable to|am not able to|'m not able to|are not able to|'re not able to|won't be able to|wont be able to|have no way to|don't have a way to)${gap(40)}\\b(?:in|on|into|through|from|via|with|within) (?:(?:our|the) (?:[\\w-]+ )?(?:system|systems|crm|erp|cpq|salesforce|sap|netsuite|hubspot|database|backend|back end|tool|tooling)|salesforce|sfdc|sap|netsuite|hubspot|zuora|quickbooks|xero)\\b`,
    example: "I can't change the billing date in our system.",
  },
  // "I'm not allowed to go above 10%", "I don't have the authority to"
  {
    pattern: "\\b(?:i'm|im|i am|we're|we are)(?: just| simply| unfortunately| sadly| really)? not (?:allowed|authori[sz]ed|permitted|cleared) to\\b",
    example: "I'm not allowed to go above 10%.",
  },
  {
    pattern: "\\b(?:i|we) (?:don't|dont|do not) have (?:the )?(?:authority|permission|sign-?off|approval rights|rights|clearance) to\\b",
    example: "I don't have the authority to change payment terms.",
  },
  // "system won't let me backdate it", typed in a hurry without "our" or "the"
  {
    pattern: "(?<!\\b(?:my|your|his|her|their) )\\b(?:system|crm|erp|cpq|salesforce|software|portal)(?: just| simply| still)? (?:won't|wont|will not|doesn't|doesnt|does not|isn't|is not) (?:let|letting|allow|allowing) (?:me|us)\\b",
    example: "Can't do it, system won't let me backdate start dates.",
  },
  // "the approval expires on the 28th in our system", "the deal closes out in our CRM after 30 days"
  {
    pattern: `\\b(?:expires?|expiring|lapses?|lapsing|times? out|resets?|closes? out|drops? off|gets? archived)\\b${gap(30)} (?:in|from) (?:our (?:[\\w-]+ )?(?:system|crm|cpq|salesforce|pipeline|quoting tool)|the (?:crm|cpq|salesforce|quoting tool|quoting system|pricing system))\\b`,
    example: 'The pricing approval expires on the 28th in our system.',
  },
  // Internal reporting pressure: "I need to log a status in our CRM by Friday"
  {
    pattern: `\\bi (?:need|have|must|'ve got|got|am supposed|'m supposed) to (?:log|update|enter|record|put|mark|close|report|forecast|move|submit)\\b${gap(30)} (?:in|into|on|to) (?:(?:our|my) (?:crm|salesforce|hubspot|pipeline|forecast|system)|the (?:crm|salesforce|hubspot|pipeline|forecast))\\b`,
    example: 'I need to log a status in our CRM by Friday.',
  },
  // Internal departments' own rules: "our finance dept only processes POs on Mondays", "legal makes me attach it"
  {
    pattern: `\\b${OUR_TEAM}(?: just| simply| still| also| unfortunately| really| apparently| strictly| basically)? ${TEAM_RULE}`,
    example: 'Our finance dept only processes POs on Mondays.',
  },
  {
    pattern: "\\b(?:legal|finance|compliance|procurement|infosec|accounting)(?: just| simply| still| also| unfortunately| really| always)? (?:makes? (?:me|us)|won't let (?:me|us)|wont let (?:me|us)|doesn't let (?:me|us)|requires (?:me|us)|forces (?:me|us)|insists (?:on|that))\\b",
    example: 'Legal makes me attach the terms to every quote.',
  },
];

/** The vendor's approval chain made the customer's wait: "needs our VP's sign-off", "the pricing committee meets monthly". */
export const APPROVAL_CHAIN: Signal[] = [
  // The approval chain: "my VP has to sign off on anything over 50k", "my manager won't approve it"
  {
    pattern: `\\b${APPROVER}(?: just| also| still| really| first| then)? (?:has to|have to|needs? to|must|would (?:need|have) to|will (?:need|have) to|'ll (?:need|have) to|has got to|is required to|gets? to) (?:sign off|sign-off|approve|okay|ok|authori[sz]e|validate|green-?light|bless|rubber-?stamp|review and approve)\\b`,
    example: 'My VP has to sign off on anything over 50k.',
  },
  {
    pattern: `\\b(?:needs?|requires?|without|pending|subject to|waiting (?:on|for)|awaiting|until i get|once i get)(?: the)? (?:sign-?off|approval|validation|authori[sz]ation|ok|okay|green light|blessing) (?:of|from|by) ${APPROVER}|\\b${APPROVER}'s? (?:sign-?off|approval|validation|authori[sz]ation|blessing|green light|go-?ahead|ok|okay|say-?so|signature)\\b`,
    example: "Anything below 20% needs our VP's sign-off.",
  },
  {
    pattern: `\\b${APPROVER} (?:won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|isn't going to|is not going to|didn't|did not|never|rarely|can't|cannot|wouldn't|would not)(?: \\w+)? (?:approve|sign off|sign|authori[sz]e|allow|let (?:me|us)|okay|ok|go (?:for|above|below|beyond|lower)|accept|agree)\\b`,
    example: "My manager won't approve the 12% after Friday.",
  },
  // "start the approval chain from scratch", "go back through the whole approval process"
  {
    pattern: '\\b(?:start|restart|re-?start|go (?:back )?through|re-?run|run it through|put it through|send it (?:back )?through|re-?submit it (?:to|through)|back into)(?: the| our| my)?(?: whole| entire| full| internal| usual)? (?:internal )?(?:approval|approvals|sign-?off|pricing|discount|deal desk) (?:chain|process|cycle|loop|workflow|queue|matrix)\\b',
    example: "I'd have to start the approval chain from scratch.",
  },
  {
    pattern: `\\bthrough ${APPROVER} (?:for|to get) (?:re-?approval|approval|sign-?off|a sign-?off)\\b|\\b(?:with|from|through|by|via) (?:our|the) deal desk\\b`,
    example: 'I have to send it back through my director for re-approval.',
  },
  {
    pattern: "\\bour (?:internal )?(?:approval|approvals|sign-?off|pricing|discount|delegation) (?:matrix|chain|hierarchy|committee|rules?)(?: just| simply| unfortunately| strictly| still)? (?:is requiring|requires|say|says|won't|wont|doesn't|does not|only|needs|caps|limits|forbids|stops)\\b",
    example: 'Our approval matrix requires a signed letter of intent first.',
  },
  {
    pattern: '\\b(?:pricing|deal|discount|approvals?|review|credit|risk|revenue man(?:a|ae)?gement|underwriting) (?:committee|board|desk|panel|team)(?:,? which|,? that)?(?:(?: only)? (?:meets?|sits?|(?:reviews?|looks? at|approves?|signs? off on|batches) (?:these|them|requests|deals|it|exceptions|discounts))(?: only)? (?:once|one time|twice|every|monthly|weekly|fortnightly|quarterly|a month|per month)| only (?:meets?|sits?|(?:reviews?|looks? at|approves?|signs? off on|batches) (?:these|them|requests|deals|it|exceptions|discounts)) on)\\b',
    example: 'The pricing committee meets only once a month.',
  },
];

/**
 * A policy given as the reason: only a problem when something is refused or limited with it
 * ("Due to company policy we can't extend the trial"); "because of our policy in the region" in
 * a news story refuses nobody.
 */
export const POLICY_REASONS: Signal[] = [
  // "due to internal policy we can't", "it's against company policy", "according to our rules"
  // ("the rules" is left out: in a tender or a contract those are often the customer's own)
  {
    pattern: '\\b(?:due to|because of|owing to|per|as per|according to|against|in accordance with) (?:(?:our|company|internal|corporate|group|strict|current|new|standard) ){1,3}(?:policy|policies|rules|guidelines|regulations|protocol)\\b',
    example: "Due to internal policy we can't extend the trial.",
  },
  {
    pattern: "\\b(?:(?:it's|it is|its|that's|that is|thats|this is)(?: just| simply| unfortunately| sadly| strictly| also)? (?:a |an |our )?(?:strict |standard )?(?:company|internal|corporate|house) (?:policy|policies|rule|rules)|(?:company|internal|corporate|house) (?:policy|policies|rules) (?:says?|states?|doesn't|does not|don't|do not|won't|prohibits?|forbids?|requires?|means|dictates?|prevents?|only|is (?:that|to|not to|never to|clear|strict)))\\b",
    example: "It's company policy, I'm afraid.",
  },
  {
    pattern: "\\bour(?: (?:internal|project management|project|pm|ops|operations|booking|bookings|invoicing|billing|finance|pricing|discount|approval|approvals|procurement|quoting|quote|contracting|legal|compliance|company|house|agency|sales|account|vendor|staffing|scheduling|payment|credit|ordering|order|resourcing|change|change management|scope|intake))? (?:policy|policies|rules|guidelines)(?: just| simply| unfortunately| strictly| clearly)? (?:is (?:that|to|not to|never to)|are that|don't|dont|doesn't|doesnt|do not|does not|won't|wont|will not|prohibits?|forbids?|says?|states?|dictates?|mandates?|prevents?|stops?|only allows?|allows? only|bars?|precludes?|are (?:clear|strict)|is (?:clear|strict))\\b",
    example: "Our policy doesn't allow refunds after 30 days.",
  },
];

/** Security, privacy and legal duties stated for the customer's sake: not blame, information. */
export const FOR_THEIR_PROTECTION: Signal[] = [
  {
    pattern:
      "\\bfor your (?:own )?(?:security|safety|protection|privacy)\\b|\\bto (?:protect|keep) (?:you|your)\\b|\\b(?:by law|the law|legally required|legal requirements?|regulat(?:ion|ions|ory|ed)|gdpr|hipaa|pci|sox|soc ?2|iso ?27001|data protection|anti-?money|aml|kyc|sanctions|fraud|security reasons|privacy reasons|for security|for privacy|tax|vat|w-?8(?:ben)?|w-?9|i-?9|passwords?|passcodes?|credentials|card (?:details|numbers?)|login details|two-factor|2fa|mfa|phishing)\\b",
    example: 'For your security, our policy is never to ask for passwords by email.',
  },
];

/** An outage or maintenance notice: the system really is unavailable, and saying so is service. */
export const OUTAGE: Signal[] = [
  {
    pattern:
      '\\b(?:outage|downtime|maintenance window|scheduled maintenance|planned maintenance|service (?:disruption|interruption|incident)|degraded performance|status update|incident report|system is (?:down|offline|unavailable)|systems are (?:down|offline|unavailable))\\b',
    example: 'Our billing system is down for scheduled maintenance tonight.',
  },
];

/** The customer asked what the product can do: stating its limits answers them. */
export const ASKED_ABOUT_CAPABILITY: Signal[] = [
  {
    pattern:
      "\\b(?:is there (?:a|any) (?:limit|maximum|max|cap|size limit)|what(?:'s| is) the (?:limit|maximum|max|cap|size limit|file size|largest)|how (?:big|large|many|much)|max(?:imum)? (?:file )?size|(?:does|can|will|would) (?:it|your \\w+|the \\w+) (?:support|allow|handle|accept|let|take|do|read|process|cope))\\b",
    example: 'Is there a limit on file size for uploads?',
  },
];
