/**
 * The review as one self-contained HTML file, for `tactful review`: no script, no external
 * style, font or image, so it opens anywhere, can be mailed around, and a hostile email in it
 * can do nothing (every piece of text is escaped, and the page's own policy forbids script).
 *
 * Drill-down without script: every number links to an anchor above the list of flagged
 * emails; CSS (`:target` and `:has()`) then shows only that bucket's emails, whose classes
 * name their rules, categories, sender, week and phrases. Each email is a <details> that opens
 * on its body with the flagged spans marked and every finding's explanation and rewrite.
 *
 * It is written in two passes so that no email text stays in memory: each flagged email's
 * fragment goes to a temporary file as it is read; at the end the head and summary (which need
 * the final counts) are written, then the fragments are streamed from the file, then the tail.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { severityRank, type Category, type Draft, type Finding, type Severity } from '../engine/draft';
import { rules } from '../rules/index';
import { isAlarm, weekOf, type Bucket, type Report, type ReviewRecord, type SenderRow, type WeekRow } from './report';

/** Where output goes (a file, standard output); a returned promise means "wait before writing more". */
export interface Sink {
  write(text: string): void | Promise<void>;
}

/** What the report says about how it was made. */
export interface ReportMeta {
  files: string[];
  generatedAt: Date;
  version: string;
}

/** Bodies are shown up to this many characters (and say so when cut). */
export const BODY_CAP = 20_000;

/** Category names for a manager (the extension's own names speak to the writer). */
export const CATEGORY_LABELS: Record<Category, string> = {
  'presumptive-appointment': 'Presumptive appointments',
  escalation: 'Going over their head',
  'pushy-outreach': 'Pushy outreach',
  impersonal: 'Impersonal',
  'internal-boundaries': 'Internal boundaries',
};

const SEVERITY_LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and quoted attributes. Control characters other than tab
 * and line breaks are dropped: they have no place in a report and some are parse errors.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const esc = escapeHtml;

/** A word safe in an id or class name, from a rule id, category or week. */
const token = (text: string): string => text.toLowerCase().replace(/[^a-z0-9-]/g, '_');

/** A short stable name for a free text (a sender, a phrase) in ids and class names. */
export function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The report model's key of a flagged phrase (as src/review/report.ts counts it). */
const phraseKey = (excerpt: string): string => excerpt.replace(/\s+/g, ' ').trim().toLowerCase();

/** Filter names: the anchor id is `f-<name>`, the class on each email in the bucket is `<name>`. */
export const filters = {
  category: (c: string) => `c-${token(c)}`,
  rule: (r: string) => `r-${token(r)}`,
  sender: (s: string) => `s-${hashKey(s)}`,
  week: (w: string) => `w-${token(w)}`,
  phrase: (p: string) => `p-${hashKey(p)}`,
};

const num = (n: number): string => n.toLocaleString('en-US');

function percent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const p = (part / whole) * 100;
  return p > 0 && p < 1 ? '<1%' : `${Math.round(p)}%`;
}

const day = (iso: string): string => iso.slice(0, 10);
const minute = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const ruleDescription = new Map(rules.map((r) => [r.id, r.description]));

function worst(findings: readonly Finding[]): Severity {
  let best: Severity = 'info';
  for (const f of findings) if (severityRank[f.severity] > severityRank[best]) best = f.severity;
  return best;
}

/** A span of a field to mark, numbered like the finding it belongs to. */
export interface Span {
  start: number;
  end: number;
  n: number;
  severity: Severity;
  rule: string;
}

/**
 * `text` escaped, with each span in <mark> and the finding's number after it. Overlapping spans
 * are cut at every boundary so the marks nest properly; a piece covered by several findings
 * takes the most severe one's colour. Only the first `cap` characters are shown.
 */
