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
  '(?:(?:internal|billing|invoicing|accounting|finance|financial|quoting|quote|pricing|ordering|order|booking|ticketing|crm|erp|sales|email|e-mail|mail|payments?|contracts?|back-?office|back-?end|admin|legacy|company|corporate|it|procurement|provisioning|licen[cs]ing|approvals?|discount|cpq|commission|hr)[ -](?:system|systems|tool|tools|software|database|platform|server|setup|set-up|workflow|module|engine)|crm|erp|cpq|salesforce|sfdc|sap|netsuite|hubspot|zuora|workday|quickbooks|xero|deal desk|back ?office|backend|back-end|mail server|email server|exchange server|firewall|email|e-mail|mailbox|inbox)';

/** Words that may mean the product itself; only clear blocking verbs count for these. */
const BARE_SYSTEM = '(?:system|systems|database|setup|set-up|configuration|config)';

/** Anything that can be made to say no on the vendor's behalf. */
const GATEKEEPER =
  '(?:system|systems|tool|tools|software|database|crm|erp|cpq|salesforce|sfdc|sap|netsuite|hubspot|portal|platform|app|setup|set-up|configuration|form|template|workflow|process|policy|policies|rules|server|backend|back end|it department|it team|it|finance team|finance|manager|boss|management|deal desk)';

export const SYSTEM_LIMITS: Signal[] = [
  // "our CRM won't let me change that", "the tool doesn't allow us to", "the system keeps me from"
  {
    pattern: `\\b(?:our|the|my)(?: [\\w-]+){0,2}? ${GATEKEEPER}(?: just| simply| still| currently| unfortunately| really)? (?:${WONT} (?:let|allow|permit)|isn't letting|is not letting|only (?:lets|allows|permits)|(?:prevents|stops|blocks|keeps|forces|requires|makes)) (?:me|us|anyone|my team|our team|the team)\\b`,
    example: "Our CRM won't let me change that.",
  },
  // "our billing tool can't split invoices", "our mail server limits attachments to 10 MB"
  {
    pattern: `\\b(?:our|the|my)(?: [\\w-]+)? ${INTERNAL_SYSTEM}(?: just| simply| still| currently| unfortunately| really| only| automatically)? (?:${WONT} (?:let|allow|permit|accept|take|handle|process|split|do|support|change|edit|generate|issue|apply|show|send|create|produce|combine|merge|add|remove|go|cope)|(?:only )?(?:allows?|accepts?|lets|permits|supports?|takes|handles) (?:up to|a maximum of|max|one|a single|\\d)|limits?|caps?|restricts?|blocks?|rejects?|bounces?|strips?|requires|forces|isn't set up|is not set up|isn't configured|is not configured|wasn't built|isn't built|is not built|isn't designed|is not designed|has a (?:hard )?(?:limit|cap|maximum|max)|maxes out|tops out|is limited to)\\b`,
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
    pattern: "\\b(?:that's|that is|thats|it's|it is|its) (?:just |simply |unfortunately |sadly )?(?:how|the way) (?:our|the) (?:[\\w-]+ )?(?:system|systems|tool|crm|software|process|policy|rules) (?:works?|is|are|operates?)\\b",
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
  // "due to internal policy we can't", "it's against company policy", "according to our rules"
  // ("the rules" is left out: in a tender or a contract those are often the customer's own)
  {
    pattern: '\\b(?:due to|because of|owing to|per|as per|according to|against|in accordance with) (?:(?:our|company|internal|corporate|group|strict|current|new|standard) )*(?:internal |company |corporate )?(?:policy|policies|rules|guidelines|regulations|protocol)\\b',
    example: "Due to internal policy we can't extend the trial.",
  },
  {
    pattern: '\\b(?:company|internal|corporate|house) (?:policy|policies|rules)\\b',
    example: "It's company policy, I'm afraid.",
  },
  {
    pattern: "\\bour (?:policy|policies|rules|guidelines)(?: just| simply| unfortunately| strictly| clearly)? (?:don't|dont|doesn't|doesnt|do not|does not|won't|wont|will not|prohibits?|forbids?|says?|states?|dictates?|mandates?|prevents?|stops?|only allows?|allows? only|bars?|precludes?|are (?:clear|strict)|is (?:clear|strict))\\b",
    example: "Our policy doesn't allow refunds after 30 days.",
  },
  // "our process requires you to fill in form B-12 first", "our procedure says we need"
  {
    pattern: "\\b(?:our|company|internal)(?: internal| standard| usual| normal| onboarding| approval| finance| procurement| new| current)? (?:process|procedure|procedures|workflow|protocol|system|rules?|policy|paperwork)(?: just| simply| unfortunately| strictly| still)? (?:requires|require|needs|need|mandates|dictates|says|states|insists|forces)(?: that)? (?:you|your|we|us|me|i|a|an|the|all|every)\\b",
    example: 'Our process requires you to fill in form B-12 first.',
  },
  // Internal form codes: "form B-12", "the PR-7 form"
  {
    pattern: '\\bform [a-z]{1,3}-?\\d{1,4}[a-z]?\\b|\\b[a-z]{1,3}-\\d{1,4} form\\b',
    example: 'Before we can change it, please complete form B-12.',
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
