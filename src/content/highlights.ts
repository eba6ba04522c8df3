/**
 * Marks flagged spans in the editor with the CSS Custom Highlight API: Ranges registered by
 * name and styled by content.css (`::highlight(tactful-warning)`), so the editor's DOM is never
 * touched. Browsers without the API simply show no marks; the badge and panel still work.
 */
import type { Severity } from '../engine/draft';

const bySeverity: Record<Severity, Map<string, Range[]>> = { info: new Map(), warning: new Map(), error: new Map() };

function publish(severity: Severity): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  const ranges = [...bySeverity[severity].values()].flat();
  if (ranges.length === 0) registry.delete(`tactful-${severity}`);
  else registry.set(`tactful-${severity}`, new HighlightClass(...ranges));
}

/** Replaces one guard's marks; every guard on the page shares the three named highlights. */
export function setHighlights(owner: string, ranges: { severity: Severity; range: Range }[]): void {
  for (const severity of ['info', 'warning', 'error'] as const) {
    const mine = ranges.filter((r) => r.severity === severity).map((r) => r.range);
    const had = bySeverity[severity].has(owner);
    if (mine.length > 0) bySeverity[severity].set(owner, mine);
    else bySeverity[severity].delete(owner);
    if (had || mine.length > 0) publish(severity);
  }
}