export function highlight(text: string, spans: readonly Span[], cap = Infinity): string {
  let limit = Math.min(text.length, cap);
  // Never cut a character in two.
  if (limit < text.length && /[\ud800-\udbff]/.test(text[limit - 1] ?? '')) limit--;
  const shown = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, limit)), end: Math.max(0, Math.min(s.end, limit)) }))
    .filter((s) => s.end > s.start);
  const points = [...new Set([0, limit, ...shown.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const piece = esc(text.slice(from, to));
    const covering = shown.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      html += piece;
    } else {
      const severity = covering.reduce<Severity>((w, s) => (severityRank[s.severity] > severityRank[w] ? s.severity : w), 'info');
      const title = covering.map((s) => `${s.n}: ${s.rule}`).join(', ');
      html += `<mark class="${severity}" title="${esc(title)}">${piece}</mark>`;
    }
    for (const s of shown) if (s.end === to) html += `<sup class="fn">${s.n}</sup>`;
  }
  return html;
}

function spansOf(findings: readonly Finding[], field: 'body' | 'subject'): Span[] {
  return findings.flatMap((f, i) =>
    f.field === field && f.start !== undefined && f.end !== undefined && f.end > f.start
      ? [{ start: f.start, end: f.end, n: i + 1, severity: f.severity, rule: f.rule }]
      : [],
  );
}

/** The filter classes of an email: every bucket of the report it is counted in. */
export function emailClasses(record: ReviewRecord): string[] {
  const alarms = record.findings.filter(isAlarm);
  const classes = new Set<string>([filters.sender(record.from), filters.week(record.date ? weekOf(record.date) : 'undated')]);
  for (const f of alarms) {
    classes.add(filters.category(f.category));
    classes.add(filters.rule(f.rule));
    if (f.excerpt) classes.add(filters.phrase(phraseKey(f.excerpt)));
  }
  return [...classes];
}

function findingItem(f: Finding, id: string, n: number): string {
  const suggestions = f.suggestions
    .map((s) => {
      const rewrite = s.replacement === undefined ? '' : s.replacement === '' ? '<span class="muted">(remove it)</span>' : `<ins>${esc(s.replacement)}</ins>`;
      return `<li><span class="lbl">${esc(s.label)}</span>${rewrite ? ` ${rewrite}` : ''}</li>`;
    })
    .join('');
  return (
    `<li id="${id}" class="finding ${f.severity}" value="${n}">` +
    `<p class="fhead"><span class="sev ${f.severity}">${SEVERITY_LABELS[f.severity]}</span> <code>${esc(f.rule)}</code> <span class="muted">${esc(CATEGORY_LABELS[f.category] ?? f.category)}</span></p>` +
    `<p class="msg">${esc(f.message)}</p>` +
    (f.excerpt ? `<p class="excerpt"><span class="muted">${esc(f.field)}:</span> <q><bdi>${esc(f.excerpt)}</bdi></q></p>` : '') +
    (suggestions ? `<ul class="sugg" aria-label="Suggested rewrites">${suggestions}</ul>` : '') +
    `</li>`
  );
}

