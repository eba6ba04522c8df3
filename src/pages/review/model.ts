/**
 * What the review page does with the worker's result, without any rendering: filters over the
 * kept records, the report re-aggregated from them (positions unchanged, so drill-down links hold),
 * the CSV and JSON exports, and the spans of an email's text to highlight.
 */
import { CATEGORIES, type Category, type Finding } from '../../engine/draft';
import { CSV_HEADER, csvRows, ReviewAccumulator, type Report, type ReviewRecord } from '../../review/report';
import type { ReviewResult } from './process';

export interface Filters {
  /** A sender's address, or '' for everyone. */
  sender: string;
  category: Category | '';
  rule: string;
  /** First and last day counted (YYYY-MM-DD, UTC, as the report's weeks), or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { sender: '', category: '', rule: '', from: '', to: '' };

export const isFiltered = (f: Filters): boolean => Boolean(f.sender || f.category || f.rule || f.from || f.to);

/**
 * The records the filters keep: sender and dates choose emails; category and rule choose which
 * findings count, so every email of the period stays in the denominator of the share.
 */
export function filterRecords(records: readonly ReviewRecord[], f: Filters): ReviewRecord[] {
  if (!isFiltered(f)) return records as ReviewRecord[];
  const out: ReviewRecord[] = [];
  for (const r of records) {
    if (f.sender && r.from !== f.sender) continue;
    if (f.from || f.to) {
      const day = r.date?.slice(0, 10);
      if (!day || (f.from && day < f.from) || (f.to && day > f.to)) continue;
    }
    if (f.category || f.rule) {
      const findings = r.findings.filter((x) => (!f.category || x.category === f.category) && (!f.rule || x.rule === f.rule));
      out.push(findings.length === r.findings.length ? r : { ...r, findings });
    } else out.push(r);
  }
  return out;
}

/** The report of these records, with the whole run's other senders and unreadable messages. */
export function aggregate(result: ReviewResult, records: readonly ReviewRecord[]): Report {
  const acc = new ReviewAccumulator(result.team);
  for (const r of records) acc.add(r);
  for (let i = 0; i < result.otherSenders; i++) acc.skipOther();
  for (const m of result.malformed) acc.malformed(m.source, m.error);
  // Those counted but not listed (the worker lists as many as the report does).
  for (let i = result.malformed.length; i < result.malformedCount; i++) acc.malformed('', '');
  return acc.report();
}

/** Senders and rules seen in the whole run, for the filter choices. */
export function filterChoices(records: readonly ReviewRecord[]): { senders: string[]; rules: string[]; categories: Category[] } {
  const senders = new Set<string>();
  const rules = new Set<string>();
  for (const r of records) {
    senders.add(r.from);
    for (const f of r.findings) rules.add(f.rule);
  }
  return { senders: [...senders].sort(), rules: [...rules].sort(), categories: [...CATEGORIES] };
}

/** The CSV export: a header, then one row per finding. Starts with a byte-order mark so spreadsheets read it as UTF-8. */
export function csvText(records: readonly ReviewRecord[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of records) lines.push(...csvRows(r));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON export: the report as shown, the filters behind it, and its records (no email text). */
export function jsonText(report: Report, records: readonly ReviewRecord[], filters: Filters): string {
  return `${JSON.stringify({ generatedAt: new Date().toISOString(), filters, report, records }, null, 2)}\n`;
}

/** A part of a text: plain, or covered by one or more findings (their indexes in the list given). */
export interface Segment {
  text: string;
  findings: number[];
}

/**
 * Cuts a text into segments at every finding's start and end, so overlapping spans each stay
 * visible. Spans past the end of the text (a body kept only in part) are clipped.
 */
export function segments(text: string, findings: readonly Finding[], field: Finding['field']): Segment[] {
  const spans = findings
    .map((f, i) => ({ i, start: f.start, end: f.end, field: f.field }))
    .filter((s): s is { i: number; start: number; end: number; field: Finding['field'] } => s.field === field && s.start !== undefined && s.end !== undefined)
    .map((s) => ({ i: s.i, start: Math.min(s.start, text.length), end: Math.min(s.end, text.length) }))
    .filter((s) => s.end > s.start);
  if (spans.length === 0) return text ? [{ text, findings: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    if (b <= a) continue;
    const covering = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.i);
    const last = out[out.length - 1];
    if (last && last.findings.length === 0 && covering.length === 0) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), findings: covering });
  }
  return out;
}
