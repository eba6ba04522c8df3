/** Numbers, shares and dates as the review page shows them, in the browser's language. */
import { t } from '../../ui/i18n';

const numbers = new Intl.NumberFormat(undefined);
const percents = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const percentsFine = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (n: number): string => numbers.format(n);

/** part / total as a percentage; a share under 1% that is not zero keeps one decimal, so it never reads "0%". */
export function formatPercent(part: number, total: number): string {
  if (!total) return percents.format(0);
  const share = part / total;
  return share > 0 && share < 0.01 ? percentsFine.format(share) : percents.format(share);
}

const day = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string | undefined): string {
  if (!iso) return t('review_noDate');
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : day.format(d);
}

const monthYear = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });

/** A report week (its Monday, YYYY-MM-DD, or "undated"): in full, as a short day, or as a month and year (axis labels over long spans). */
export function formatWeek(week: string, style: 'full' | 'short' | 'month' = 'full'): string {
  if (week === 'undated') return t('review_undated');
  const d = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return week;
  return (style === 'short' ? dayShort : style === 'month' ? monthYear : day).format(d);
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return t('review_kb', new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(Math.max(n ? 1 : 0, n / 1024)));
  return t('review_mb', new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n / 1048576));
}
