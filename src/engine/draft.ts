import * as z from 'zod';
import { splitAddressList } from './address';
import { SEVERITIES, severityRank, type Severity } from './severity';

/**
 * A recipient list. Adapters and files give arrays; people writing JSON by hand often
 * give one comma-separated string, so that is accepted and split the way a mail client would.
 */
const addressList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value): string[] => {
    if (value === undefined) return [];
    return typeof value === 'string' ? splitAddressList(value) : value;
  });

export const ThreadMessageSchema = z.object({
  from: z.string(),
  to: addressList.optional(),
  date: z.string().optional(),
  body: z.string().optional(),
});

export const InviteSchema = z.object({
  title: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  attendees: addressList,
  location: z.string().optional(),
});

export const DraftSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  kind: z.enum(['email', 'invite']).default('email'),
  from: z.string().optional(),
  to: addressList,
  cc: addressList,
  bcc: addressList,
  subject: z.string().default(''),
  body: z.string().default(''),
  thread: z.array(ThreadMessageSchema).optional(),
  invite: InviteSchema.optional(),
  sentAt: z.string().optional(),
  /**
   * The Message-ID this message answers, when the mail client knows it is a reply (the
   * In-Reply-To or References header of a mail file). Proof of a conversation even when the
   * thread itself is not at hand.
   */
  inReplyTo: z.string().optional(),
});

export type Draft = z.output<typeof DraftSchema>;
export type DraftInput = z.input<typeof DraftSchema>;
export type ThreadMessage = z.output<typeof ThreadMessageSchema>;

export { SEVERITIES, severityRank, type Severity };

export const CATEGORIES = [
  'presumptive-appointment',
  'escalation',
  'pushy-outreach',
  'impersonal',
  'internal-boundaries',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const FIELDS = ['body', 'subject', 'to', 'cc', 'bcc', 'invite', 'thread'] as const;
export type Field = (typeof FIELDS)[number];

export interface Suggestion {
  label: string;
  /** Replaces exactly [start, end) of the finding's field when the user applies it. */
  replacement?: string;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  field: Field;
  start?: number;
  end?: number;
  excerpt?: string;
  suggestions: Suggestion[];
}

/** Turns zod issues into one line per problem, naming the field path: `to[2]: expected string`. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
        prefix,
      );
      return `${path || '(top level)'}: ${issue.message}`;
    })
    .join('; ');
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseDraft(input: unknown): ParseResult<Draft> {
  const result = DraftSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeIssues(result.error) };
}

/**
 * Text of a recipient field as the engine reports offsets into it: the addresses joined
 * with ", ". The invite field's text is its title.
 */
export function fieldText(draft: Draft, field: Field): string {
  switch (field) {
    case 'body':
      return draft.body;
    case 'subject':
      return draft.subject;
    case 'to':
    case 'cc':
    case 'bcc':
      return draft[field].join(', ');
    case 'invite':
      return draft.invite?.title ?? '';
    case 'thread':
      return '';
  }
}
