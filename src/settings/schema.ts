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
  })
  .strict();

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type CustomPhrase = z.output<typeof CustomPhraseSchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

/** Validates a whole policy; on any problem returns every problem with its field path and applies nothing. */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  const result = PolicySchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeIssues(result.error) };
}
