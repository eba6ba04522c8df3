// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../fakes/browser';
import { mountOptions, type OptionsHandle } from '../../src/pages/options/app';
import { rules } from '../../src/rules/index';
import { DEFAULT_POLICY } from '../../src/settings/schema';

let handle: OptionsHandle | undefined;
let root: HTMLElement;

async function mount(): Promise<HTMLElement> {
  root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  handle = mountOptions(root);
  await handle.ready;
  return root;
}

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

/** Sets a control's value as typing would, then commits it (the change event saves). */
function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, commit = true) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) el.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = () => $('[role=status][data-tactful=status]').textContent ?? '';
const snapshot = () => JSON.stringify([...fake.sync.store.entries()]);

function chooseFile(text: string, name = 'policy.json') {
  const input = $<HTMLInputElement>('input[type=file][data-action=import]');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  resetFake();
});

afterEach(() => {
  handle?.unmount();
  handle = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('lists every rule, grouped by category, with a switch and a severity choice', async () => {
    await mount();
    expect(document.title).toBe('Tactful settings');
    expect($$('h1')).toHaveLength(1);
    for (const rule of rules) {
      const row = $(`[data-rule="${rule.id}"]`);
      const sw = row.querySelector<HTMLInputElement>('input[type=checkbox][data-field=enabled]')!;
      expect(sw.getAttribute('role')).toBe('switch');
      expect(sw.checked).toBe(true);
      expect(sw.getAttribute('aria-label')).toBe(rule.description);
      const select = row.querySelector<HTMLSelectElement>('select[data-field=severity]')!;
      expect([...select.options].map((o) => o.value)).toEqual(['', 'info', 'warning', 'error']);
      expect(select.options[0]!.textContent).toContain('Default');
      expect(row.querySelector('details')?.textContent).toContain(rule.rationale);
    }
    expect($$('.group h3').map((h) => h.textContent)).toContain('Going over their head');
    expect($$('[data-tactful=problems]')).toHaveLength(0);
    expect($$('[data-field=pausedSites]')).toHaveLength(0);
    // Every string came from the messages file (a missing key would show as its name).
    expect(root.textContent).not.toMatch(/options_|severity_|category_/);
    for (const el of $$('[aria-label], [placeholder]')) expect(el.getAttribute('aria-label') ?? el.getAttribute('placeholder')).not.toMatch(/^options_/);
  });

  it('gives every form control a label', async () => {
    await mount();
    for (const el of $$('input, select, textarea')) {
      const named = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.length;
      expect(named, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it('saves a rule switched off, and a severity, to sync storage at once', async () => {
    await mount();
    $<HTMLInputElement>('[data-rule=bump] input[data-field=enabled]').click();
    await vi.waitFor(() => expect(fake.sync.store.get('rules')).toEqual({ bump: { enabled: false } }));
    await vi.waitFor(() => expect(status()).toContain('Saved'));
    expect($('[data-rule=bump]').classList.contains('off')).toBe(true);

    type($<HTMLSelectElement>('[data-rule=guilt-trip] select[data-field=severity]'), 'error');
    await vi.waitFor(() => expect(fake.sync.store.get('rules')).toEqual({ bump: { enabled: false }, 'guilt-trip': { enabled: true, severity: 'error' } }));
  });

  it('keeps every change when several are made in a row', async () => {
    await mount();
    $<HTMLInputElement>('[data-rule=bump] input[data-field=enabled]').click();
    $<HTMLInputElement>('[data-rule=guilt-trip] input[data-field=enabled]').click();
    type($<HTMLSelectElement>('[data-rule=false-urgency] select[data-field=severity]'), 'info');
    await vi.waitFor(() =>
      expect(fake.sync.store.get('rules')).toEqual({
        bump: { enabled: false },
        'guilt-trip': { enabled: false },
        'false-urgency': { enabled: true, severity: 'info' },
      }),
    );
  });

  it('shows each choice while it waits to be saved, however often the page redraws meanwhile', async () => {
    await mount();
    // The second save is held until released: the first one's redraws happen while it waits.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const set = fake.sync.set.bind(fake.sync);
    let calls = 0;
    vi.spyOn(fake.sync, 'set').mockImplementation(async (items) => {
      if (++calls === 2) await held;
      return set(items);
    });
    const guilt = $<HTMLInputElement>('[data-rule=guilt-trip] input[data-field=enabled]');
    const urgency = $<HTMLSelectElement>('[data-rule=false-urgency] select[data-field=severity]');
    $<HTMLInputElement>('[data-rule=bump] input[data-field=enabled]').click();
    guilt.click();
    type(urgency, 'info');
    await vi.waitFor(() => expect(fake.sync.store.get('rules')).toEqual({ bump: { enabled: false } }));
    await vi.waitFor(() => expect(status()).toContain('turned off'));
    expect(guilt.checked).toBe(false);
    expect(urgency.value).toBe('info');
    release();
    await vi.waitFor(() =>
      expect(fake.sync.store.get('rules')).toEqual({ bump: { enabled: false }, 'guilt-trip': { enabled: false }, 'false-urgency': { enabled: true, severity: 'info' } }),
    );
    expect(guilt.checked).toBe(false);
    expect(urgency.value).toBe('info');
  });

  it('refuses an invalid domain by field, next to the field, and writes nothing', async () => {
    await mount();
    const before = snapshot();
    const box = $<HTMLTextAreaElement>('textarea[data-field=ownDomains]');
    type(box, 'acme.com\nnot a domain!');
    const error = await vi.waitFor(() => $('#field-ownDomains-error'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('ownDomains[1]');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('field-ownDomains-error');
    expect(snapshot()).toBe(before);
    expect(box.value).toBe('acme.com\nnot a domain!');

    type(box, 'Acme.com\n@acme.co.uk');
    await vi.waitFor(() => expect(fake.sync.store.get('ownDomains')).toEqual(['acme.com', 'acme.co.uk']));
    await vi.waitFor(() => expect($$('#field-ownDomains-error')).toHaveLength(0));
  });

  it('saves the follow-up limit and refuses one out of range', async () => {
    await mount();
    const input = $<HTMLInputElement>('input[type=number][data-field=followUpLimit]');
    expect(input.value).toBe('2');
    type(input, '5');
    await vi.waitFor(() => expect(fake.sync.store.get('followUpLimit')).toBe(5));
    type(input, '40');
    await vi.waitFor(() => expect($('#field-followUpLimit-error').textContent).toContain('followUpLimit'));
    expect(fake.sync.store.get('followUpLimit')).toBe(5);
  });

  it('shows a storage failure by the field it concerns', async () => {
    await mount();
    fake.sync.failNextSet = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    type($<HTMLTextAreaElement>('textarea[data-field=crmDomains]'), 'crm.example.com');
    await vi.waitFor(() => expect($('#field-crmDomains-error').textContent).toContain('QUOTA_BYTES_PER_ITEM'));
    expect(fake.sync.store.has('crmDomains')).toBe(false);
  });

  it('adds a custom phrase, rejects an invalid one by field, edits and deletes', async () => {
    await mount();
    const section = $('[data-field=customPhrases]');
    const form = section.querySelector('form')!;

    type($<HTMLInputElement>('#phrase-phrase'), 'x', false);
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await vi.waitFor(() => expect($('#phrase-phrase-error').textContent).toContain('2 to 200'));
    expect($('#phrase-message-error').getAttribute('role')).toBe('alert');
    expect(fake.sync.store.has('customPhrases')).toBe(false);

    type($<HTMLInputElement>('#phrase-phrase'), 'just circling back', false);
    type($<HTMLSelectElement>('#phrase-category'), 'pushy-outreach');
    type($<HTMLTextAreaElement>('#phrase-message'), 'It reads like a sequence step, not a note to them.', false);
    type($<HTMLInputElement>('#phrase-suggestion'), 'I have one more idea', false);
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await vi.waitFor(() =>
      expect(fake.sync.store.get('customPhrases')).toEqual([
        { phrase: 'just circling back', category: 'pushy-outreach', message: 'It reads like a sequence step, not a note to them.', suggestion: 'I have one more idea', severity: 'warning' },
      ]),
    );
    await vi.waitFor(() => expect(section.querySelector('li[data-phrase="just circling back"]')).not.toBeNull());
    expect($<HTMLInputElement>('#phrase-phrase').value).toBe('');
    expect($$('#phrase-phrase-error')).toHaveLength(0);

    // The same phrase again is refused.
    type($<HTMLInputElement>('#phrase-phrase'), 'Just Circling Back', false);
    type($<HTMLTextAreaElement>('#phrase-message'), 'Again.', false);
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await vi.waitFor(() => expect($('#phrase-phrase-error').textContent).toContain('already'));
    expect((fake.sync.store.get('customPhrases') as unknown[]).length).toBe(1);

    section.querySelector<HTMLButtonElement>('[data-action=edit]')!.click();
    await vi.waitFor(() => expect($<HTMLInputElement>('#phrase-phrase').value).toBe('just circling back'));
    type($<HTMLSelectElement>('#phrase-severity'), 'error');
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await vi.waitFor(() => expect((fake.sync.store.get('customPhrases') as { severity: string }[])[0]!.severity).toBe('error'));
    expect((fake.sync.store.get('customPhrases') as unknown[]).length).toBe(1);

    section.querySelector<HTMLButtonElement>('[data-action=delete]')!.click();
    await vi.waitFor(() => expect(fake.sync.store.get('customPhrases')).toEqual([]));
    await vi.waitFor(() => expect(status()).toContain('deleted'));
  });

  it('tries text against the saved policy: a built-in rule, then a custom phrase right after it is saved', async () => {
    await mount();
    const box = $<HTMLTextAreaElement>('textarea[data-action=test]');
    type(box, 'Per my last email, the fee is 20%. Just circling back on it.', false);
    const found = await vi.waitFor(() => $('[data-tactful=test-results] li[data-rule=per-my-last-email]'));
    expect(found.textContent).toContain('Worth a look');
    expect(found.textContent).toContain('Per my last email');
    expect(found.textContent).toContain('Restate the point');
    expect($$('[data-tactful=test-results] li[data-rule=custom-phrase]')).toHaveLength(0);

    const form = $('[data-field=customPhrases] form');
    type($<HTMLInputElement>('#phrase-phrase'), 'circling back', false);
    type($<HTMLTextAreaElement>('#phrase-message'), 'They hear a template.', false);
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    const custom = await vi.waitFor(() => $('[data-tactful=test-results] li[data-rule=custom-phrase]'));
    expect(custom.textContent).toContain('They hear a template.');
    expect(custom.textContent).toContain('circling back');
  });

  it('leaves a rule switched off out of the test results', async () => {
    fake.sync.store.set('rules', { 'per-my-last-email': { enabled: false } });
    await mount();
    type($<HTMLTextAreaElement>('textarea[data-action=test]'), 'Per my last email, the fee is 20%.', false);
    await vi.waitFor(() => expect($('[data-tactful=test-results]').textContent).toContain('Nothing here'));
    expect($$('[data-tactful=test-results] li[data-rule]')).toHaveLength(0);
  });

  it('refuses a file that is not JSON, and changes nothing', async () => {
    fake.sync.store.set('followUpLimit', 4);
    await mount();
    const before = snapshot();
    chooseFile('{ "followUpLimit": 3,');
    const error = await vi.waitFor(() => $('[data-tactful=import-error]'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('not valid JSON');
    expect(error.textContent!.length).toBeGreaterThan('This file is not valid JSON, so nothing was imported: '.length);
    expect(snapshot()).toBe(before);
  });

  it('refuses a file with a wrong field, naming it, and changes nothing', async () => {
    fake.sync.store.set('followUpLimit', 4);
    await mount();
    const before = snapshot();
    chooseFile(JSON.stringify({ followUpLimit: 3, customPhrases: [{ phrase: 'circling back', category: 'rude', message: 'Hmm.' }] }));
    const error = await vi.waitFor(() => $('[data-tactful=import-error]'));
    expect(error.textContent).toContain('customPhrases[0].category');
    expect(snapshot()).toBe(before);
    expect($<HTMLInputElement>('[data-field=followUpLimit]').value).toBe('4');

    chooseFile(JSON.stringify({ followUpLimit: 3, tone: 'loud' }));
    await vi.waitFor(() => expect($('[data-tactful=import-error]').textContent).toContain('tone'));
    expect(snapshot()).toBe(before);
  });

  it('replaces the whole personal policy with a good file', async () => {
    fake.sync.store.set('ownDomains', ['old.com']);
    fake.sync.store.set('rules', { bump: { enabled: false } });
    await mount();
    chooseFile(JSON.stringify({ followUpLimit: 3, customPhrases: [{ phrase: 'circling back', category: 'pushy-outreach', message: 'A template.' }] }), 'team.json');
    await vi.waitFor(() => expect(fake.sync.store.get('followUpLimit')).toBe(3));
    expect(fake.sync.store.get('ownDomains')).toEqual([]);
    expect(fake.sync.store.get('rules')).toEqual({});
    expect(fake.sync.store.get('customPhrases')).toEqual([{ phrase: 'circling back', category: 'pushy-outreach', message: 'A template.', severity: 'warning' }]);
    await vi.waitFor(() => expect(status()).toContain('team.json'));
    expect($$('[data-tactful=import-error]')).toHaveLength(0);
    expect($<HTMLInputElement>('[data-rule=bump] input[data-field=enabled]').checked).toBe(true);
    expect($<HTMLTextAreaElement>('[data-field=ownDomains]').value).toBe('');
  });

  it('exports the personal policy as pretty JSON through a Blob URL', async () => {
    fake.sync.store.set('ownDomains', ['acme.com']);
    fake.managed.store.set('followUpLimit', 9);
    await mount();
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => ((blob = b), 'blob:tactful-test'));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    $<HTMLButtonElement>('button[data-action=export]').click();
    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked?.download).toBe('tactful-policy.json');
    expect(clicked?.href).toBe('blob:tactful-test');
    const text = await blob!.text();
    expect(text).toContain('\n  "ownDomains"');
    expect(JSON.parse(text)).toEqual({ ...DEFAULT_POLICY, ownDomains: ['acme.com'] });
  });

  it("shows the organisation's values as locked, with their controls disabled", async () => {
    fake.sync.store.set('ownDomains', ['mine.com']);
    fake.sync.store.set('rules', { bump: { enabled: true, severity: 'info' } });
    fake.managed.store.set('ownDomains', ['acme.com']);
    fake.managed.store.set('rules', { bump: { enabled: false } });
    await mount();

    const box = $<HTMLTextAreaElement>('textarea[data-field=ownDomains]');
    expect(box.value).toBe('acme.com');
    expect(box.disabled).toBe(true);
    const field = box.closest('.field')!;
    expect(field.getAttribute('data-locked')).toBe('true');
    expect(field.textContent).toContain('Set by your organisation');
    const badge = document.getElementById('field-ownDomains-locked')!;
    expect(badge.textContent).toContain('Set by your organisation');
    expect(box.getAttribute('aria-describedby')).toContain('field-ownDomains-locked');

    const row = $('[data-rule=bump]');
    expect(row.getAttribute('data-locked')).toBe('true');
    expect(row.textContent).toContain('Set by your organisation');
    const sw = row.querySelector<HTMLInputElement>('[data-field=enabled]')!;
    expect(sw.checked).toBe(false);
    expect(sw.disabled).toBe(true);
    expect(row.querySelector<HTMLSelectElement>('[data-field=severity]')!.disabled).toBe(true);
    expect(sw.getAttribute('aria-describedby')).toContain('rule-bump-locked');

    // Not locked: the user's own values, and controls that work.
    expect($('[data-rule=guilt-trip]').hasAttribute('data-locked')).toBe(false);
    expect($<HTMLTextAreaElement>('textarea[data-field=crmDomains]').disabled).toBe(false);
  });

  it("shows the organisation's phrases in place of the user's, with the form disabled", async () => {
    fake.sync.store.set('customPhrases', [{ phrase: 'mine only', category: 'impersonal', message: 'Mine.', severity: 'info' }]);
    fake.managed.store.set('customPhrases', [{ phrase: 'touch base', category: 'impersonal', message: 'A stock phrase.' }]);
    await mount();
    const section = $('[data-field=customPhrases]');
    expect(section.getAttribute('data-locked')).toBe('true');
    expect(section.textContent).toContain('Set by your organisation');
    expect(section.querySelector('li[data-phrase="touch base"]')).not.toBeNull();
    expect(section.querySelector('li[data-phrase="mine only"]')).toBeNull();
    expect(section.querySelectorAll('[data-action=edit], [data-action=delete]')).toHaveLength(0);
    expect($<HTMLInputElement>('#phrase-phrase').disabled).toBe(true);
    expect($<HTMLButtonElement>('[data-action=save-phrase]').disabled).toBe(true);

    type($<HTMLTextAreaElement>('textarea[data-action=test]'), "Let's touch base next week.", false);
    await vi.waitFor(() => expect($('[data-tactful=test-results] li[data-rule=custom-phrase]').textContent).toContain('A stock phrase.'));
  });

  it('puts a rule back to its default severity', async () => {
    fake.sync.store.set('rules', { bump: { enabled: true, severity: 'error' } });
    await mount();
    const select = $<HTMLSelectElement>('[data-rule=bump] select[data-field=severity]');
    expect(select.value).toBe('error');
    type(select, '');
    await vi.waitFor(() => expect(fake.sync.store.get('rules')).toEqual({ bump: { enabled: true } }));
  });

  it('shows the problems it set aside, and a paused site that can be resumed', async () => {
    fake.sync.store.set('followUpLimit', 'lots');
    fake.sync.store.set('pausedSites', ['mail.google.com']);
    await mount();
    const banner = $('[data-tactful=problems]');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toContain('Your settings: followUpLimit');

    const paused = $('[data-field=pausedSites]');
    expect(paused.textContent).toContain('mail.google.com');
    paused.querySelector<HTMLButtonElement>('[data-action=resume]')!.click();
    await vi.waitFor(() => expect(fake.sync.store.get('pausedSites')).toEqual([]));
    await vi.waitFor(() => expect($$('[data-field=pausedSites]')).toHaveLength(0));
  });

  it('follows a change made elsewhere, keeping a half-typed phrase', async () => {
    await mount();
    type($<HTMLInputElement>('#phrase-phrase'), 'half typ', false);
    await fake.sync.set({ ownDomains: ['elsewhere.com'], rules: { bump: { enabled: false } } });
    await vi.waitFor(() => expect($<HTMLTextAreaElement>('[data-field=ownDomains]').value).toBe('elsewhere.com'));
    expect($<HTMLInputElement>('[data-rule=bump] [data-field=enabled]').checked).toBe(false);
    expect($<HTMLInputElement>('#phrase-phrase').value).toBe('half typ');

    await fake.managed.set({ followUpLimit: 7 });
    await vi.waitFor(() => expect($<HTMLInputElement>('[data-field=followUpLimit]').value).toBe('7'));
    expect($<HTMLInputElement>('[data-field=followUpLimit]').disabled).toBe(true);
    expect($<HTMLInputElement>('#phrase-phrase').value).toBe('half typ');
  });

  it('shows the defaults and the error when the settings cannot be read', async () => {
    const storage = await import('../../src/settings/storage');
    vi.spyOn(storage, 'loadSettings').mockRejectedValueOnce(new Error('storage is gone'));
    await mount();
    expect($('[data-tactful=load-error]').textContent).toContain('storage is gone');
    expect($$('[data-rule]').length).toBe(rules.length);
    expect($<HTMLInputElement>('[data-field=followUpLimit]').value).toBe('2');
  });
});
