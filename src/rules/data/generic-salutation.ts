import type { Signal } from './thread-signals';

/**
 * Salutations that could open a letter to anyone. The rule only takes them at the greeting
 * position (start of a line) and when nothing but punctuation or a line break follows, so
 * "Dear Customer Success team" and "our customers" mid-sentence stay untouched.
 * Each example must match its own pattern.
 */
export interface SalutationSignal extends Signal {
  /**
   * The formal convention for writing to an office whose contact is not named ("Dear Sir or
   * Madam", "To whom it may concern"): right for a tender inbox or a notices address, impersonal
   * only when a person's name was there to use.
   */
  formal?: boolean;
}

export const GENERIC_SALUTATIONS: SalutationSignal[] = [
  // "Dear Customer", "Dear Valued Customer", "Dear Esteemed Client", "Dear Prospective Buyer"
  {
    pattern:
      "\\bdear (?:(?:valued|esteemed|loyal|valuable|respected|prospective|potential|future|new) )?(?:customer|client|partner|member|user|subscriber|prospect|shopper|buyer|patron|recipient|account holder)s?\\b",
    example: 'Dear Valued Customer,',
  },
  // "Hello valued customer", "Hi Client"
  {
    pattern: '\\b(?:hi|hello|hey|greetings) (?:(?:valued|dear|esteemed) )?(?:customer|client|prospect)s?\\b',
    example: 'Hello valued customer,',
  },
  // "Dear Sir or Madam", "Dear Sir/Madam", "Dear Sirs", "Dear Sir(s)", "Respected Sir", "Hello Sir", "Dear Sir/Ma"
  {
    pattern:
      "\\b(?:dear|respected|hello|hi|good (?:morning|afternoon|day)) (?:sir|madam|madame|ma'?am)(?:s\\b|\\(s\\))?(?: ?(?:/|or|and) ?(?:madam|madame|ma'?am|ma\\b|sir))?",
    example: 'Dear Sir or Madam,',
    formal: true,
  },
  // "To whom it may concern", and its common slips: "To whome it may concern", "to whom it may concerned"
  {
    pattern: '\\bto whom(?:e|soever)? (?:it|this) (?:may|might) concern(?:s|ed)?\\b',
    example: 'To whom it may concern:',
    formal: true,
  },
  // "Dear Friend", "Hello friend", "Hi my friend"
  {
    pattern: '\\b(?:dear|hello|hi|hey) (?:my )?friend\\b',
    example: 'Dear Friend,',
  },
  // "Dear Business Owner", "Dear Homeowner", "Dear Store Owner"
  {
    pattern:
      '\\bdear (?:(?:small )?(?:business|store|shop|property|site|website|company|practice|restaurant|home|clinic) ?)?(?:owner|homeowner)s?\\b',
    example: 'Dear Business Owner,',
  },
  // "Dear Decision Maker", "Dear Decision-Makers"
  {
    pattern: '\\bdear (?:key |busy )?decision[ -]?makers?\\b',
    example: 'Dear Decision Maker,',
  },
  // A job title instead of a name: "Dear Marketing Manager", "Dear IT Director", "Dear Hiring Manager"
  {
    pattern:
      '\\bdear (?:hiring|marketing|sales|it|hr|purchasing|procurement|finance|operations|office|general|practice|plant|facilities|fleet|store|account|product) (?:manager|director|lead|leader|head|executive|professional|buyer)\\b',
    example: 'Dear Marketing Manager,',
  },
];

/** Friendly but nameless: worth a gentle note only when their name is known. */
export const CASUAL_SALUTATIONS: Signal[] = [
  // "Hi there", "Hello there", "Hey there"
  { pattern: '\\b(?:hi|hello|hey|hiya) there\\b', example: 'Hi there, hope you are well.' },
];

/**
 * Mailboxes that belong to a role, a team or a list rather than a person: "notices@", "tenders@",
 * "customers@lists.example.com", "Legal Notices <...>". Nobody's first name is there to greet.
 */
export const ROLE_MAILBOX =
  /^(?:info|notices?|legal|tenders?|bids?|procurement|purchasing|rfps?|sales|support|help(?:desk)?|contact|hello|office|admin|accounts?|billing|invoices?|finance|hr|careers|jobs|recruit(?:ing|ment)|press|media|enquiries|inquiries|reception|team|customers?|clients?|service|services|compliance|privacy|security|webmaster|postmaster|no-?reply|mail|general|ops|operations|orders|bookings|reservations|all|everyone|staff|community|members|subscribers|users|lists?|news(?:letter)?|announce(?:ments)?)(?:[._+-]|\d|$)/i;
export const ROLE_NAME =
  /\b(?:notices|team|department|dept|desk|office|inbox|customers|clients|support|services|procurement|tenders|community|members|subscribers|users|list|group|everyone|staff|enquiries|inquiries|mailbox|committee|board|accounts (?:payable|receivable))\b/i;