/** One email of the drill-down: a <details id="email-<position>"> with everything about it, all escaped. */
export function emailFragment(record: ReviewRecord, draft: Draft): string {
  const id = `email-${record.position}`;
  const severity = worst(record.findings);
  const ruleChips = [...new Map(record.findings.map((f) => [f.rule, f] as const)).values()]
    .map((f) => `<span class="chip ${f.severity}">${esc(f.rule)}</span>`)
    .join('');
  const subject = draft.subject.trim() ? highlight(draft.subject, spansOf(record.findings, 'subject')) : '<span class="muted">(no subject)</span>';
  const body = draft.body;
  const cut = body.length > BODY_CAP;
  const meta = [
    ['From', `<bdi>${esc(record.from || '(unknown sender)')}</bdi>`],
    ['To (domains)', record.recipientDomains.length ? record.recipientDomains.map(esc).join(', ') : '<span class="muted">no recipients</span>'],
    ['Date', record.date ? esc(minute(record.date)) : '<span class="muted">undated</span>'],
    ['Subject', subject],
    ['Source', `<code>${esc(record.source)}</code>`],
  ];
  return (
    `<details class="email ${severity} ${emailClasses(record).join(' ')}" id="${id}">` +
    `<summary><span class="pos">#${record.position}</span> <bdi class="subj">${esc(draft.subject.trim() || '(no subject)')}</bdi>` +
    ` <span class="who"><bdi>${esc(record.from)}</bdi>${record.date ? ` · ${esc(day(record.date))}` : ''}</span> <span class="chips">${ruleChips}</span></summary>` +
    `<div class="inside">` +
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` +
    `<ol class="findings">${record.findings.map((f, i) => findingItem(f, `${id}-f${i + 1}`, i + 1)).join('')}</ol>` +
    `<div class="body">${body.trim() ? highlight(body, spansOf(record.findings, 'body'), BODY_CAP) : '<span class="muted">(empty body)</span>'}</div>` +
    (cut ? `<p class="cut">Body cut at ${num(BODY_CAP)} of ${num(body.length)} characters; findings past the cut are listed above.</p>` : '') +
    `</div></details>\n`
  );
}

/** A number that drills down: a link to its filter. */
const drill = (value: number | string, filter: string, label: string): string =>
  `<a class="drill" href="#f-${filter}" title="${esc(label)}">${typeof value === 'number' ? num(value) : esc(value)}</a>`;

interface Filter {
  name: string;
  /** Classes an email must all have to be shown. */
  classes: string[];
  /** What the list shows, as HTML. */
  label: string;
  count: number;
}

const plural = (n: number, word: string) => `${num(n)} ${word}${n === 1 ? '' : 's'}`;

/** Every drill-down of the report: one anchor and one CSS rule each. */
function filtersOf(report: Report): Filter[] {
  const out: Filter[] = [];
  for (const c of report.categories) {
    if (c.emails.length) out.push({ name: filters.category(c.key), classes: [filters.category(c.key)], label: `in <b>${esc(CATEGORY_LABELS[c.key])}</b>`, count: c.emails.length });
  }
  for (const r of report.rules) out.push({ name: filters.rule(r.key), classes: [filters.rule(r.key)], label: `flagged by <code>${esc(r.key)}</code>`, count: r.emails.length });
  for (const s of report.senders) {
    out.push({ name: filters.sender(s.sender), classes: [filters.sender(s.sender)], label: `from <b>${esc(s.sender)}</b>`, count: s.flagged.length });
    for (const [category, findings] of Object.entries(s.categories) as [Category, number][]) {
      if (!findings) continue;
      out.push({
        name: `${filters.sender(s.sender)}-${filters.category(category)}`,
        classes: [filters.sender(s.sender), filters.category(category)],
        label: `from <b>${esc(s.sender)}</b> in <b>${esc(CATEGORY_LABELS[category])}</b>`,
        count: -1,
      });
    }
  }
  for (const w of report.weeks) {
    out.push({ name: filters.week(w.week), classes: [filters.week(w.week)], label: w.week === 'undated' ? 'without a date' : `in the week of <b>${esc(w.week)}</b>`, count: w.flagged.length });
  }
  for (const p of report.phrases) out.push({ name: filters.phrase(p.key), classes: [filters.phrase(p.key)], label: `with <q>${esc(p.key)}</q>`, count: p.emails.length });
  return out;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1c2230;--muted:#5d6878;--card:#f4f6f9;--line:#e2e6ec;--link:#1f4fd1;--accent:#c2410c;--bar:#c9d2de;--mark:#fde68a;--mark-err:#fecaca;--warn:#a16207;--err:#b91c1c;--info:#0e7490;--ins:#dcfce7}
@media (prefers-color-scheme:dark){:root{--bg:#121519;--fg:#e4e8ee;--muted:#9aa5b4;--card:#1b2027;--line:#2b333e;--link:#8ab4ff;--accent:#fb923c;--bar:#3a4553;--mark:#6b5212;--mark-err:#7f1d1d;--warn:#fbbf24;--err:#f87171;--info:#67e8f9;--ins:#14532d}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:32px 20px 64px}
h1{font-size:1.7rem;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:1.2rem;margin:40px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
a{color:var(--link)}
code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.muted,.sub{color:var(--muted)}
.sub{margin:0 0 20px}
nav.toc{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem;margin:0 0 8px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:16px 0}
.kpi{background:var(--card);border-radius:12px;padding:14px 16px}
.kpi .big{display:block;font-size:2.1rem;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.kpi .big a{color:inherit;text-decoration:none;border-bottom:2px solid var(--link)}
.kpi .big.alarm{color:var(--accent)}
.kpi .what{display:block;color:var(--muted);font-size:.88rem}
.kpi .small{font-size:1.05rem;font-weight:600;line-height:1.4}
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:7px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.n{text-align:right;white-space:nowrap}
td .desc{display:block;color:var(--muted);font-size:.85rem}
td code{white-space:nowrap}
.share{display:inline-block;width:60px;height:8px;background:var(--bar);border-radius:4px;vertical-align:middle;margin-left:6px;overflow:hidden}
.share i{display:block;height:100%;background:var(--accent)}
.tops{font-size:.9rem}
.chart{width:100%;height:auto;display:block;margin:8px 0}
.chart .t{fill:var(--bar)}.chart .f{fill:var(--accent)}.chart .hit{fill:transparent}
.chart a:hover .t,.chart a:focus .t{fill:var(--muted)}
.chart text{fill:var(--muted);font:11px system-ui,sans-serif}
.chart .grid{stroke:var(--line)}
.legend{font-size:.85rem;color:var(--muted)}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px}
.filter{display:none;background:var(--card);border-left:4px solid var(--accent);padding:10px 14px;border-radius:6px;margin:12px 0}
.filter:target{display:block}
.email{border:1px solid var(--line);border-radius:10px;margin:8px 0;background:var(--bg)}
.email>summary{cursor:pointer;padding:10px 14px;display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.email[open]>summary{border-bottom:1px solid var(--line)}
.email:target{outline:3px solid var(--link);outline-offset:2px}
.pos{color:var(--muted);font-variant-numeric:tabular-nums}
.subj{font-weight:600;flex:1 1 260px;min-width:0;overflow-wrap:anywhere}
.who{color:var(--muted);font-size:.9rem}
.chips{display:flex;flex-wrap:wrap;gap:4px}
.chip{font:.75rem ui-monospace,Menlo,Consolas,monospace;padding:1px 6px;border-radius:10px;border:1px solid currentColor}
.chip.warning,.sev.warning{color:var(--warn)}.chip.error,.sev.error{color:var(--err)}.chip.info,.sev.info{color:var(--info)}
.inside{padding:12px 16px}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0 0 12px;font-size:.92rem}
.meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
.findings{padding-left:22px;margin:0 0 14px}
.finding{margin:0 0 12px}
.finding p{margin:2px 0}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
.sugg{margin:4px 0 0;padding-left:18px}
.sugg .lbl{font-weight:600}
ins{text-decoration:none;background:var(--ins);padding:0 3px;border-radius:3px}
.body{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border-radius:8px;padding:12px 14px;font-size:.92rem;max-height:60vh;overflow:auto}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px;unicode-bidi:isolate}
mark.error{background:var(--mark-err)}
sup.fn{color:var(--muted);font-size:.7em;margin-left:1px}
.cut{color:var(--muted);font-size:.85rem}
footer{margin-top:48px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:12px}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--card:#f3f3f3;--line:#ccc;--link:#000;--accent:#b3400b;--bar:#bbb;--mark:#fde68a}
body{font-size:10.5pt}main{max-width:none;padding:0}
nav.toc,.filter,.hint{display:none}
a{text-decoration:none}
h2{break-after:avoid}table,.kpis,.chart{break-inside:avoid}
.email{break-inside:avoid}.body{max-height:none;overflow:visible}
}`;

/** The CSS rules that show only a bucket's emails while its anchor is the page's target. */
function filterStyle(list: readonly Filter[]): string {
  return list.map((f) => `body:has(#f-${f.name}:target) .email:not(${f.classes.map((c) => `.${c}`).join('')}){display:none}`).join('\n');
}

function headline(report: Report): string {
  const share = percent(report.flagged.length, report.total);
  const range = report.firstDate ? (day(report.firstDate) === day(report.lastDate!) ? day(report.firstDate) : `${day(report.firstDate)} – ${day(report.lastDate!)}`) : 'no dates';
  const malformed = report.malformedCount ? `<a href="#malformed">${num(report.malformedCount)}</a>` : '0';
  return (
    `<div class="kpis">` +
    `<div class="kpi"><span class="big"><a href="#emails">${num(report.total)}</a></span><span class="what">emails reviewed from the team</span></div>` +
    `<div class="kpi"><span class="big alarm"><a href="#emails">${share}</a></span><span class="what">with a warning or error (<a href="#emails">${num(report.flagged.length)}</a>)</span></div>` +
    `<div class="kpi"><span class="big">${num(report.otherSenders)}</span><span class="what">from other senders, skipped</span></div>` +
    `<div class="kpi"><span class="big">${malformed}</span><span class="what">messages that could not be read</span></div>` +
    `<div class="kpi"><span class="big small">${esc(range)}</span><span class="what">dates of the emails</span></div>` +
    `</div>`
  );
}

function categoriesTable(report: Report): string {
  const rows = report.categories
    .map((c) => {
      const f = filters.category(c.key);
      const label = CATEGORY_LABELS[c.key];
      return `<tr><td>${esc(label)}</td><td class="n">${c.emails.length ? drill(c.emails.length, f, `Emails in ${label}`) : '0'}</td><td class="n">${percent(c.emails.length, report.total)}</td><td class="n">${c.findings ? drill(c.findings, f, `Emails in ${label}`) : '0'}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Category</th><th class="n">Emails</th><th class="n">Of reviewed</th><th class="n">Findings</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function rulesTable(report: Report): string {
  if (report.rules.length === 0) return '<p class="muted">No rule raised a warning or error.</p>';
  const rows = report.rules
    .map((r) => {
      const f = filters.rule(r.key);
      const desc = ruleDescription.get(r.key);
      return `<tr><td><code>${esc(r.key)}</code>${desc ? `<span class="desc">${esc(desc)}</span>` : ''}</td><td>${esc(CATEGORY_LABELS[r.category])}</td><td class="n">${drill(r.emails.length, f, `Emails flagged by ${r.key}`)}</td><td class="n">${drill(r.findings, f, `Emails flagged by ${r.key}`)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Rule</th><th>Category</th><th class="n">Emails</th><th class="n">Findings</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sendersTable(senders: readonly SenderRow[]): string {
  if (senders.length === 0) return '<p class="muted">No email from the team.</p>';
  const rows = senders
    .map((s) => {
      const f = filters.sender(s.sender);
      const tops = (Object.entries(s.categories) as [Category, number][])
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([c, n]) => `${esc(CATEGORY_LABELS[c])} ${drill(n, `${f}-${filters.category(c)}`, `Emails from ${s.sender} in ${CATEGORY_LABELS[c]}`)}`)
        .join(' · ');
      const share = s.total ? (s.flagged.length / s.total) * 100 : 0;
      return (
        `<tr><td><bdi>${esc(s.sender || '(unknown sender)')}</bdi></td><td class="n">${s.flagged.length ? drill(s.total, f, `Flagged emails from ${s.sender}`) : num(s.total)}</td>` +
        `<td class="n">${s.flagged.length ? drill(s.flagged.length, f, `Flagged emails from ${s.sender}`) : '0'}</td>` +
        `<td class="n">${percent(s.flagged.length, s.total)}<span class="share" aria-hidden="true"><i style="width:${share.toFixed(1)}%"></i></span></td>` +
        `<td class="tops">${tops || '<span class="muted">nothing flagged</span>'}</td></tr>`
      );
    })
    .join('');
  return `<table><thead><tr><th>Sender</th><th class="n">Emails</th><th class="n">Flagged</th><th class="n">Share</th><th>Top categories (findings)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Adds the empty weeks between dated ones, so the trend's time axis is even (unless it spans years). */
function evenWeeks(weeks: readonly WeekRow[]): WeekRow[] {
  const dated = weeks.filter((w) => w.week !== 'undated');
  if (dated.length < 2) return dated;
  const first = Date.parse(dated[0]!.week);
  const last = Date.parse(dated[dated.length - 1]!.week);
  const span = Math.round((last - first) / (7 * 86_400_000));
  if (span > 156) return dated;
  const byWeek = new Map(dated.map((w) => [w.week, w]));
  const out: WeekRow[] = [];
  for (let i = 0; i <= span; i++) {
    const week = new Date(first + i * 7 * 86_400_000).toISOString().slice(0, 10);
    out.push(byWeek.get(week) ?? { week, total: 0, flagged: [] });
  }
  return out;
}

/** Weekly bars (emails, and those flagged) as inline SVG; each bar links to its week's emails. */
export function weeklyChart(weeks: readonly WeekRow[]): string {
  const shown = evenWeeks(weeks);
  if (shown.length === 0) return '<p class="muted">No dated emails to chart.</p>';
  const [W, H, left, right, top, bottom] = [760, 220, 44, 8, 10, 30];
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(1, ...shown.map((w) => w.total));
  const slot = plotW / shown.length;
  // Bars stay slim when there are few weeks, so a short period does not look like a wall.
  const barW = Math.max(1, Math.min(slot * 0.72, 36));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(shown.length / 8));
  const years = [...new Set(shown.map((w) => w.week.slice(0, 4)))];
  // Month and day suffice within a year; across years the labels carry it.
  const label = (week: string) => (years.length > 1 ? week : week.slice(5));
  let svg = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="group" aria-label="Emails per week, and those with a warning or error">`;
  svg += `<line class="grid" x1="${left}" x2="${W - right}" y1="${y(0)}" y2="${y(0)}"/><line class="grid" x1="${left}" x2="${W - right}" y1="${y(max)}" y2="${y(max)}"/>`;
  svg += `<text x="${left - 6}" y="${y(max) + 4}" text-anchor="end">${num(max)}</text><text x="${left - 6}" y="${y(0) + 4}" text-anchor="end">0</text>`;
  shown.forEach((w, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const tip = `Week of ${w.week}: ${plural(w.total, 'email')}, ${num(w.flagged.length)} with warnings (${percent(w.flagged.length, w.total)})`;
    const bars =
      `<rect class="hit" x="${(left + i * slot).toFixed(1)}" y="${top}" width="${slot.toFixed(1)}" height="${plotH}"/>` +
      `<rect class="t" x="${x.toFixed(1)}" y="${y(w.total).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - y(w.total)).toFixed(1)}"/>` +
      `<rect class="f" x="${x.toFixed(1)}" y="${y(w.flagged.length).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - y(w.flagged.length)).toFixed(1)}"/>`;
    svg += w.flagged.length ? `<a href="#f-${filters.week(w.week)}"><title>${esc(tip)}</title>${bars}</a>` : `<g><title>${esc(tip)}</title>${bars}</g>`;
    if (i % labelEvery === 0) {
      svg += `<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${H - 10}" text-anchor="middle">${esc(label(w.week))}</text>`;
    }
  });
  svg += `</svg>`;
  return `${svg}<p class="legend"><i style="background:var(--bar)"></i>emails <i style="background:var(--accent)"></i>with a warning or error · weeks start on Monday (${esc(years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]!)})</p>`;
}

function weeksTable(weeks: readonly WeekRow[]): string {
  const rows = weeks
    .map((w) => {
      const f = filters.week(w.week);
      const label = w.week === 'undated' ? 'undated' : w.week;
      return `<tr><td>${esc(label)}</td><td class="n">${w.flagged.length ? drill(w.total, f, `Flagged emails of ${label}`) : num(w.total)}</td><td class="n">${w.flagged.length ? drill(w.flagged.length, f, `Flagged emails of ${label}`) : '0'}</td><td class="n">${percent(w.flagged.length, w.total)}</td></tr>`;
    })
    .join('');
  return `<details><summary>The weeks as a table</summary><table><thead><tr><th>Week of</th><th class="n">Emails</th><th class="n">Flagged</th><th class="n">Share</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

function phrasesTable(phrases: readonly (Bucket & { rule: string })[]): string {
  if (phrases.length === 0) return '<p class="muted">No flagged phrase.</p>';
  const rows = phrases
    .map((p) => {
      const f = filters.phrase(p.key);
      return `<tr><td><q><bdi>${esc(p.key)}</bdi></q></td><td><code>${esc(p.rule)}</code></td><td class="n">${drill(p.emails.length, f, `Emails with “${p.key}”`)}</td><td class="n">${drill(p.findings, f, `Emails with “${p.key}”`)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Phrase</th><th>Rule</th><th class="n">Emails</th><th class="n">Times</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Everything before the emails: head (with the drill-down CSS), headline, tables, trend, and
 * the start of the emails section with one anchor per drill-down.
 */
export function reportHead(report: Report, meta: ReportMeta): string {
  const list = filtersOf(report);
  const team = report.team.join(', ');
  const banners = list
    .map((f) => `<p class="filter" id="f-${f.name}">Showing the ${f.count >= 0 ? `<b>${plural(f.count, 'email')}</b>` : 'emails'} ${f.label} with a warning or error. <a href="#emails">Show all flagged emails</a></p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Tactful ${esc(meta.version)}">
<title>Outbound tone review: ${esc(team)}</title>
<style>${STYLE}
${filterStyle(list)}
</style>
</head>
<body>
<main>
<header>
<h1>Outbound tone review</h1>
<p class="sub">Mail sent by <b>${esc(team)}</b>, as its recipients may read it. Generated ${esc(minute(meta.generatedAt.toISOString()))} by Tactful, on this computer.</p>
<nav class="toc"><a href="#categories">Categories</a><a href="#rules">Rules</a><a href="#senders">Senders</a><a href="#trend">By week</a><a href="#phrases">Phrases</a><a href="#emails">Flagged emails</a>${report.malformedCount ? '<a href="#malformed">Unreadable</a>' : ''}</nav>
</header>
<section id="headline" aria-label="Headline">
${headline(report)}
</section>
<section id="categories"><h2>What gets flagged, by category</h2>
${categoriesTable(report)}
</section>
<section id="rules"><h2>By rule</h2>
${rulesTable(report)}
</section>
<section id="senders"><h2>By sender: who to coach on what</h2>
${sendersTable(report.senders)}
</section>
<section id="trend"><h2>Trend by week</h2>
${weeklyChart(report.weeks)}
${weeksTable(report.weeks)}
</section>
<section id="phrases"><h2>Most frequent flagged phrases</h2>
${phrasesTable(report.phrases)}
</section>
<section id="emails"><h2>Flagged emails</h2>
<p class="hint muted">${report.flagged.length ? `${plural(report.flagged.length, 'email')} of ${num(report.total)} had a warning or error, listed in the order read. A number above lists only its emails; open an email to see its text with the flagged words marked, why, and what to write instead.` : 'No email had a warning or error.'}</p>
${banners}
<div class="list">
`;
}

/** Everything after the emails: the unreadable messages and the footer. */
export function reportTail(report: Report, meta: ReportMeta): string {
  const malformed = report.malformedCount
    ? `<section id="malformed"><h2>Messages that could not be read (${num(report.malformedCount)})</h2>
<table><thead><tr><th>Where</th><th>Why</th></tr></thead><tbody>${report.malformed.map((m) => `<tr><td><code>${esc(m.source)}</code></td><td>${esc(m.error)}</td></tr>`).join('')}</tbody></table>
${report.malformedCount > report.malformed.length ? `<p class="muted">The first ${num(report.malformed.length)} are listed.</p>` : ''}
</section>
`
    : '';
  return `</div>
</section>
${malformed}<footer>Read from ${esc(meta.files.join(', '))}. ${plural(report.total, 'email')} from the team reviewed, ${num(report.otherSenders)} from others skipped. Tactful ${esc(meta.version)} works offline: nothing in this report left this computer.</footer>
</main>
</body>
</html>
`;
}

/**
 * Writes the report with flat memory: `add` each flagged email as it is read (its fragment goes
 * to a temporary file), then `finish` with the final counts. `dispose` removes the temporary
 * file, also after an error.
 */
export class HtmlReportWriter {
  private constructor(
    private readonly dir: string,
    private readonly file: WriteStream,
  ) {}

  /** `parent` is where the temporary folder goes (the system's by default). */
  static async create(parent = tmpdir()): Promise<HtmlReportWriter> {
    const dir = await mkdtemp(join(parent, 'tactful-review-'));
    const file = createWriteStream(join(dir, 'emails.html'), { encoding: 'utf8' });
    await once(file, 'open');
    return new HtmlReportWriter(dir, file);
  }

  /** Adds an email with a warning or error to the drill-down: its `emailFragment`. */
  async add(fragment: string): Promise<void> {
    if (!this.file.write(fragment)) await once(this.file, 'drain');
  }

  async finish(report: Report, meta: ReportMeta, sink: Sink): Promise<void> {
    this.file.end();
    await once(this.file, 'finish');
    await sink.write(reportHead(report, meta));
    for await (const chunk of createReadStream(join(this.dir, 'emails.html'), { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      await sink.write(chunk as string);
    }
    await sink.write(reportTail(report, meta));
  }

  async dispose(): Promise<void> {
    if (!this.file.closed) this.file.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
