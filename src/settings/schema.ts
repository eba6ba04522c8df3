import * as z from 'zod';
import { CATEGORIES, SEVERITIES, describeIssues, type ParseResult } from '../engine/draft';

/**
 * CRM "BCC to log" addresses. Blind-copying these records the email in the sender's own CRM;
 * nobody at the recipient's organisation reads them, so it is not escalation.
 */
export const DEFAULT_CRM_DOMAINS = [
  'bcc.hubspot.com',
  'forward.hubspot.com',
  'le.salesforce.com',
  'pipedrivemail.com',
];

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ''))
  .pipe(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/, 'expected a domain such as example.com'));

export const RuleSettingSchema = z.object({
  enabled: z.boolean().default(true),
  severity: z.enum(SEVERITIES).optional(),
});

export const CustomPhraseSchema = z.object({
  phrase: z.string().trim().min(2, 'a phrase needs at least 2 characters').max(200),
  category: z.enum(CATEGORIES),
  message: z.string().trim().min(1, 'say what the recipient will feel'),
  suggestion: z.string().trim().optional(),
  severity: z.enum(SEVERITIES).default('warning'),
});

export const PolicySchema = z
  .object({
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    ownDomains: z.array(domain).default([]),
    crmDomains: z.array(domain).default(DEFAULT_CRM_DOMAINS),
    followUpLimit: z.number().int().min(1).max(20).default(2),
    customPhrases: z.array(CustomPhraseSchema).default([]),
    /** Remember contacts (dates and notes, on this machine only); off records nothing. */
    contactMemory: z.boolean().default(true),
    /** Days a remembered date is kept. */
    retentionDays: z.number().int().min(1).max(3650).default(365),
  })
  .strict();

export type Policy = z.output<typeof PolicySchema>;
/** The policy's top-level fields: each is stored under its own key, and an organisation may set any of them. */
export const POLICY_FIELDS = ['rules', 'ownDomains', 'crmDomains', 'followUpLimit', 'customPhrases', 'contactMemory', 'retentionDays'] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];
export type PolicyInput = z.input<typeof PolicySchema>;
export type CustomPhrase = z.output<typeof CustomPhraseSchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

/** Validates a whole policy; on any problem returns every problem with its field path and applies nothing. */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  const result = PolicySchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeIssues(result.error) };
}

/** One list entry or record value of a field, for keeping the valid ones when the whole field is not. */
const ENTRY: Partial<Record<PolicyField, z.ZodType>> = {
  rules: RuleSettingSchema,
  ownDomains: domain,
  crmDomains: domain,
  customPhrases: CustomPhraseSchema,
};

/**
 * Reads one stored field leniently: a valid value as it is; otherwise, for a list or the rules
 * table, the entries that are valid; otherwise nothing. Every entry left out is named in `problems`.
 */
export function readField<F extends PolicyField>(field: F, value: unknown, problems: string[]): Policy[F] | undefined {
  const whole = PolicySchema.shape[field].safeParse(value);
  if (whole.success) return whole.data as Policy[F];
  const entry = ENTRY[field];
  const kept: [string | number, unknown][] = [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : isRecord(value) && field === 'rules' ? Object.entries(value) : null;
  if (!entry || !entries) {
    problems.push(describeIssues(whole.error, field));
    return undefined;
  }
  for (const [key, v] of entries) {
    const one = entry.safeParse(v);
    if (one.success) kept.push([key, one.data]);
    else problems.push(describeIssues(one.error, typeof key === 'number' ? `${field}[${key}]` : `${field}.${key}`));
  }
  return (Array.isArray(value) ? kept.map(([, v]) => v) : Object.fromEntries(kept)) as Policy[F];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A policy from stored items, field by field: a field that fails validation falls back to its
 * default (keeping its valid entries), so one bad value never costs the rest. `present` lists the
 * fields the items set with a usable value.
 */
export function readPolicy(items: Record<string, unknown>): { policy: Policy; present: PolicyField[]; problems: string[] } {
  const problems: string[] = [];
  const present: PolicyField[] = [];
  const policy: Record<string, unknown> = { ...DEFAULT_POLICY };
  for (const field of POLICY_FIELDS) {
    if (items[field] === undefined) continue;
    const value = readField(field, items[field], problems);
    if (value === undefined) continue;
    policy[field] = value;
    present.push(field);
  }
  return { policy: policy as Policy, present, problems };
}
