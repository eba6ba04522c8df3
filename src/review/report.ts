/**
 * The manager's review: what a team's sent mail looks like to its recipients, in numbers a
 * manager can read in a minute and drill into. This module is the report model shared by the
 * review page and `tactful review`; only rendering differs. It is fed one email at a time and
 * keeps counts and email positions, never email text, so it stays small however much mail
 * goes through it.
 */
import { parseAddress } from '../engine/address';
import { CATEGORIES, type Category, type Draft, type Finding } from '../engine/draft';

/** One email of the review as the report and its drill-down need it (no body). */
export interface ReviewRecord {
  /** 1-based position among the emails read (other senders' included), stable for links. */
  position: number;
  /** Where it came from: "sent.mbox:1234" (file and line), "a.eml", "drafts.jsonl:7". */
  source: string;
  /** ISO 8601 date when known. */
  date?: string;
  /** The sender's address, lower-cased. */
  from: string;
  /** Recipients' domains (To, Cc and Bcc), lower-cased, without repeats. */
  recipientDomains: string[];
  subject: string;
  findings: Finding[];
}

/** A warning or an error: what the share of flagged email counts (notes do not). */
export const isAlarm = (f: Finding): boolean => f.severity !== 'info';

/**
 * The team: addresses ("sam@vendor.io") and domains ("vendor.io", "@vendor.io"); a domain
 * covers its subdomains. Returns null when nothing usable was given.
 */
