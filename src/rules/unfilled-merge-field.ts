import { defineRule, type RuleContext } from '../engine/rule';
import { isolate, quote } from '../engine/shapes';
import { compile, sentenceAt } from '../engine/match';
import { MASK } from '../engine/text';
import type { Suggestion } from '../engine/draft';
import {
  CODE_LINE,
  EMPTY_GREETING,
  FIELD_NOUN_AFTER,
  FIELD_TALK,
  FILL_IN,
  FOOTER_FIELD,
  GUILLEMET_FIELD,
  GUILLEMET_NAME,
  GREETING_PREFIX,
  INSTRUCTION_TOPIC,
  MERGE_FIELDS,
  SAMPLE_INTRO,
  SIGNATURE_FIELDS,
  WRITTEN_FIELD,
  type FieldSignal,
} from './data/unfilled-merge-field';

type Field = 'body' | 'subject';

interface Token {
  field: Field;
  start: number;
  end: number;
  /** A greeting whose name came out empty ("Hi ,"): there is no field left to quote. */
  empty?: boolean;
  /** Found in the signature block, which the engine masks: judged on its syntax alone. */
  signature?: boolean;
}

/** A first-name field of the recipient: {{first_name}}, *|FNAME|*, [First Name], or a plain {name}. */
const FIRST_NAME = /first|f_?name|given|fore.?name/i;
const PLAIN_NAME = /^[^a-z]*(?:(?:contact|lead|prospect|recipient|customer|client|person|subscriber)[ _.-]?)?name[^a-z]*$/i;
/** Fields about the sender, which the recipient's name must not replace: {{sender.first_name}}, [Your Name]. */
const SENDER = /sender|owner|signature|agent|your|from|(?:^|[^a-z])(?:my|me|rep)(?:[^a-z]|$)/i;
const LAST_NAME = /last|l_?name|surname|family/i;
const COMPANY = /compan|organi[sz]|(?:^|[^a-z])org(?:[^a-z]|$)|account|business|employer/i;
const TITLE = /title|role|position/i;
/** A note to self about what to write: [Insert pain point], [add a line about their news]. */
const NOTE_TO_SELF = /pain|challenge|trigger|news|custom|personal|opener|icebreaker|compliment|observation|sentence|\bline\b/i;
const INSTRUCTION = /insert|\[\s?(?:add|enter|include)\b/i;

/**
 * A draft with more unfilled fields than this is a raw template: further findings add nothing
 * for the reader and would only slow the engine's de-duplication, which compares findings pairwise.
 */
const MAX_PER_FIELD = 20;

const REPLY_PREFIX = /^\s*(?:re|fwd?|aw|wg|sv|vs|tr|rif)\s*(?:\[\d+\]\s*)?:/i;
const CAMEL = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;
const guillemetName = new RegExp(GUILLEMET_NAME, 'i');
const writtenField = new RegExp(WRITTEN_FIELD, 'i');
const GUILLEMETS = [GUILLEMET_FIELD];
/** "MMERGE3", "FIRST_NAME": an all-capitals identifier is a field name whatever it says. */
const CAPS_ID = /^[A-Z][A-Z0-9_]*[0-9_][A-Z0-9_]*$|^[A-Z]{2,}$/;
const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|={3,}|_{3,}|~{3,})\s*$/;
const GREETING_WORD = /^(?:hi|hey|hello|hiya|dear|greetings)$/i;

/** The text between a field's delimiters reads as a field name: "First Name", "AddressBlock", "MMERGE3". */
function fieldLike(token: string): boolean {
  const inner = token.replace(/^[^A-Za-z]+|[^A-Za-z0-9]+$/g, '').trim();
  return writtenField.test(inner) || guillemetName.test(inner) || CAMEL.test(inner) || CAPS_ID.test(inner);
}

/** The line of `text` around an offset. */
function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

/**
 * The field is the syntax of code shown to a developer (a shell line, a template literal, an
 * RPM macro), not a gap in the email: the line reads as code, or the field is glued to a word or
 * path ("conftest${ac_exeext}", "/usr/share/%{name}").
 */
