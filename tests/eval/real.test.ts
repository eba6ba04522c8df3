/**
 * Real mail stays quiet: on the SpamAssassin corpus's legitimate messages, each category flags
 * at most its target share (npm run eval:real prints the details and the causes).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine/draft';
import { flaggedShare, readRealMail, REAL_MAIL_TARGETS } from './real-mail';

describe('real mail (SpamAssassin public corpus)', () => {
  it('reads every message and keeps each category under its false-alarm target on legitimate mail', async () => {
    const { results, unreadable, total } = await readRealMail();
    expect(total).toBe(6046);
    expect(unreadable).toEqual([]);
    const legitimate = results.filter((r) => r.legitimate);
    expect(legitimate.length).toBe(4150);
    for (const category of CATEGORIES) {
      expect(flaggedShare(legitimate, category), category).toBeLessThanOrEqual(REAL_MAIL_TARGETS[category]);
    }
  }, 120_000);
});
