import type { Signal } from './thread-signals';

/**
 * Mail-merge fields that were never filled in, as pattern sources. Each example must match
 * its own pattern. The syntaxes that only a template tool writes ({{x}}, *|X|*, {!X}, ${x},
 * %%x%%, <<x>>) take any field name; the ones ordinary prose also uses ([1], 20% off, {x} in
 * code) take only the field names below.
 */

/** Between the words of a field name: "first name", "first_name", "first.name", "first-name", "firstname". */
const SEP = '[ _.-]?';

/** Field names as template tools and hand-made templates spell them. */
export const FIELD_NAME =
  `(?:first${SEP}name|f_?name|given${SEP}name|fore${SEP}name|first|last${SEP}name|l_?name|sur${SEP}name|family${SEP}name` +
  `|full${SEP}name|nick${SEP}name|name|company(?:${SEP}name)?|organi[sz]ation(?:${SEP}name)?|org(?:${SEP}name)?` +
  `|account(?:${SEP}name)?|business(?:${SEP}name)?|employer|(?:job${SEP})?title|role|position|department` +
  `|city|country|location|region|industry|vertical|website|domain|competitor(?:${SEP}name)?|product(?:${SEP}name)?` +
  `|pain${SEP}points?|challenge|trigger(?:${SEP}event)?|recent${SEP}news|mutual${SEP}connection)`;

/** "contact.", "Lead_", "Prospect" in front of an identifier-style field: {!Contact.FirstName}, %LEAD_COMPANY%. */
const OWNER_ID =
  '(?:(?:contact|lead|prospect|recipient|account|person|customer|client|user|subscriber|company|org|sender|owner|rep|my|your|their)[._]?)?';

/** "insert ", "their ", "prospect's " in front of a written-out field: [Insert Company Name], [their role]. */
const OWNER_WORDS =
  "(?:(?:insert|add|enter|include|their|the|your|his|her|prospect'?s|contact'?s|recipient'?s|client'?s|customer'?s|lead'?s|company'?s) ){0,2}";

/** A field written as an identifier: FirstName, first_name, Contact.FirstName, LEAD_COMPANY. */
const FIELD_ID = `${OWNER_ID}${FIELD_NAME}`;

/**
 * Greetings a bare field name can follow: "Hi FNAME,", "Dear FIRST_NAME". The match includes
 * the greeting; the rule reports only the field after it (see GREETING_PREFIX).
 */
const GREETING = '\\b(?:hi|hey|hello|hiya|dear|greetings|good (?:morning|afternoon|evening))[ ,]{1,2}';

/** The greeting at the start of a match, which the rule leaves out of the span. */
export const GREETING_PREFIX = /^(?:hi|hey|hello|hiya|dear|greetings|good (?:morning|afternoon|evening))[ ,]{1,2}/i;

