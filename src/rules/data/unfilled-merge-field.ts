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
  `|pain${SEP}points?|challenge|trigger(?:${SEP}event)?|recent${SEP}news|mutual${SEP}connection` +
  // What the prospect uses today, or a peer to name-drop: "[CURRENT TOOL]", "{{existing_vendor}}", "[similar company]"
  `|(?:current|existing|incumbent|old|legacy)${SEP}(?:tool|vendor|provider|supplier|software|system|platform|solution|crm|erp)` +
  `|(?:similar|peer|reference)${SEP}(?:company|customer|client)|case${SEP}study|(?:customer|client)${SEP}(?:name|example|result))`;

/** "contact.", "Lead_", "Prospect" in front of an identifier-style field: {!Contact.FirstName}, %LEAD_COMPANY%. */
const OWNER_ID =
  '(?:(?:contact|lead|prospect|recipient|account|person|customer|client|user|subscriber|company|org|sender|owner|rep|my|your|their)[._]?)?';

/** "insert ", "their ", "prospect's " in front of a written-out field: [Insert Company Name], [their role]. */
const OWNER_WORDS =
  "(?:(?:insert|add|enter|include|their|the|your|his|her|prospect(?:'?s)?|contact(?:'?s)?|recipient(?:'?s)?|client(?:'?s)?|customer(?:'?s)?|lead(?:'?s)?|target|company'?s) ){0,2}";

/** A field written as an identifier: FirstName, first_name, Contact.FirstName, LEAD_COMPANY. */
const FIELD_ID = `${OWNER_ID}${FIELD_NAME}`;

/**
 * Greetings a bare field name can follow: "Hi FNAME,", "Dear FIRST_NAME". The match includes
 * the greeting; the rule reports only the field after it (see GREETING_PREFIX).
 */
const GREETING = '\\b(?:hi|hey|hello|hiya|dear|greetings|good (?:morning|afternoon|evening))[ ,]{1,2}';

/** The greeting at the start of a match, which the rule leaves out of the span. */
export const GREETING_PREFIX = /^(?:hi|hey|hello|hiya|dear|greetings|good (?:morning|afternoon|evening))[ ,]{1,2}/i;

/**
 * A merge-field pattern, with what the rule checks on the text it matched:
 * - fieldLike: the text between the delimiters must read as a field name ("<<First Name>>",
 *   "<<MMERGE3>>"), not a remark set off in angle brackets ("<<At your service Madame>>");
 * - capital: the field must carry a capital letter as typed ("<First Name>", "<COMPANY>"), since
 *   lower-case "<name>" or "<title>" is a usage line or an HTML tag far more often than a merge field.
 */
export interface FieldSignal extends Signal {
  fieldLike?: boolean;
  capital?: boolean;
  /**
   * An instruction in brackets counts only when it is about the recipient or a piece of the pitch
   * ("[Insert pain point]", "[add something about their podcast]"): "[insert collection here]" in
   * a columnist's aside is a joke about filling in the blank.
   */
  aboutThem?: boolean;
}

/** What a note-to-self in brackets is about when it is a leftover of personalisation. */
export const INSTRUCTION_TOPIC = new RegExp(
  `\\b(?:${FIELD_NAME}|their|they|them|his|her|prospect|client|customer|recipient|personal(?:i[sz]ed)?|custom(?:i[sz]ed)?|line|intro|opener|icebreaker|compliment|sentence|note|detail|stat(?:istic)?|metric|result|example|reference|link|date|number|logo|relevant|specific)\\b`,
  'i',
);

