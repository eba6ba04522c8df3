import { DraftSchema, fieldText, severityRank, type Draft, type Finding } from './draft';
import { keepShape } from './keep';
import { nextDraft } from './arena';
import { DEFAULT_POLICY, type Policy } from '../settings/schema';
import { prepareLine, prepareText } from './text';
import { classifyRecipients } from './recipients';
import { readThread } from './thread';
import { findAll } from './match';
import type { KnownContact, Rule, RuleContext } from './rule';
import { rules as registry } from '../rules/index';

const EXCERPT_MAX = 160;

/**
 * The per-draft work (text preparation, recipients, thread), done once however many rules
 * run, and `run`, which runs one rule's check on it.
 */
export function createContext(draft: Draft, policy: Policy, sink: (finding: Finding) => void, contacts: readonly KnownContact[] = []) {
  nextDraft();
  const body = prepareText(draft.body);
  const subject = prepareLine(draft.subject);
  const recipients = classifyRecipients(draft, policy);
  const thread = readThread(draft, body, recipients);
  const find: RuleContext['find'] = (patterns, field = 'body') => findAll(field === 'body' ? body : subject, patterns);
  // One context for every rule of the draft (rules report while they run): `rule` says whose turn it is.
  let rule: Rule | undefined;
  const context: RuleContext = {
    draft,
    policy,
    body,
    subject,
    recipients,
    thread,
    contacts,
    find,
    report(r) {
      if (!rule) throw new Error('report() was called outside a rule check');
      const field = r.field ?? 'body';
      const text = fieldText(draft, field);
      const hasSpan = r.start !== undefined && r.end !== undefined;
      const start = hasSpan ? Math.max(0, Math.min(r.start!, text.length)) : undefined;
      const end = hasSpan ? Math.max(start!, Math.min(r.end!, text.length)) : undefined;
      const excerpt = hasSpan ? text.slice(start, end) : undefined;
      sink({
        rule: rule.id,
        category: r.category ?? rule.category,
        severity: policy.rules[rule.id]?.severity ?? r.severity ?? rule.defaultSeverity,
        message: r.message,
        field,
        ...(hasSpan ? { start, end } : {}),
        ...(excerpt !== undefined
          ? { excerpt: excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX - 1)}…` : excerpt }
          : {}),
        suggestions: r.suggestions,
      });
    },
  };
  /** Runs one rule's check on the draft, its reports credited to it. */
  const run = (next: Rule): void => {
    rule = next;
    try {
      next.check(context);
    } finally {
      rule = undefined;
    }
  };
  return { body, subject, recipients, thread, run };
}

// A small draft with a reply in its thread: its context holds a Prepared, a Thread and a Message (keep.ts).
keepShape(createContext(DraftSchema.parse({ to: ['a@b.example'], body: 'Hi', thread: [{ from: 'a@b.example', body: 'Hello' }] }), DEFAULT_POLICY, () => undefined));

const FIELD_ORDER: Record<Finding['field'], number> = { to: 0, cc: 1, bcc: 2, invite: 3, thread: 4, subject: 5, body: 6 };

function compareFindings(a: Finding, b: Finding): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    (a.start ?? -1) - (b.start ?? -1) ||
    (b.end ?? -1) - (a.end ?? -1) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

export interface AnalyzeOptions {
  rules?: readonly Rule[];
  /** What the contact memory knows of the recipients (the extension supplies it). */
  contacts?: readonly KnownContact[];
  /** Called when a rule throws; the other rules still run. Defaults to silence. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/**
 * Checks a draft against the policy and returns its findings sorted by field and position.
 * Never throws: a rule that fails is skipped and reported through `onRuleError`.
 * Duplicates (same rule, field and span) are dropped, and so is a finding whose span lies
 * inside another rule's span of the same category, which says the same thing louder.
 */
export function analyze(draft: Draft, policy: Policy = DEFAULT_POLICY, options: AnalyzeOptions = {}): Finding[] {
  const found: Finding[] = [];
  try {
    const context = createContext(draft, policy, (finding) => found.push(finding), options.contacts);
    for (const rule of options.rules ?? registry) {
      if (policy.rules[rule.id]?.enabled === false) continue;
      if (context.recipients.isInternal && !rule.checksInternalMail) continue;
      try {
        context.run(rule);
      } catch (error) {
        options.onRuleError?.(rule.id, error);
      }
    }
  } catch (error) {
    options.onRuleError?.('(engine)', error);
    return [];
  }
  return dedupe(found.sort(compareFindings));
}

/**
 * Drops exact duplicates, and a finding inside a same-category finding of another rule that is
 * at least as severe (it says the same thing again). Linear: findings arrive sorted by field,
 * start, then longest first, so the widest span seen so far per field and category suffices.
 */
function dedupe(sorted: Finding[]): Finding[] {
  if (sorted.length < 2) return sorted;
  const out: Finding[] = [];
  const seen = new Set<string>();
  const widest = new Map<string, Finding>();
  for (const f of sorted) {
    const key = `${f.rule}|${f.field}|${f.start ?? ''}|${f.end ?? ''}`;
    if (seen.has(key)) continue;
    const group = `${f.field}|${f.category}`;
    const cover = f.start !== undefined ? widest.get(group) : undefined;
    if (cover && cover.rule !== f.rule && cover.end! >= f.end! && severityRank[cover.severity] >= severityRank[f.severity]) continue;
    seen.add(key);
    out.push(f);
    if (f.start !== undefined && (!cover || f.end! > cover.end!)) widest.set(group, f);
  }
  return out;
}
