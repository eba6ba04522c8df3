/**
 * The report's charts as plain inline SVG: bars per category (one per table row, beside its
 * numbers) and the weekly share of flagged email. Colours come from CSS classes
 * (assets/review.css), so light and dark both read well. Each is an image with a text
 * alternative, and the numbers, with their drill-downs, sit in a table beside it.
 */
import { t } from '../../ui/i18n';
import { formatNumber, formatPercent, formatWeek } from './format';

/** One bar of a bar chart drawn across its table cell, scaled to the largest: an image named by `label`. */
export function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const w = value > 0 ? Math.max(1.5, (value / Math.max(1, max)) * 100) : 0;
  return (
    <svg class="row-bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={label}>
      <title>{label}</title>
      <rect class="chart-track" x={0} y={0} width={100} height={14} />
      {w > 0 ? <rect class="chart-bar" x={0} y={0} width={w} height={14} /> : null}
    </svg>
  );
}

export interface TrendPoint {
  week: string;
  total: number;
  flagged: number;
}

/** A "nice" top for a percentage axis: the next of 10, 20, 25, 50, 75, 100 % above the highest share. */
function axisTop(maxShare: number): number {
  for (const top of [0.1, 0.2, 0.25, 0.5, 0.75, 1]) if (maxShare <= top) return top;
  return 1;
}

/** Columns of the share of flagged email per week, on a percentage axis, with the volume of each week beneath. */
export function TrendChart({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const width = 520;
  const height = 210;
  const left = 44;
  const right = 8;
  const top = 18;
  const bottom = 44;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = Math.max(1, points.length);
  const slot = plotW / n;
  const colW = Math.max(2, Math.min(36, slot * 0.7));
  const shares = points.map((p) => (p.total ? p.flagged / p.total : 0));
  const topShare = axisTop(Math.max(0, ...shares));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * topShare);
  const labelEvery = Math.max(1, Math.ceil(n / 8));
  const showValues = n <= 16;
  // Over more than about ten months, axis labels name the month and year rather than the day.
  const spanDays = points.length > 1 ? (Date.parse(points[points.length - 1]!.week) - Date.parse(points[0]!.week)) / 86_400_000 : 0;
  const axisStyle = spanDays > 300 ? 'month' : 'short';
  const alt = `${label}: ${points.map((p) => t('review_chartWeekAlt', formatWeek(p.week), formatNumber(p.flagged), formatNumber(p.total), formatPercent(p.flagged, p.total))).join('; ')}`;
  return (
    <svg class="chart trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={alt} data-tactful="trend-chart">
      <title>{alt}</title>
      {ticks.map((v) => {
        const y = top + plotH - (v / topShare) * plotH;
        return (
          <g key={v}>
            <line class={v === 0 ? 'chart-axis' : 'chart-grid'} x1={left} x2={width - right} y1={y} y2={y} />
            <text class="chart-tick" x={left - 6} y={y} dominant-baseline="central" text-anchor="end">
              {formatPercent(v, 1)}
            </text>
          </g>
        );
      })}
      {points.map((p, i) => {
        const share = shares[i]!;
        const h = (share / topShare) * plotH;
        const cx = left + slot * i + slot / 2;
        return (
          <g key={p.week} data-week={p.week}>
            <title>{t('review_chartWeekAlt', formatWeek(p.week), formatNumber(p.flagged), formatNumber(p.total), formatPercent(p.flagged, p.total))}</title>
            {/* The whole slot answers the pointer, so a zero week still shows its tooltip. */}
            <rect class="chart-hit" x={left + slot * i} y={top} width={slot} height={plotH} />
            {h > 0 ? <rect class="chart-bar" x={cx - colW / 2} y={top + plotH - h} width={colW} height={h} rx={Math.min(4, colW / 4)} /> : null}
            {showValues && p.total > 0 ? (
              <text class="chart-tick chart-col-value" x={cx} y={top + plotH - h - 5} text-anchor="middle">
                {formatPercent(p.flagged, p.total)}
              </text>
            ) : null}
            {i % labelEvery === 0 ? (
              <>
                <text class="chart-tick" x={cx} y={top + plotH + 16} text-anchor="middle">
                  {formatWeek(p.week, axisStyle)}
                </text>
                {showValues ? (
                  <text class="chart-tick chart-volume" x={cx} y={top + plotH + 32} text-anchor="middle">
                    {t('review_chartEmails', formatNumber(p.total))}
                  </text>
                ) : null}
              </>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** A small bar of a share, for table cells (decorative: the number is beside it). */
export function ShareBar({ part, total }: { part: number; total: number }) {
  const share = total ? part / total : 0;
  return (
    <svg class="share-bar" viewBox="0 0 60 8" width="60" height="8" aria-hidden="true" focusable="false">
      <rect class="chart-track" x={0} y={0} width={60} height={8} rx={4} />
      {share > 0 ? <rect class="chart-bar" x={0} y={0} width={Math.max(4, share * 60)} height={8} rx={4} /> : null}
    </svg>
  );
}
