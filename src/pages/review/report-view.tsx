/**
 * The manager's report on a finished review: the share of emails with warnings, then categories,
 * the weekly trend, senders, rules and phrases. Every number opens the list of emails behind it,
 * and every email opens in a dialog. Filters re-aggregate the kept records; exports write what
 * is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../engine/draft';
import { weekOf, type Report, type ReviewRecord } from '../../review/report';
import { categoryName } from '../../ui/guard-view';
import { t } from '../../ui/i18n';
import { Bar, ShareBar, TrendChart, type TrendPoint } from './charts';
import { EmailDialog } from './email-dialog';
import { formatDate, formatNumber, formatPercent, formatWeek } from './format';
import { download } from '../../ui/files';
import { aggregate, csvText, filterChoices, filterRecords, isFiltered, jsonText, NO_FILTERS, type Filters } from './model';
import type { ReviewResult } from './process';


/** Emails listed at once in a drill-down; more on request. */
export const LIST_PAGE = 100;

interface Drill {
  /** What the list is of, for its heading. */
  title: string;
  positions: number[];
  /** The control that opened it (data-drill), to return focus to. */
  key: string;
}

export interface ReportViewProps {
  result: ReviewResult;
  onNewReview: () => void;
  announce: (text: string) => void;
}

export function ReportView({ result, onNewReview, announce }: ReportViewProps) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [openEmail, setOpenEmail] = useState<number | null>(null);
  const [malformedOpen, setMalformedOpen] = useState(false);

  const choices = useMemo(() => filterChoices(result.records), [result]);
  const byPosition = useMemo(() => new Map(result.records.map((r) => [r.position, r])), [result]);
  const records = useMemo(() => filterRecords(result.records, filters), [result, filters]);
  const report = useMemo(() => aggregate(result, records), [result, records]);
  const filtered = isFiltered(filters);

  const drillTitle = useRef<HTMLHeadingElement>(null);
  const focusDrill = useRef(false);
  useEffect(() => {
    if (drill && focusDrill.current) {
      focusDrill.current = false;
      drillTitle.current?.focus();
      if (typeof drillTitle.current?.scrollIntoView === 'function') drillTitle.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }, [drill]);

  const show = (key: string, title: string, positions: number[]) => {
    focusDrill.current = true;
    setMalformedOpen(false);
    setDrill({ key, title, positions });
    announce(t('review_listShown', formatNumber(positions.length), title));
  };
  const closeDrill = () => {
    const key = drill?.key;
    setDrill(null);
    // Back to the number that opened the list.
    if (key) setTimeout(() => [...document.querySelectorAll<HTMLElement>('[data-drill]')].find((el) => el.dataset.drill === key)?.focus(), 0);
  };

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setDrill(null);
    setFilters((f) => ({ ...f, [key]: value }));
  };

  // Said when the filters change (only then).
  useEffect(() => {
    if (filtered) announce(t('review_filteredStatus', formatNumber(report.total), formatNumber(result.records.length)));
  }, [filters]);

  const exportCsv = () => download(`tactful-review-${stamp()}.csv`, csvText(records), 'text/csv;charset=utf-8');
  const exportJson = () => download(`tactful-review-${stamp()}.json`, jsonText(report, records, filters), 'application/json');

  const allPositions = records.map((r) => r.position);
  const period = report.firstDate ? t('review_period', formatDate(report.firstDate), formatDate(report.lastDate)) : t('review_periodUnknown');

  return (
    <div class="report" data-tactful="report" data-emails={result.records.length} data-messages={result.messages}>
      <section class="card summary" aria-labelledby="summary-title" data-tactful="summary">
        <div class="summary-head">
          <div>
            <h2 id="summary-title" tabIndex={-1}>{t('review_summaryTitle')}</h2>
            <p class="muted">
              {t('review_teamIs', result.team.join(', '))} · {period}
            </p>
          </div>
          <div class="toolbar">
            <button type="button" class="button" data-action="export-csv" onClick={exportCsv}>
              {t('review_exportCsv')}
            </button>
            <button type="button" class="button" data-action="export-json" onClick={exportJson}>
              {t('review_exportJson')}
            </button>
            <button type="button" class="button primary" data-action="new-review" onClick={onNewReview}>
              {t('review_newReview')}
            </button>
          </div>
        </div>
        <div class="headline">
          <p class="big" data-tactful="share">
            {formatPercent(report.flagged.length, report.total)}
          </p>
          <div class="headline-text">
            <p class="headline-lead">{t('review_headline')}</p>
            <p>
              <Num show={show} drillKey="flagged" what={t('review_whatFlagged')} positions={report.flagged} />{' '}
              {t('review_headlineOf')} <Num show={show} drillKey="all" what={t('review_whatAll')} positions={allPositions} value={report.total} />{' '}
              {filtered ? t('review_headlineEmailsFiltered') : t('review_headlineEmails')}
            </p>
          </div>
          <ul class="stats">
            <li>
              <span class="stat-value" data-tactful="other-senders">
                {formatNumber(report.otherSenders)}
              </span>
              <span class="stat-label">{t('review_otherSenders')}</span>
            </li>
            <li>
              {report.malformedCount > 0 ? (
                <button
                  type="button"
                  class="num stat-value"
                  data-drill="malformed"
                  data-tactful="malformed-count"
                  aria-label={t('review_drillLabel', formatNumber(report.malformedCount), t('review_whatMalformed'))}
                  onClick={() => {
                    setDrill(null);
                    setMalformedOpen(true);
                  }}
                >
                  {formatNumber(report.malformedCount)}
                </button>
              ) : (
                <span class="stat-value" data-tactful="malformed-count">
                  {formatNumber(0)}
                </span>
              )}
              <span class="stat-label">{t('review_malformed')}</span>
            </li>
            <li>
              <span class="stat-value">{formatNumber(result.files)}</span>
              <span class="stat-label">{t('review_filesRead')}</span>
            </li>
          </ul>
        </div>
        <FiltersBar filters={filters} choices={choices} onChange={setFilter} onClear={() => setFilters(NO_FILTERS)} shown={report.total} all={result.records.length} />
      </section>

      {malformedOpen ? <MalformedList result={result} onClose={() => setMalformedOpen(false)} /> : null}

      {drill ? (
        <section class="card drill" aria-labelledby="drill-title" data-tactful="drill">
          <div class="drill-head">
            <h2 id="drill-title" ref={drillTitle} tabIndex={-1}>
              {t('review_listTitle', drill.title)}
              <span class="count-badge">{formatNumber(drill.positions.length)}</span>
            </h2>
            <button type="button" class="button" data-action="close-list" onClick={closeDrill}>
              {t('review_closeList')}
            </button>
          </div>
          <EmailList positions={drill.positions} byPosition={byPosition} bodies={result.bodies} onOpen={setOpenEmail} />
        </section>
      ) : null}

      {report.total === 0 ? (
        <section class="card" data-tactful="empty">
          <h2>{t('review_emptyTitle')}</h2>
          <p class="muted">{filtered ? t('review_emptyFiltered') : t('review_emptyLead', result.team.join(', '))}</p>
        </section>
      ) : (
        <>
          <div class="grid-2">
            <CategoriesCard report={report} show={show} />
            <TrendCard report={report} records={records} show={show} />
          </div>
          <SendersCard report={report} records={records} show={show} />
          <div class="grid-2">
            <RulesCard report={report} show={show} descriptions={result.rules} />
            <PhrasesCard report={report} show={show} />
          </div>
        </>
      )}

      {openEmail !== null && byPosition.has(openEmail) ? (
        <EmailDialog record={byPosition.get(openEmail)!} body={result.bodies[openEmail]} onClose={() => setOpenEmail(null)} />
      ) : null}
    </div>
  );
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Opens the list of the emails behind a number. */
type Show = (key: string, what: string, positions: number[]) => void;

