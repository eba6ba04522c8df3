import { defineRule, type RuleContext } from '../engine/rule';
import { quote } from '../engine/shapes';
import { compile } from '../engine/match';
import { MASK } from '../engine/text';
import type { Suggestion } from '../engine/draft';
import {
  FOOTER_FIELD,
  GUILLEMET_FIELD,
  GUILLEMET_NAME,
  GREETING_PREFIX,
  MERGE_FIELDS,
  SIGNATURE_FIELDS,
} from './data/unfilled-merge-field';

type Field = 'body' | 'subject';

interface Token {
  field: Field;
  start: number;
  end: number;
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

const REPLY_PREFIX = /^\s*(?:re|fwd?|aw|wg|sv|vs|tr|rif)\s*(?:\[\d+\])?\s*:/i;
const CAMEL = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;
const guillemetName = new RegExp(GUILLEMET_NAME, 'i');
const GUILLEMETS = [GUILLEMET_FIELD];

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
      ? [{ label: `Use their first name, ${name}`, replacement: name }]
      : [{ label: 'Replace it with their first name' }];
  }
  if (recipients && LAST_NAME.test(token)) return [{ label: 'Replace it with their last name' }];
  if (recipients && COMPANY.test(token)) return [{ label: "Replace it with their company's name" }];
  if (recipients && TITLE.test(token)) return [{ label: 'Replace it with their job title' }];
  if (INSTRUCTION.test(token)) return write;
  return [{ label: 'Fill it in by hand, or take it out' }];
}

function messageFor(token: string, field: Field): string {
  return field === 'subject'
    ? `${quote(token)} in the subject line is a mail-merge field that was never filled in. It is the first thing the recipient sees, and it tells them before they open the email that it went out to a list.`
    : `${quote(token)} is a mail-merge field that was never filled in. The recipient sees the template showing through and knows at once the email went out to a list, so little after it feels written for them.`;
}

/** «FirstName» in the original text; in the body, only where the engine did not mask the guillemets as history. */
function guillemetFields(ctx: RuleContext, field: Field): Token[] {
  const prepared = field === 'body' ? ctx.body : ctx.subject;
  const re = compile(GUILLEMETS);
  const out: Token[] = [];
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
    out.push({ field: 'body', start, end });
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
    // A reply's subject carries the thread's old subject: the recipient has seen it already.
    const inheritedSubject = ctx.thread.hasHistory && REPLY_PREFIX.test(ctx.draft.subject);
    for (const field of inheritedSubject ? (['body'] as const) : (['subject', 'body'] as const)) {
      for (const m of ctx.find(MERGE_FIELDS, field)) {
        // "Hi FNAME," is matched whole; the finding covers only the field.
        const greeting = GREETING_PREFIX.exec(m.text)?.[0].length ?? 0;
        tokens.push({ field, start: m.start + greeting, end: m.end });
      }
      tokens.push(...guillemetFields(ctx, field));
    }
    tokens.push(...signatureFields(ctx));

    const reported = { body: 0, subject: 0 };
    for (const { field, start, end } of tokens) {
      const original = field === 'body' ? ctx.draft.body : ctx.draft.subject;
      if (quotedLiteral(original, start, end)) continue;
      if (reported[field]++ >= MAX_PER_FIELD) continue;
      const token = original.slice(start, end);
      ctx.report({ field, start, end, message: messageFor(token, field), suggestions: suggestionsFor(token, ctx) });
    }
  },
});
