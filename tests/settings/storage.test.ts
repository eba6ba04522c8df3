import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../src/engine/draft';
import { rules } from '../../src/rules/index';
import { DEFAULT_POLICY, parsePolicy, POLICY_FIELDS, readPolicy } from '../../src/settings/schema';
import { ITEM_QUOTA, loadSettings, migrate, migrateStored, onSettingsChanged, savePersonal, SETTINGS_VERSION } from '../../src/settings/storage';
import { pausedSites, setPaused } from '../../src/settings/paused';
import { fake, resetFake } from '../fakes/browser';

beforeEach(resetFake);

const phrase = { phrase: 'circle back', category: 'pushy-outreach', message: 'Sounds like a chase.', severity: 'warning' } as const;

describe('migrations', () => {
  it('takes the version 1 layout (one `policy` key) to one key per field, and marks the version', () => {
    const v1 = { policy: { ownDomains: ['acme.com'], followUpLimit: 4 }, pausedSites: ['mail.google.com'] };
    const { items, remove, changed } = migrate(v1);
    expect(changed).toBe(true);
    expect(items).toEqual({ ownDomains: ['acme.com'], followUpLimit: 4, pausedSites: ['mail.google.com'], settingsVersion: SETTINGS_VERSION });
    expect(remove).toEqual(['policy']);
  });

  it('leaves current and empty storage alone', () => {
    expect(migrate({}).changed).toBe(false);
    expect(migrate({ settingsVersion: SETTINGS_VERSION, followUpLimit: 3 }).changed).toBe(false);
  });

  it('migrates what sync storage holds, once, and the result reads back', async () => {
    fake.sync.store.set('policy', { rules: { bump: { enabled: false } }, crmDomains: ['crm.example.com'] });
    await migrateStored();
    expect([...fake.sync.store.keys()].sort()).toEqual(['crmDomains', 'rules', 'settingsVersion']);
    const settings = await loadSettings();
    expect(settings.policy.rules.bump).toEqual({ enabled: false });
    expect(settings.policy.crmDomains).toEqual(['crm.example.com']);
    await migrateStored();
    expect(fake.sync.store.get('settingsVersion')).toBe(SETTINGS_VERSION);
  });

  it('reads version 1 storage correctly even before the migration has run', async () => {
    fake.sync.store.set('policy', { followUpLimit: 5 });
    expect((await loadSettings()).policy.followUpLimit).toBe(5);
  });
});

describe('stored values that fail validation', () => {
  it('fall back to defaults field by field, keeping valid entries, and say why', async () => {
    fake.sync.store.set('settingsVersion', SETTINGS_VERSION);
    fake.sync.store.set('followUpLimit', 'lots');
    fake.sync.store.set('ownDomains', ['acme.com', 'not a domain']);
    fake.sync.store.set('rules', { bump: { enabled: false }, 'guilt-trip': { enabled: 'maybe' } });
    fake.sync.store.set('customPhrases', [phrase, { phrase: 'x', category: 'rude' }]);
    const settings = await loadSettings();
    expect(settings.policy.followUpLimit).toBe(DEFAULT_POLICY.followUpLimit);
    expect(settings.policy.ownDomains).toEqual(['acme.com']);
    expect(settings.policy.rules).toEqual({ bump: { enabled: false } });
    expect(settings.policy.customPhrases).toEqual([phrase]);
    expect(settings.policy.crmDomains).toEqual(DEFAULT_POLICY.crmDomains);
    expect(settings.problems.every((p) => p.source === 'personal')).toBe(true);
    const problems = settings.problems.map((p) => p.detail).join('\n');
    for (const where of ['followUpLimit', 'ownDomains[1]', 'rules.guilt-trip.enabled', 'customPhrases[1]']) expect(problems).toContain(where);
  });

  it('never throw, whatever is stored', async () => {
    for (const junk of [null, 42, 'text', [1, 2], { deep: { er: true } }]) {
      resetFake();
      for (const field of POLICY_FIELDS) fake.sync.store.set(field, junk);
      fake.sync.store.set('pausedSites', junk);
      const settings = await loadSettings();
      expect(settings.policy.followUpLimit).toBe(DEFAULT_POLICY.followUpLimit);
      expect(Array.isArray(settings.pausedSites)).toBe(true);
    }
  });

  it('a policy read from items knows which fields it set', () => {
    const { present, problems } = readPolicy({ ownDomains: ['acme.com'], followUpLimit: 0 });
    expect(present).toEqual(['ownDomains']);
    expect(problems[0]).toMatch(/^followUpLimit: /);
  });
});