export const MERGE_FIELDS: Signal[] = [
  // Handlebars, Liquid, Jinja and most sales tools: "{{first_name}}", "{{ company }}", "{{first_name | default: 'there'}}"
  { pattern: '\\{\\{\\s{0,3}[a-z_@#^/][^{}\\n]{0,60}?\\}\\}', example: 'Hi {{first_name}}, quick question.' },
  // Mailchimp merge tags: "*|FNAME|*", "*|MMERGE3|*"
  { pattern: '\\*\\|[a-z][\\w:.-]{0,40}\\|\\*', example: 'Hi *|FNAME|*,' },
  // Salesforce and Pardot: "{!Contact.FirstName}", "{!Account.Name}"
  { pattern: '\\{!\\s?[a-z][\\w.]{0,60}\\s?\\}', example: 'Dear {!Contact.FirstName},' },
  // Template literals: "${firstName}"
  { pattern: '\\$\\{\\s?[a-z_][\\w.]{0,40}\\s?\\}', example: 'Hello ${firstName},' },
  // Constant Contact and older tools: "%%first_name%%"
  { pattern: '%%[a-z_][\\w.:-]{0,40}%%', example: 'Hi %%first_name%%,' },
  // Mail merges written with angle brackets: "<<First Name>>"
  { pattern: "<<\\s?[a-z][\\w .'-]{0,40}>>", example: 'Dear <<First Name>>,' },
  // Single braces, only around a field name: "{first_name}", "{ company }", "Hello {name}"
  // (but not code such as "const { name } = user;")
  { pattern: `\\{(?<![{$!]\\{)\\s?${FIELD_ID}\\s?\\}(?![ ]?[=;(])`, example: 'I noticed {company} is hiring.' },
  // Percent signs, only around a field name: "%FIRSTNAME%", "%COMPANY_NAME%" (never "20% off")
  { pattern: `%${FIELD_ID}%`, example: 'Hi %FIRSTNAME%,' },
  // Double underscores, only around a field name: "__first_name__"
  { pattern: `__${FIELD_ID}__`, example: 'Hello __first_name__,' },
  // Square brackets around a field name: "[First Name]", "[Company Name]", "[their role]" (not a markdown link)
  { pattern: `\\[\\s?${OWNER_WORDS}${FIELD_NAME}\\s?\\](?!\\()`, example: 'Hi [First Name], I saw [Company Name] is growing.' },
  // Square-bracket instructions left in: "[Insert pain point]", "[add personal line here]"
  {
    pattern: '\\[\\s?(?:insert|add|enter|personali[sz]e|personali[sz]ed|custom(?:i[sz]ed)? (?:line|intro|opener|sentence|note))\\b[^\\]\\n]{0,60}\\](?!\\()',
    example: 'We help teams like yours with [Insert pain point].',
  },
  // A bare field name right after the greeting: "Hi FNAME,", "Dear FIRST_NAME", "Hello firstName"
  {
    pattern: `${GREETING}(?:f_?name|l_?name|first_?name|last_?name|full_?name|contact[_.]?(?:first_?)?name|lead[_.]?first_?name|recipient_?name|prospect_?name|company_?name|first\\.name)\\b`,
    example: 'Hi FNAME, hope your week is going well.',
  },
  // Written-out field names after the greeting, when nothing follows but punctuation: "Dear First Name,", "Hi Name:"
  {
    pattern: `${GREETING}(?:first name|last name|full name|your name|contact name|recipient name|prospect name|client name|name)(?=[ ]{0,2}(?:[,:;!.\\n\\u0000\\u2013\\u2014-]|$))`,
    example: 'Dear First Name, I am writing about your fleet.',
  },
];

/**
 * Word's merge fields: «FirstName», «Company_Name». The engine turns guillemets into plain
 * double quotes and masks what they enclose, so the rule reads these from the original text.
 */
export const GUILLEMET_FIELD: Signal = {
  pattern: '«\\s?([A-Za-z][\\w.]{0,40})\\s?»',
  example: 'Dear «FirstName»,',
};

/** Only a field name, an identifier with an underscore, or CamelCase counts: «Bonjour» is a French quote. */
export const GUILLEMET_NAME = `^(?:${FIELD_ID}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)$`;

/**
 * Fields in the signature block (which the engine masks): "Best, {{sender_name}}", "[Your Name]".
 * Only unmistakable template syntax counts there.
 */
export const SIGNATURE_FIELDS: Signal[] = [
  { pattern: '\\{\\{\\s{0,3}[a-z_@#^/][^{}\\n]{0,60}?\\}\\}', example: 'Best,\n{{sender.first_name}}' },
  { pattern: '\\*\\|[a-z][\\w:.-]{0,40}\\|\\*', example: 'Thanks,\n*|SENDER_NAME|*' },
  { pattern: '\\{!\\s?[a-z][\\w.]{0,60}\\s?\\}', example: 'Regards,\n{!User.Name}' },
  {
    pattern: '\\[\\s?(?:your|sender|sender\'?s|my) (?:full |first )?(?:name|title|job title|position|role|phone(?: number)?|company|email)\\s?\\]',
    example: 'Best regards,\n[Your Name]',
  },
];

/** Fields a footer is filled with at send time by the mailing tool: not the author's to fill. */
export const FOOTER_FIELD = /unsub|opt.?out|preference|list[:_]|archive|browser|address/i;