function inCode(original: string, start: number, end: number): boolean {
  const { start: ls, end: le } = lineAt(original, start);
  if (CODE_LINE.test(original.slice(ls, le))) return true;
  const before = original.slice(ls, start);
  if (/[/\\%$=]$/.test(before)) return true;
  const glued = /(?<![A-Za-z0-9])([A-Za-z0-9]+)$/.exec(before);
  return glued !== null && !GREETING_WORD.test(glued[1]!) && end > start;
}

/**
 * The line sits in a block the author shows as a sample: under a line ending with a colon that
 * says so ("reference variables with double braces, for example:") or under a separator whose
 * paragraph does ("Can you check this draft before it goes into the sequence?\n---").
 */
function inSample(original: string, start: number): boolean {
  let { start: lineStart } = lineAt(original, start);
  for (let steps = 0; steps < 12 && lineStart > 0; steps++) {
    const prev = lineAt(original, lineStart - 1);
    const text = original.slice(prev.start, prev.end);
    if (SEPARATOR.test(text)) {
      // The paragraph just above the separator introduces what follows it.
      const above = original.slice(Math.max(0, prev.start - 400), prev.start);
      const paragraph = above.split(/\n\s*\n/).filter((p) => p.trim()).pop() ?? '';
      return SAMPLE_INTRO.test(paragraph) || FIELD_TALK.test(paragraph);
    }
    if (/:\s*$/.test(text)) {
      const intro = original.slice(Math.max(0, prev.start - 200), prev.end);
      return SAMPLE_INTRO.test(text) || FIELD_TALK.test(intro.slice(intro.lastIndexOf('\n\n') + 1));
    }
    lineStart = prev.start;
  }
  return false;
}

/**
 * The sentence around a field in the text as written, read afresh: the engine's sentences stop
 * at words in double quotes, which template syntax is full of ({{name | default: "there"}}).
 */
function sentenceAround(original: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < 300 && !/[.!?]\s/.test(original.slice(from - 2, from)) && !original.startsWith('\n\n', from - 2)) from--;
  let to = end;
  while (to < original.length && to - end < 300 && !/^[.!?](?:\s|$)/.test(original.slice(to, to + 2)) && !original.startsWith('\n\n', to)) to++;
  return { start: from, end: to };
}

const FIELD_TALK_ALL = new RegExp(FIELD_TALK.source, 'gi');

/**
 * A sentence about templates and their fields: two different such words ("the template uses
 * {{first_name}}, so the column had nothing to map to"), or one just before the field ("with the
 * syntax {{name | default}}"). One passing "contract templates" in a pitch is not enough.
 */
function talksAboutFields(sentence: string, at: number): boolean {
  const words = new Set<string>();
  FIELD_TALK_ALL.lastIndex = 0;
  for (let m = FIELD_TALK_ALL.exec(sentence); m; m = FIELD_TALK_ALL.exec(sentence)) {
    if (m.index < at && at - (m.index + m[0].length) <= 12) return true;
    words.add(m[0].toLowerCase().replace(/s$/, ''));
  }
  return words.size >= 2;
}

/**
 * The email talks about the field rather than sending it: the sentence is about templates or
 * placeholders, a noun names the field ("the {{company}} reference"), the reader is asked to
 * fill in a document's blank, or the field sits in code or a sample shown to the reader.
 */
function discussed(ctx: RuleContext, token: Token, original: string): boolean {
  const { field, start, end } = token;
  const prepared = field === 'body' ? ctx.body : ctx.subject;
  const sentence = sentenceAt(prepared, start);
  const around = sentenceAround(original, start, end);
  if (talksAboutFields(original.slice(around.start, around.end), start - around.start)) return true;
  if (FIELD_NOUN_AFTER.test(original.slice(end, end + 24))) return true;
  if (sentence && FILL_IN.test(prepared.flat.slice(sentence.start, start))) return true;
  if (inCode(original, start, end)) return true;
  return field === 'body' && inSample(original, start);
}

