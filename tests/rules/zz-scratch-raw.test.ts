import { it, vi } from 'vitest';
import { createContext } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { findAll } from '../../src/engine/match';
import * as bump from '../../src/rules/data/bump';
import * as guilt from '../../src/rules/data/guilt-trip';
import * as fu from '../../src/rules/data/false-urgency';
import * as pm from '../../src/rules/data/per-my-last-email';

const lists: Record<string, { pattern: string }[]> = { bump: [...bump.BUMP, ...bump.BUMP_WHEN_UNANSWERED], 'guilt-trip': guilt.GUILT_TRIP, 'false-urgency': fu.FALSE_URGENCY, 'per-my-last-email': pm.PER_MY_LAST_EMAIL };
it('raw', async () => {
  for (const id of Object.keys(lists)) {
    const captured: any[] = [];
    vi.resetModules();
    vi.doMock('vitest', async (orig) => ({ ...(await orig() as object), describe: () => {}, it: () => {} }));
    const { RuleTester } = await import('../../src/engine/rule-tester');
    const orig = RuleTester.prototype.run;
    RuleTester.prototype.run = function (_r: any, tables: any) { captured.push(tables); };
    try { await import(`./${id}.test.ts`); } catch (e) { console.log('ERR', e); }
    RuleTester.prototype.run = orig;
    vi.doUnmock('vitest');
    const tables = captured[0];
    if (!tables) { console.log('R none', id); continue; }
    for (const c of tables.valid) {
      const d = DraftSchema.parse(c.draft);
      const ctx = createContext(d, DEFAULT_POLICY, () => {});
      const ms = findAll(ctx.body, lists[id]!);
      console.log(`R ${id} | ${c.name} | ${ms.map((m) => JSON.stringify(m.text)).join(', ') || '-'}`);
    }
  }
});
