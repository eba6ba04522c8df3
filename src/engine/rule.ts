import type { Category, Draft, Field, Severity, Suggestion } from './draft';
import type { Policy } from '../settings/schema';
import type { PreparedText } from './text';
import type { Recipients } from './recipients';
import type { ThreadFacts } from './thread';
import type { Match, Patterns } from './match';

export interface RuleMeta {
  /** Same as the file name under src/rules/. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** What the rule looks for, in a line. */
  description: string;
  /** Why it matters, from the recipient's side. */
  rationale: string;
  examples: { bad: string; good: string };
  /** Also check mail whose every recipient is a colleague (default: only mail that leaves the company). */
  checksInternalMail?: boolean;
}

/**
 * What the user's contact memory knows of one recipient: when they wrote to them and when a
 * message from them was seen, in epoch seconds, ascending. Supplied by the extension; empty
 * elsewhere (the CLI, the review).
 */
export interface KnownContact {
  address: string;
  sent: readonly number[];
  replies: readonly number[];
}

export interface Report {
  field?: Field;
  start?: number;
  end?: number;
  /** What the recipient will feel and why, in one or two plain sentences. */
  message: string;
  suggestions: Suggestion[];
  /** Overrides the rule's default severity for this finding (policy still wins). */
  severity?: Severity;
  /** For rules whose findings take their category from data (custom phrases). */
  category?: Category;
}

export interface RuleContext {
  draft: Draft;
  policy: Policy;
  body: PreparedText;
  subject: PreparedText;
  recipients: Recipients;
  thread: ThreadFacts;
  /** The recipients the contact memory knows (lower-cased addresses); none outside the extension. */
  contacts: readonly KnownContact[];
  /** Matches of the patterns in the author's own words in the body (or the subject). */
  find(patterns: Patterns, field?: 'body' | 'subject'): Match[];
  report(report: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