export const MERGE_FIELDS: FieldSignal[] = [
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
  // Mail merges written with angle brackets: "<<First Name>>", "<<AddressBlock>>"
  { pattern: "<<\\s?[a-z][\\w .'-]{0,40}>>", example: 'Dear <<First Name>>,', fieldLike: true },
  // Single angle brackets around a field name: "<First Name>", "<Company Name>", "<their role>"
  { pattern: `<\\s?${OWNER_WORDS}${FIELD_NAME}\\s?>`, example: 'For a group like <Company Name>, that adds up.', capital: true },
  // Single braces, only around a field name: "{first_name}", "{ company }", "Hello {name}"
  // (but not code such as "const { name } = user;", nor an RPM macro "%{name}")
  { pattern: `\\{(?<![{$!%]\\{)\\s?${FIELD_ID}\\s?\\}(?![ ]?[=;(])`, example: 'I noticed {company} is hiring.' },
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
    aboutThem: true,
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
 * A greeting whose name field came out empty: "Hi ,", "Dear  ,". Only at the start of a line
 * (the rule checks), where nothing but a name could have stood between the two.
 */
export const EMPTY_GREETING: Signal[] = [
  { pattern: '\\b(?:hi|hey|hello|hiya|dear|greetings|good (?:morning|afternoon|evening)) {1,3}[,:]', example: 'Hi ,\n\nI noticed your team is growing.' },
];

/**
 * The email talks about merge fields rather than sending one: "the template uses {{first_name}}",
 * "the [Company Name] placeholder", "with the syntax {{name | default}}".
 */
export const FIELD_TALK =
  /\b(?:templates?|placeholders?|merge[ -]?(?:fields?|tags?|variables?)|variables?|syntax|snippets?|columns?|(?:re)?mapp(?:ed|ing)|(?:re)?maps? (?:to|it|them|onto)|fallbacks?|default value|raw (?:tag|field|code)|(?:double|curly|square|angle) (?:braces|brackets)|liquid|handlebars|jinja|personali[sz]ation (?:line|field|token)s?)\b/i;

/** A noun right after the field that shows it is being named, not sent: "the {{company}} field", "[Company Name] placeholder". */
export const FIELD_NOUN_AFTER = /^(?:'s)?\s{0,2}(?:fields?|tags?|placeholders?|variables?|tokens?|merge|references?|column|bits?|parts?|macros?)\b/i;

/** Where a block shown to the reader is introduced ("for example:", "here's the draft:", "---"), words that say it is a sample. */
export const SAMPLE_INTRO =
  /\b(?:templates?|drafts?|sequences?|cadences?|campaigns?|examples?|samples?|e\.g|for instance|something like|looks? like this|like so|mock-?up|version|wording|copy for)\b/i;

/**
 * Asking the reader to fill a document's blanks: "please complete [Company Name]", "could you fill
 * in [Job Title]", "2. Enter [Company Name] on page 1". A request or an instruction, not "as you
 * enter [Company]'s busy season".
 */
export const FILL_IN =
  /(?:^\s*(?:\d+[.)]\s*|[-*]\s*)?|\b(?:please|kindly|could you|can you|would you|you(?:'ll| will)? need to|just|simply)\s+(?:\S+\s+){0,2})(?:complete|fill(?:ing)? (?:in|out)|populate|type in|enter)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;
/** Lines that are code, where ${x}, {{x}} and {x} are the language's own syntax. */
export const CODE_LINE =
  /=>|&&|\|\||==|!=|:=|\);|\(\)|<\/|\/>|\$\(|^\s*[}\]]|^\s*\{\s*(?:"|$)|[{(\[]\s*$|;\s*$|^\s*(?:const|var|def|function|echo|eval|printf|elif|fi)\s|^\s*"[\w.-]+"\s*:/;

/**
 * Word's merge fields: «FirstName», «Company_Name». The engine turns guillemets into plain
 * double quotes and masks what they enclose, so the rule reads these from the original text.
 */
export const GUILLEMET_FIELD: Signal = {
  pattern: '«\\s?([A-Za-z][\\w.]{0,40})\\s?»',
  example: 'Dear «FirstName»,',
};

/** A written-out field name, whole: "First Name", "their role", "Prospect Company". */
export const WRITTEN_FIELD = `^(?:${OWNER_WORDS}${FIELD_NAME})$`;

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
