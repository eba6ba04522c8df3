/** Finding severities, in their own module so the content script can rank them without the Draft schema (zod). */
export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