/** Mail among colleagues about templates, sequences or fields: every field in it is being discussed. */
function internalTemplateTalk(ctx: RuleContext): boolean {
  if (!ctx.recipients.isInternal) return false;
  const text = `${ctx.subject.flat}\n${ctx.body.flat}`;
  return FIELD_TALK.test(text) || SAMPLE_INTRO.test(text);
}

/** "Hi ," at the start of a line: the name field was merged empty. */
function emptyGreetings(ctx: RuleContext): Token[] {
  const own = ctx.body.own;
  const out: Token[] = [];
  for (const m of ctx.find(EMPTY_GREETING)) {
    const ls = own.lastIndexOf('\n', m.start - 1) + 1;
    if (own.slice(ls, m.start).trim().replace(/\u0000/g, '') !== '') continue;
    out.push({ field: 'body', start: m.start, end: m.end, empty: true });
  }
  return out;
}

/** Wrapped in quotes or backticks: the author is writing about the syntax, not sending it. */
function quotedLiteral(original: string, start: number, end: number): boolean {
  const before = original[start - 1] ?? '';
  const after = original[end] ?? '';
  return /["'`\u2018\u2019\u201C\u201D]/.test(before) && /["'`\u2018\u2019\u201C\u201D]/.test(after);
}

function suggestionsFor(token: string, ctx: RuleContext): Suggestion[] {
  const name = ctx.recipients.greetingName;
  const write: Suggestion[] = [{ label: 'Write this part yourself, about them, or take it out' }];
  if (NOTE_TO_SELF.test(token)) return write;
  const recipients = !SENDER.test(token);
  if (recipients && (FIRST_NAME.test(token) || PLAIN_NAME.test(token))) {
    return name
      ? [{ label: `Use their first name, ${isolate(name)}`, replacement: name }]
      : [{ label: 'Replace it with their first name' }];
  }
  if (recipients && LAST_NAME.test(token)) return [{ label: 'Replace it with their last name' }];
  if (recipients && COMPANY.test(token)) return [{ label: "Replace it with their company's name" }];
  if (recipients && TITLE.test(token)) return [{ label: 'Replace it with their job title' }];
  if (INSTRUCTION.test(token)) return write;
  return [{ label: 'Fill it in by hand, or take it out' }];
}

function suggestionsForEmpty(ctx: RuleContext): Suggestion[] {
  const name = ctx.recipients.greetingName;
  return name
    ? [{ label: `Greet ${isolate(name)} by name, and check the other fields in this email`, replacement: `Hi ${name},` }]
    : [{ label: 'Put their name in the greeting, and check the other fields in this email' }];
}

function messageFor(token: string, field: Field, empty = false): string {
  if (empty) {
    return `${quote(token)} greets nobody: the name field was merged empty. The recipient sees at once that the email came from a list whose data was missing, and reads the rest in that light.`;
  }
  return field === 'subject'
    ? `${quote(token)} in the subject line is a mail-merge field that was never filled in. It is the first thing the recipient sees, and it tells them before they open the email that it went out to a list.`
    : `${quote(token)} is a mail-merge field that was never filled in. The recipient sees the template showing through and knows at once the email went out to a list, so little after it feels written for them.`;
}

/** «FirstName» in the original text; in the body, only where the engine did not mask the guillemets as history. */
function guillemetFields(ctx: RuleContext, field: Field): Token[] {
  const prepared = field === 'body' ? ctx.body : ctx.subject;
  const out: Token[] = [];
  // Every field starts with «: most texts have none, and a search for one character is cheap.
  if (!prepared.original.includes('«')) return out;
  const re = compile(GUILLEMETS);
  re.lastIndex = 0;
  for (let m = re.exec(prepared.original); m; m = re.exec(prepared.original)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = m[1] ?? '';
    if (!guillemetName.test(name) && !CAMEL.test(name)) continue;
    if (prepared.flat[start] !== '"' || prepared.flat[end - 1] !== '"') continue;
    out.push({ field, start, end });
  }
  return out;
}

/** Fields left in the signature block ("Best, {{sender_name}}"), which the engine masks as not the author's prose. */
function signatureFields(ctx: RuleContext): Token[] {
  const { original, flat, signatureStart, quoted } = ctx.body;
  if (signatureStart < 0) return [];
  const historyStart = quoted.map((q) => q.start).filter((s) => s > signatureStart);
  const limit = historyStart.length > 0 ? Math.min(...historyStart) : original.length;
  const re = compile(SIGNATURE_FIELDS);
  const out: Token[] = [];
  re.lastIndex = signatureStart;
  for (let m = re.exec(original); m && m.index < limit; m = re.exec(original)) {
    const start = m.index;
    const end = start + m[0].length;
    if (flat[start] !== MASK || quoted.some((q) => start >= q.start && start < q.end)) continue;
    if (FOOTER_FIELD.test(m[0])) continue;
    out.push({ field: 'body', start, end, signature: true });
  }
  return out;
}

export default defineRule({
  id: 'unfilled-merge-field',
  category: 'impersonal',
  defaultSeverity: 'error',
  checksInternalMail: true,
  description: 'A mail-merge field left unfilled in the subject or body, such as {{first_name}}, [Company Name] or "Hi FNAME,".',
  rationale:
    'An unfilled field is the template showing through. The recipient learns in one glance that they are a row in a spreadsheet, and whatever care went into the rest of the email is lost. In the subject line it often decides whether the email is opened at all.',
  examples: {
    bad: 'Hi {{first_name}}, I noticed [Company Name] is hiring for its finance team.',
    good: 'Hi Dana, I noticed Northwind is hiring for its finance team.',
  },
  check(ctx) {
    const tokens: Token[] = [];
    // A reply's subject carries the thread's old subject: the recipient has seen it already, unless
    // every earlier message is the sender's own (a follow-up still wearing its template's subject).
    const ownThread = ctx.thread.messages.length > 0 && ctx.thread.messages.every((m) => m.side === 'sender');
    const inheritedSubject = ctx.thread.hasHistory && !ownThread && REPLY_PREFIX.test(ctx.draft.subject);
    for (const field of inheritedSubject ? (['body'] as const) : (['subject', 'body'] as const)) {
      for (const m of ctx.find(MERGE_FIELDS, field)) {
        const entry = m.entry as FieldSignal;
        if (entry.fieldLike && !fieldLike(m.text)) continue;
        if (entry.capital && !/[A-Z]/.test(ctx.draft[field].slice(m.start, m.end))) continue;
        if (entry.aboutThem && !INSTRUCTION_TOPIC.test(m.text.replace(/^\[\s?\w+/, ''))) continue;
        // "Hi FNAME," is matched whole; the finding covers only the field.
        const greeting = GREETING_PREFIX.exec(m.text)?.[0].length ?? 0;
        tokens.push({ field, start: m.start + greeting, end: m.end });
      }
      tokens.push(...guillemetFields(ctx, field));
    }
    tokens.push(...emptyGreetings(ctx));
    tokens.push(...signatureFields(ctx));

    if (tokens.length === 0) return;
    // Colleagues reviewing a template or a sequence are talking about its fields, not sending them.
    if (internalTemplateTalk(ctx)) return;

    const reported = { body: 0, subject: 0 };
    for (const token of tokens) {
      const { field, start, end } = token;
      const original = field === 'body' ? ctx.draft.body : ctx.draft.subject;
      if (quotedLiteral(original, start, end)) continue;
      if (!token.signature && !token.empty && discussed(ctx, token, original)) continue;
      if (reported[field]++ >= MAX_PER_FIELD) continue;
      const text = original.slice(start, end);
      ctx.report({
        field,
        start,
        end,
        message: messageFor(text, field, token.empty),
        suggestions: token.empty ? suggestionsForEmpty(ctx) : suggestionsFor(text, ctx),
      });
    }
  },
});