describe('organisation policy (managed storage)', () => {
  it('wins over personal settings field by field, and per rule', async () => {
    await savePersonal({ ownDomains: ['mine.com'], followUpLimit: 5, rules: { bump: { enabled: true }, 'guilt-trip': { enabled: false } } });
    fake.managed.store.set('ownDomains', ['acme.com']);
    fake.managed.store.set('rules', { bump: { enabled: false, severity: 'error' } });
    const s = await loadSettings();
    expect(s.policy.ownDomains).toEqual(['acme.com']);
    expect(s.personal.ownDomains).toEqual(['mine.com']);
    expect(s.policy.followUpLimit).toBe(5);
    expect(s.policy.rules).toEqual({ bump: { enabled: false, severity: 'error' }, 'guilt-trip': { enabled: false } });
    expect(s.lockedFields).toEqual(['ownDomains']);
    expect(s.lockedRules).toEqual(['bump']);
  });

  it('an invalid organisation value is ignored, reported, and the personal value stays', async () => {
    await savePersonal({ followUpLimit: 4 });
    fake.managed.store.set('followUpLimit', 99);
    const s = await loadSettings();
    expect(s.policy.followUpLimit).toBe(4);
    expect(s.lockedFields).toEqual([]);
    expect(s.problems).toEqual([{ source: 'organisation', detail: expect.stringMatching(/^followUpLimit: /) }]);
  });
});

describe('saving', () => {
  it('writes only the fields given, validated, with the version', async () => {
    const saved = await savePersonal({ ownDomains: ['@Acme.com '] });
    expect(saved.ok).toBe(true);
    expect(Object.fromEntries(fake.sync.store)).toEqual({ ownDomains: ['acme.com'], settingsVersion: SETTINGS_VERSION });
  });

  it('writes nothing when any field is invalid, and names it', async () => {
    await savePersonal({ followUpLimit: 3 });
    const before = structuredClone(Object.fromEntries(fake.sync.store));
    const saved = await savePersonal({ followUpLimit: 4, customPhrases: [{ ...phrase, category: 'rude' as never }] });
    expect(saved).toMatchObject({ ok: false });
    expect(saved.ok ? '' : saved.error).toMatch(/^customPhrases\[0\]\.category: /);
    expect(Object.fromEntries(fake.sync.store)).toEqual(before);
  });

  it('refuses a field too large for sync storage, by name, before writing', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...phrase, phrase: `phrase number ${i} `.padEnd(60, 'x') }));
    const saved = await savePersonal({ customPhrases: many });
    expect(saved.ok ? '' : saved.error).toMatch(new RegExp(`^customPhrases: too large to sync .* ${ITEM_QUOTA / 1024} KB`));
    expect(fake.sync.store.size).toBe(0);
  });

  it('reports a storage failure instead of throwing', async () => {
    fake.sync.failNextSet = 'QUOTA_BYTES quota exceeded';
    const saved = await savePersonal({ followUpLimit: 3 });
    expect(saved.ok ? '' : saved.error).toMatch(/could not save: QUOTA_BYTES quota exceeded/);
  });
});

describe('change notifications', () => {
  it('fire for personal and managed changes, not for local storage', async () => {
    const seen: number[] = [];
    const stop = onSettingsChanged(() => seen.push(seen.length));
    await savePersonal({ followUpLimit: 3 });
    await fake.managed.set({ ownDomains: ['acme.com'] });
    await fake.local.set({ contacts: [] });
    expect(seen.length).toBe(2);
    stop();
    await savePersonal({ followUpLimit: 4 });
    expect(seen.length).toBe(2);
  });
});

describe('paused sites', () => {
  it('pause and resume one host, case-insensitively, keeping the others', async () => {
    await setPaused('Mail.Google.com', true);
    await setPaused('outlook.office.com', true);
    await setPaused('mail.google.com', false);
    expect(await pausedSites()).toEqual(['outlook.office.com']);
    expect((await loadSettings()).pausedSites).toEqual(['outlook.office.com']);
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('assets/managed_schema.json', 'utf8'));
  it('declares every policy field, with the engine\'s categories and severities', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_FIELDS].sort());
    const phraseProps = schema.properties.customPhrases.items.properties;
    expect(phraseProps.category.enum).toEqual([...CATEGORIES]);
    expect(phraseProps.severity.enum).toEqual([...SEVERITIES]);
    expect(schema.properties.rules.additionalProperties.properties.severity.enum).toEqual([...SEVERITIES]);
  });

  it('gives every schema exactly one type, as Chrome requires (else it will not load the extension)', () => {
    const walk = (node: Record<string, unknown>, path: string): void => {
      expect(typeof node.type, path).toBe('string');
      for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) walk(child, `${path}.${key}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    walk(schema, '(root)');
  });
});

describe('examples/team-policy.json (the README\'s example for administrators)', () => {
  it('is a valid policy, every field in the managed schema, every rule a real one', () => {
    const example = JSON.parse(readFileSync('examples/team-policy.json', 'utf8'));
    const parsed = parsePolicy(example);
    expect(parsed.ok ? '' : parsed.error).toBe('');
    const schema = JSON.parse(readFileSync('assets/managed_schema.json', 'utf8'));
    for (const key of Object.keys(example)) expect(Object.keys(schema.properties)).toContain(key);
    for (const id of Object.keys(example.rules)) expect(rules.map((r) => r.id)).toContain(id);
  });
});