export function parseTeam(spec: string): string[] | null {
  const parts = spec
    .split(/[\s,;]+/)
    .map((p) => p.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const valid = parts.filter((p) => /^[^\s@]+@[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(p) || /^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(p));
  return valid.length > 0 && valid.length === parts.length ? valid : null;
}

export function isFromTeam(from: string, team: readonly string[]): boolean {
  const { address, domain } = parseAddress(from);
  if (!address) return false;
  return team.some((t) => (t.includes('@') ? address === t : domain === t || domain.endsWith(`.${t}`)));
}

/** The record of an analysed draft. */
export function recordOf(draft: Draft, findings: Finding[], position: number, source: string): ReviewRecord {
  const domains = new Set<string>();
  for (const raw of [...draft.to, ...draft.cc, ...draft.bcc]) {
    const { domain } = parseAddress(raw);
    if (domain) domains.add(domain);
  }
  const date = draft.sentAt ? new Date(draft.sentAt) : undefined;
  return {
    position,
    source,
    ...(date && !Number.isNaN(date.getTime()) ? { date: date.toISOString() } : {}),
    from: parseAddress(draft.from ?? '').address,
    recipientDomains: [...domains],
    subject: draft.subject,
    findings,
  };
}

/** Monday (UTC) of the week of an ISO date, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** A count that drills down: the positions of the emails behind it, ascending. */
export interface Bucket {
  key: string;
  /** Findings counted (a rule can fire twice in one email). */
  findings: number;
  /** Emails with at least one of these findings. */
  emails: number[];
}

export interface RuleBucket extends Bucket {
  category: Category;
}

export interface SenderRow {
  sender: string;
  /** Every email of this sender (for the share). */
  total: number;
  /** Emails with a warning or error. */
  flagged: number[];
  /** Findings per category. */
  categories: Partial<Record<Category, number>>;
}

export interface WeekRow {
  /** Monday, YYYY-MM-DD; "undated" for emails without a date. */
  week: string;
  total: number;
  flagged: number[];
}

export interface Malformed {
  source: string;
  error: string;
}

export interface Report {
  team: string[];
  /** Emails from the team, analysed. */
  total: number;
  /** Of those, emails with a warning or error. */
  flagged: number[];
  /** Emails from others, not counted. */
  otherSenders: number;
  /** Messages that could not be read: how many, and the first ones by position. */
  malformedCount: number;
  malformed: Malformed[];
  /** Dates of the first and last counted email, when known. */
  firstDate?: string;
  lastDate?: string;
  categories: (Bucket & { key: Category })[];
  rules: RuleBucket[];
  senders: SenderRow[];
  weeks: WeekRow[];
  /** The most frequent flagged phrases (lower-cased excerpts), most frequent first. */
  phrases: (Bucket & { rule: string })[];
}

const MAX_MALFORMED_LISTED = 200;
const PHRASES_SHOWN = 20;

/** Adds a finding's email to a bucket once, however many of its findings fall in it. */
function count(bucket: Bucket, position: number): void {
  bucket.findings++;
  if (bucket.emails[bucket.emails.length - 1] !== position) bucket.emails.push(position);
}

/**
 * Accumulates records in input order (positions ascending) and produces the Report. Feed it
 * every email read: the team's with `add`, others with `skipOther`, unreadable ones with
 * `malformed`.
 */
export class ReviewAccumulator {
  private total = 0;
  private readonly flagged: number[] = [];
  private otherSenders = 0;
  private malformedCount = 0;
  private readonly malformedListed: Malformed[] = [];
  private firstDate: string | undefined;
  private lastDate: string | undefined;
  private readonly categories = new Map<Category, Bucket>(CATEGORIES.map((c) => [c, { key: c, findings: 0, emails: [] }]));
  private readonly rules = new Map<string, RuleBucket>();
  private readonly senders = new Map<string, SenderRow>();
  private readonly weeks = new Map<string, WeekRow>();
  private readonly phrases = new Map<string, Bucket & { rule: string }>();

  constructor(readonly team: readonly string[]) {}

  add(record: ReviewRecord): void {
    const { position } = record;
    this.total++;
    const alarms = record.findings.filter(isAlarm);
    if (alarms.length) this.flagged.push(position);
    if (record.date) {
      if (!this.firstDate || record.date < this.firstDate) this.firstDate = record.date;
      if (!this.lastDate || record.date > this.lastDate) this.lastDate = record.date;
    }
    const sender = this.senders.get(record.from) ?? { sender: record.from, total: 0, flagged: [], categories: {} };
    this.senders.set(record.from, sender);
    sender.total++;
    if (alarms.length) sender.flagged.push(position);
    const weekKey = record.date ? weekOf(record.date) : 'undated';
    const week = this.weeks.get(weekKey) ?? { week: weekKey, total: 0, flagged: [] };
    this.weeks.set(weekKey, week);
    week.total++;
    if (alarms.length) week.flagged.push(position);
    for (const f of alarms) {
      count(this.categories.get(f.category)!, position);
      let rule = this.rules.get(f.rule);
      if (!rule) this.rules.set(f.rule, (rule = { key: f.rule, category: f.category, findings: 0, emails: [] }));
      count(rule, position);
      sender.categories[f.category] = (sender.categories[f.category] ?? 0) + 1;
      if (f.excerpt) {
        const key = f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
        let phrase = this.phrases.get(key);
        if (!phrase) this.phrases.set(key, (phrase = { key, rule: f.rule, findings: 0, emails: [] }));
        count(phrase, position);
      }
    }
  }

  skipOther(): void {
    this.otherSenders++;
  }

  malformed(source: string, error: string): void {
    this.malformedCount++;
    if (this.malformedListed.length < MAX_MALFORMED_LISTED) this.malformedListed.push({ source, error });
  }

  report(): Report {
    const byCount = <T extends Bucket>(a: T, b: T) => b.emails.length - a.emails.length || b.findings - a.findings || a.key.localeCompare(b.key);
    return {
      team: [...this.team],
      total: this.total,
      flagged: [...this.flagged],
      otherSenders: this.otherSenders,
      malformedCount: this.malformedCount,
      malformed: [...this.malformedListed],
      ...(this.firstDate ? { firstDate: this.firstDate, lastDate: this.lastDate! } : {}),
      categories: [...this.categories.values()] as (Bucket & { key: Category })[],
      rules: [...this.rules.values()].sort(byCount),
      senders: [...this.senders.values()].sort((a, b) => b.flagged.length - a.flagged.length || b.total - a.total || a.sender.localeCompare(b.sender)),
      weeks: [...this.weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
      phrases: [...this.phrases.values()].sort(byCount).slice(0, PHRASES_SHOWN),
    };
  }
}

/** The CSV export: one row per finding (warnings, errors and notes), with a header row. */
export const CSV_HEADER = ['date', 'sender', 'recipient domain', 'subject', 'rule', 'category', 'severity', 'excerpt'] as const;

/** A CSV field, quoted when it holds a comma, quote or line break; formula starts are defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(record: ReviewRecord): string[] {
  return record.findings.map((f) =>
    [record.date ?? '', record.from, record.recipientDomains.join(' '), record.subject, f.rule, f.category, f.severity, f.excerpt ?? '']
      .map(csvField)
      .join(','),
  );
}