/** A count that opens the emails behind it (a zero is plain text: nothing to open). */
function Num({ show, drillKey, what, positions, value = positions.length }: { show: Show; drillKey: string; what: string; positions: number[]; value?: number }) {
  return value === 0 ? (
    <span class="num zero">{formatNumber(0)}</span>
  ) : (
    <button type="button" class="num" data-drill={drillKey} aria-label={t('review_drillLabel', formatNumber(value), what)} onClick={() => show(drillKey, what, positions)}>
      {formatNumber(value)}
    </button>
  );
}

function FiltersBar(props: {
  filters: Filters;
  choices: ReturnType<typeof filterChoices>;
  onChange: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  onClear: () => void;
  shown: number;
  all: number;
}) {
  const { filters, choices, onChange } = props;
  const value = (e: Event) => (e.currentTarget as HTMLSelectElement | HTMLInputElement).value;
  return (
    <div class="filters" role="group" aria-labelledby="filters-title" data-tactful="filters">
      <h3 id="filters-title" class="visually-hidden">
        {t('review_filtersTitle')}
      </h3>
      <div class="filter-row">
        <div class="filter">
          <label for="filter-sender">{t('review_filterSender')}</label>
          <select id="filter-sender" data-filter="sender" value={filters.sender} onChange={(e) => onChange('sender', value(e))}>
            <option value="">{t('review_filterAllSenders')}</option>
            {choices.senders.map((s) => (
              <option key={s} value={s}>
                {s || t('review_unknownSender')}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-category">{t('review_filterCategory')}</label>
          <select id="filter-category" data-filter="category" value={filters.category} onChange={(e) => onChange('category', value(e) as Category | '')}>
            <option value="">{t('review_filterAllCategories')}</option>
            {choices.categories.map((c) => (
              <option key={c} value={c}>
                {categoryName(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-rule">{t('review_filterRule')}</label>
          <select id="filter-rule" data-filter="rule" value={filters.rule} onChange={(e) => onChange('rule', value(e))}>
            <option value="">{t('review_filterAllRules')}</option>
            {choices.rules.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-from">{t('review_filterFrom')}</label>
          <input id="filter-from" type="date" data-filter="from" value={filters.from} max={filters.to || undefined} onChange={(e) => onChange('from', value(e))} />
        </div>
        <div class="filter">
          <label for="filter-to">{t('review_filterTo')}</label>
          <input id="filter-to" type="date" data-filter="to" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange('to', value(e))} />
        </div>
        <div class="filter filter-actions">
          <button type="button" class="text-button" data-action="clear-filters" disabled={!isFiltered(filters)} onClick={props.onClear}>
            {t('review_filterClear')}
          </button>
        </div>
      </div>
      {isFiltered(filters) ? (
        <p class="muted small" data-tactful="filter-status">
          {t('review_filteredStatus', formatNumber(props.shown), formatNumber(props.all))}
        </p>
      ) : null}
    </div>
  );
}

function CategoriesCard({ report, show }: { report: Report; show: Show }) {
  const rows = CATEGORIES.map((c) => report.categories.find((x) => x.key === c)!).filter(Boolean);
  const max = Math.max(1, ...rows.map((c) => c.emails.length));
  return (
    <section class="card" aria-labelledby="categories-title" data-tactful="categories">
      <h2 id="categories-title">{t('review_categoriesTitle')}</h2>
      <p class="muted small">{t('review_categoriesLead')}</p>
      {/* A bar chart whose rows are a table: each bar an SVG image with its words, the numbers beside it open the emails. */}
      <table class="data bar-table" data-tactful="category-chart">
        <caption class="visually-hidden">{t('review_categoriesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review_colCategory')}</th>
            <th scope="col" class="bar-col">
              {t('review_colShare')}
            </th>
            <th scope="col" class="n">
              {t('review_colEmails')}
            </th>
            <th scope="col" class="n">
              {t('review_colFindings')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.key} data-category={c.key}>
              <th scope="row">{categoryName(c.key)}</th>
              <td class="bar-col">
                <Bar
                  value={c.emails.length}
                  max={max}
                  label={t('review_chartBarAlt', categoryName(c.key), formatNumber(c.emails.length), formatPercent(c.emails.length, report.total))}
                />
                <span class="bar-share">{formatPercent(c.emails.length, report.total)}</span>
              </td>
              <td class="n">
                <Num show={show} drillKey={`category:${c.key}`} what={categoryName(c.key)} positions={c.emails} />
              </td>
              <td class="n">{formatNumber(c.findings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Weeks without email between the first and the last, as empty columns (spans up to two years; past that, only weeks with email). */
export function continuousWeeks(points: TrendPoint[]): TrendPoint[] {
  if (points.length < 2) return points;
  const day = 86_400_000;
  const first = Date.parse(`${points[0]!.week}T00:00:00Z`);
  const last = Date.parse(`${points[points.length - 1]!.week}T00:00:00Z`);
  const weeks = Math.round((last - first) / (7 * day)) + 1;
  if (!Number.isFinite(weeks) || weeks > 104 || weeks <= points.length) return points;
  const byWeek = new Map(points.map((p) => [p.week, p]));
  return Array.from({ length: weeks }, (_, i) => {
    const week = new Date(first + i * 7 * day).toISOString().slice(0, 10);
    return byWeek.get(week) ?? { week, total: 0, flagged: 0 };
  });
}

function TrendCard({ report, records, show }: { report: Report; records: readonly ReviewRecord[]; show: Show }) {
  const byWeek = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const r of records) {
      const k = r.date ? weekOf(r.date) : 'undated';
      const list = m.get(k) ?? [];
      list.push(r.position);
      m.set(k, list);
    }
    return m;
  }, [records]);
  const dated = report.weeks.filter((w) => w.week !== 'undated');
  return (
    <section class="card" aria-labelledby="trend-title" data-tactful="trend">
      <h2 id="trend-title">{t('review_trendTitle')}</h2>
      <p class="muted small">{t('review_trendLead')}</p>
      {dated.length > 0 ? (
        <TrendChart points={continuousWeeks(dated.map((w) => ({ week: w.week, total: w.total, flagged: w.flagged.length })))} label={t('review_trendTitle')} />
      ) : (
        <p class="muted">{t('review_trendNoDates')}</p>
      )}
      <details class="numbers">
        <summary>{t('review_trendNumbers')}</summary>
        <table class="data">
          <caption class="visually-hidden">{t('review_trendTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review_colWeek')}</th>
              <th scope="col" class="n">
                {t('review_colEmails')}
              </th>
              <th scope="col" class="n">
                {t('review_colFlagged')}
              </th>
              <th scope="col" class="n">
                {t('review_colShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.weeks.map((w) => {
              const label = w.week === 'undated' ? formatWeek(w.week) : t('review_weekOf', formatWeek(w.week));
              return (
                <tr key={w.week} data-week={w.week}>
                  <th scope="row">{label}</th>
                  <td class="n">
                    <Num show={show} drillKey={`week-all:${w.week}`} what={label} positions={byWeek.get(w.week) ?? []} value={w.total} />
                  </td>
                  <td class="n">
                    <Num show={show} drillKey={`week:${w.week}`} what={t('review_whatFlaggedIn', label)} positions={w.flagged} />
                  </td>
                  <td class="n">{formatPercent(w.flagged.length, w.total)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function SendersCard({ report, records, show }: { report: Report; records: readonly ReviewRecord[]; show: Show }) {
  const bySender = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const r of records) {
      const list = m.get(r.from) ?? [];
      list.push(r.position);
      m.set(r.from, list);
    }
    return m;
  }, [records]);
  return (
    <section class="card" aria-labelledby="senders-title" data-tactful="senders">
      <h2 id="senders-title">{t('review_sendersTitle')}</h2>
      <p class="muted small">{t('review_sendersLead')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="senders-title">
        <table class="data senders">
          <caption class="visually-hidden">{t('review_sendersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review_colSender')}</th>
              <th scope="col" class="n">
                {t('review_colEmails')}
              </th>
              <th scope="col" class="n">
                {t('review_colFlagged')}
              </th>
              <th scope="col">{t('review_colShare')}</th>
              <th scope="col">{t('review_colCoaching')}</th>
            </tr>
          </thead>
          <tbody>
            {report.senders.map((s) => {
              const name = s.sender || t('review_unknownSender');
              const cats = (Object.entries(s.categories) as [Category, number][]).sort((a, b) => b[1] - a[1]);
              return (
                <tr key={s.sender} data-sender={s.sender}>
                  <th scope="row" class="sender">
                    {name}
                  </th>
                  <td class="n">
                    <Num show={show} drillKey={`sender-all:${s.sender}`} what={t('review_whatFrom', name)} positions={bySender.get(s.sender) ?? []} value={s.total} />
                  </td>
                  <td class="n">
                    <Num show={show} drillKey={`sender:${s.sender}`} what={t('review_whatFlaggedFrom', name)} positions={s.flagged} />
                  </td>
                  <td class="share-cell">
                    <ShareBar part={s.flagged.length} total={s.total} />
                    <span>{formatPercent(s.flagged.length, s.total)}</span>
                  </td>
                  <td>
                    {cats.length === 0 ? (
                      <span class="muted">{t('review_nothingToCoach')}</span>
                    ) : (
                      <ul class="chips">
                        {cats.map(([c, n]) => (
                          <li key={c} class="chip" data-category={c}>
                            {t('review_chip', categoryName(c), formatNumber(n))}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RulesCard({ report, show, descriptions }: { report: Report; show: Show; descriptions: Record<string, string> }) {
  return (
    <section class="card" aria-labelledby="rules-title" data-tactful="rules">
      <h2 id="rules-title">{t('review_rulesTitle')}</h2>
      {report.rules.length === 0 ? (
        <p class="muted">{t('review_rulesNone')}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{t('review_rulesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review_colRule')}</th>
              <th scope="col" class="n">
                {t('review_colEmails')}
              </th>
              <th scope="col" class="n">
                {t('review_colFindings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rules.map((r) => (
              <tr key={r.key} data-rule={r.key}>
                <th scope="row" class="rule-cell">
                  <span class="rule-desc">{descriptions[r.key] ?? r.key}</span>
                  <span class="meta">
                    {r.key} · {categoryName(r.category)}
                  </span>
                </th>
                <td class="n">
                  <Num show={show} drillKey={`rule:${r.key}`} what={r.key} positions={r.emails} />
                </td>
                <td class="n">{formatNumber(r.findings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PhrasesCard({ report, show }: { report: Report; show: Show }) {
  return (
    <section class="card" aria-labelledby="phrases-title" data-tactful="phrases">
      <h2 id="phrases-title">{t('review_phrasesTitle')}</h2>
      {report.phrases.length === 0 ? (
        <p class="muted">{t('review_phrasesNone')}</p>
      ) : (
        <ol class="phrases">
          {report.phrases.map((p) => (
            <li key={p.key} data-rule={p.rule}>
              <span class="phrase-text">
                <q><bdi>{p.key}</bdi></q>
                <span class="meta">{p.rule}</span>
              </span>
              <Num show={show} drillKey={`phrase:${p.key}`} what={`“${p.key}”`} positions={p.emails} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EmailList({
  positions,
  byPosition,
  bodies,
  onOpen,
}: {
  positions: number[];
  byPosition: Map<number, ReviewRecord>;
  bodies: ReviewResult['bodies'];
  onOpen: (position: number) => void;
}) {
  const [limit, setLimit] = useState(LIST_PAGE);
  useEffect(() => setLimit(LIST_PAGE), [positions]);
  const shown = positions.slice(0, limit);
  return (
    <>
      <ul class="email-list" data-tactful="email-list">
        {shown.map((p) => {
          const r = byPosition.get(p);
          if (!r) return null;
          const alarms = r.findings.filter((f) => f.severity !== 'info').length;
          const cats = [...new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.category))];
          return (
            <li key={p} data-position={p}>
              <button type="button" class="email-row" data-action="open-email" data-position={p} onClick={() => onOpen(p)}>
                <span class="email-date">{formatDate(r.date)}</span>
                <span class="email-from">{r.from || t('review_unknownSender')}</span>
                <bdi class="email-subject">{r.subject || t('review_noSubject')}</bdi>
                <span class="email-tags">
                  {alarms > 0 ? <span class={`tag ${bodies[p] ? '' : 'plain'}`}>{alarms === 1 ? t('review_warningsOne') : t('review_warningsMany', formatNumber(alarms))}</span> : null}
                  {cats.map((c) => (
                    <span key={c} class="tag plain">
                      {categoryName(c)}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {positions.length > limit ? (
        <button type="button" class="button more" data-action="more" onClick={() => setLimit((l) => l + LIST_PAGE)}>
          {t('review_showMore', formatNumber(Math.min(LIST_PAGE, positions.length - limit)), formatNumber(positions.length - limit))}
        </button>
      ) : null}
    </>
  );
}

function MalformedList({ result, onClose }: { result: ReviewResult; onClose: () => void }) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section class="card drill" aria-labelledby="malformed-title" data-tactful="malformed">
      <div class="drill-head">
        <h2 id="malformed-title" ref={title} tabIndex={-1}>
          {t('review_malformedTitle')}
          <span class="count-badge">{formatNumber(result.malformedCount)}</span>
        </h2>
        <button
          type="button"
          class="button"
          data-action="close-list"
          onClick={() => {
            onClose();
            setTimeout(() => document.querySelector<HTMLElement>('[data-drill="malformed"]')?.focus(), 0);
          }}
        >
          {t('review_closeList')}
        </button>
      </div>
      <p class="muted small">{t('review_malformedLead')}</p>
      <ul class="malformed-list">
        {result.malformed.map((m) => (
          <li key={m.position} data-position={m.position}>
            <span class="source">{t('review_malformedItem', formatNumber(m.position), m.source)}</span>
            <span class="error-text">{m.error}</span>
          </li>
        ))}
      </ul>
      {result.malformedCount > result.malformed.length ? (
        <p class="muted small">{t('review_malformedMore', formatNumber(result.malformedCount - result.malformed.length))}</p>
      ) : null}
    </section>
  );
}
