// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../fakes/browser';
import { mountOptions, type OptionsHandle } from '../../src/pages/options/app';

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
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, commit = true) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) el.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = () => $('[role=status][data-tactful=status]').textContent ?? '';
const rows = () => $$('[data-tactful=contacts] li[data-contact]');
const row = (address: string) => $(`[data-tactful=contacts] li[data-contact="${address}"]`);
const button = (scope: Element, action: string) => {
  const found = scope.querySelector<HTMLButtonElement>(`[data-action=${action}]`);
  if (!found) throw new Error(`no [data-action=${action}]`);
  return found;
};
/** The note editor's text box in a contact's row (throws until it is there, for vi.waitFor). */
const noteBox = (address: string) => {
  const found = row(address).querySelector<HTMLTextAreaElement>('textarea[data-field=note]');
  if (!found) throw new Error(`no note editor for ${address}`);
  return found;
};
/** Every contact key in storage.local, with its stored value. */
const contactsStored = () => JSON.stringify([...fake.local.store.entries()].filter(([k]) => k.startsWith('contact:')).sort());

function chooseContactsFile(text: string, name = 'contacts.json') {
  const input = $<HTMLInputElement>('input[type=file][data-action=import-contacts]');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const DAY = 86_400;
const NOW = Math.floor(Date.now() / 1000);
const date = (seconds: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(seconds * 1000));

/** Three contacts: Dana (3 sent, a reply after the first), Omar (1 sent, no reply), Sam (a note only). */
function seed() {
  fake.local.store.set('contact:dana@northwind.com', { s: [NOW - 30 * DAY, NOW - 10 * DAY, NOW - 2 * DAY], r: [NOW - 20 * DAY], n: 'Prefers email, asked to reconnect after Q3' });
  fake.local.store.set('contact:omar@globex.com', { s: [NOW - 5 * DAY] });
  fake.local.store.set('contact:sam@acme.com', { n: 'Met at the conference' });
  // Not a contact: left alone by everything here.
  fake.local.store.set('other', { keep: true });
}

async function mountWithContacts(count?: number): Promise<void> {
  await mount();
  if (count === undefined) await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
  else await vi.waitFor(() => expect(rows()).toHaveLength(count));
}

beforeEach(() => {
  resetFake();
});

afterEach(() => {
  handle?.unmount();
  handle = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('options page: contact memory', () => {
  it('lists the remembered contacts, latest first, with counts, dates, what is unanswered and the note', async () => {
    seed();
    await mountWithContacts(3);
    expect(rows().map((r) => r.dataset.contact)).toEqual(['dana@northwind.com', 'omar@globex.com', 'sam@acme.com']);

    const dana = row('dana@northwind.com');
    expect(dana.querySelector('[data-stat=sent]')!.textContent).toBe(`Messages sent3, last on ${date(NOW - 2 * DAY)}`);
    expect(dana.querySelector('[data-stat=replies]')!.textContent).toBe(`Replies seen1, last on ${date(NOW - 20 * DAY)}`);
    expect(dana.querySelector('[data-stat=unanswered]')!.textContent).toBe('Sent since their last reply2');
    expect(dana.querySelector('[data-tactful=note]')!.textContent).toContain('Prefers email, asked to reconnect after Q3');

    const omar = row('omar@globex.com');
    expect(omar.querySelector('[data-stat=replies]')!.textContent).toBe('Replies seenNone');
    expect(omar.querySelector('[data-stat=unanswered]')!.textContent).toBe('Sent with no reply seen1');
    expect(omar.querySelector('[data-tactful=note]')!.textContent).toBe('No note');
    expect(button(omar, 'edit-note').textContent).toBe('Add a note');

    expect(row('sam@acme.com').querySelector('[data-stat=sent]')!.textContent).toBe('Messages sentNone');
    expect($('#contacts-title').textContent).toBe('Remembered contacts (3)');
    // The privacy line, and every string from the messages file.
    expect($('[data-tactful=memory-privacy]').textContent).toMatch(/on this computer.*never synced or sent.*no email text/);
    expect(root.textContent).not.toMatch(/memory_/);
    for (const el of $$('[aria-label], [placeholder]')) expect(el.getAttribute('aria-label') ?? el.getAttribute('placeholder')).not.toMatch(/^memory_/);
    expect(button(dana, 'edit-note').getAttribute('aria-label')).toBe('Edit note on dana@northwind.com');
  });

  it('says so when nothing is remembered, with Delete all unavailable', async () => {
    await mount();
    await vi.waitFor(() => expect($('#memory-title').closest('section')!.textContent).toContain('No contacts remembered yet.'));
    expect(rows()).toHaveLength(0);
    expect(button(root, 'delete-contacts').disabled).toBe(true);
  });

  it('edits a note inline and saves it to storage.local; a too-long note is refused by name and nothing changes', async () => {
    seed();
    await mountWithContacts(3);
    button(row('omar@globex.com'), 'edit-note').click();
    const box = await vi.waitFor(() => noteBox('omar@globex.com'));
    expect(box.labels?.[0]?.textContent).toBe('Note on omar@globex.com');
    await vi.waitFor(() => expect(document.activeElement).toBe(box));

    type(box, 'x'.repeat(1001), false);
    button(row('omar@globex.com'), 'save-note').click();
    const error = await vi.waitFor(() => {
      const alert = row('omar@globex.com').querySelector<HTMLElement>('[role=alert]');
      if (!alert) throw new Error('no alert yet');
      return alert;
    });
    expect(error.textContent).toContain('1,001 characters');
    expect(error.textContent).toContain('at most 1,000');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain(error.id);
    expect(fake.local.store.get('contact:omar@globex.com')).toEqual({ s: [NOW - 5 * DAY] });

    type(box, '  Asked to reconnect after Q3  ', false);
    button(row('omar@globex.com'), 'save-note').click();
    await vi.waitFor(() => expect(fake.local.store.get('contact:omar@globex.com')).toEqual({ s: [NOW - 5 * DAY], n: 'Asked to reconnect after Q3' }));
    await vi.waitFor(() => expect(row('omar@globex.com').querySelector('[data-tactful=note]')!.textContent).toBe('Note: Asked to reconnect after Q3'));
    expect(row('omar@globex.com').querySelector('textarea')).toBeNull();
    await vi.waitFor(() => expect(status()).toBe('Note on omar@globex.com saved'));
    expect(document.activeElement).toBe(button(row('omar@globex.com'), 'edit-note'));
  });

  it('cancels a note edit without writing anything', async () => {
    seed();
    await mountWithContacts(3);
    const before = contactsStored();
    button(row('dana@northwind.com'), 'edit-note').click();
    const box = await vi.waitFor(() => noteBox('dana@northwind.com'));
    expect(box.value).toBe('Prefers email, asked to reconnect after Q3');
    type(box, 'Something else', false);
    button(row('dana@northwind.com'), 'cancel-note').click();
    await vi.waitFor(() => expect(row('dana@northwind.com').querySelector('textarea')).toBeNull());
    expect(row('dana@northwind.com').querySelector('[data-tactful=note]')!.textContent).toContain('Prefers email');
    expect(contactsStored()).toBe(before);
  });

  it('deletes one contact only after an inline confirmation', async () => {
    seed();
    await mountWithContacts(3);
    const confirmSpy = vi.spyOn(window, 'confirm');
    button(row('omar@globex.com'), 'delete-contact').click();
    const confirm = await vi.waitFor(() => button(row('omar@globex.com'), 'confirm-delete-contact'));
    expect(row('omar@globex.com').textContent).toContain('Forget omar@globex.com?');
    expect(fake.local.store.has('contact:omar@globex.com')).toBe(true);

    // Cancel keeps it.
    button(row('omar@globex.com'), 'cancel-delete-contact').click();
    await vi.waitFor(() => expect(row('omar@globex.com').querySelector('[data-action=confirm-delete-contact]')).toBeNull());
    expect(fake.local.store.has('contact:omar@globex.com')).toBe(true);
    expect(confirm.isConnected).toBe(false);

    button(row('omar@globex.com'), 'delete-contact').click();
    (await vi.waitFor(() => button(row('omar@globex.com'), 'confirm-delete-contact'))).click();
    await vi.waitFor(() => expect(fake.local.store.has('contact:omar@globex.com')).toBe(false));
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.contact)).toEqual(['dana@northwind.com', 'sam@acme.com']));
    expect(fake.local.store.has('contact:dana@northwind.com')).toBe(true);
    await vi.waitFor(() => expect(status()).toBe('omar@globex.com forgotten'));
    expect(confirmSpy).not.toHaveBeenCalled();
  });

  it('deletes every contact after an inline confirmation, and nothing else', async () => {
    seed();
    await mountWithContacts(3);
    button(root, 'delete-contacts').click();
    const question = await vi.waitFor(() => $('[data-tactful=confirm-delete-contacts]'));
    expect(question.textContent).toContain('Delete all 3 remembered contacts');
    expect(rows()).toHaveLength(3);
    expect(fake.local.store.size).toBe(4);

    button(question, 'cancel-delete-contacts').click();
    await vi.waitFor(() => expect($$('[data-tactful=confirm-delete-contacts]')).toHaveLength(0));
    expect(fake.local.store.size).toBe(4);

    button(root, 'delete-contacts').click();
    (await vi.waitFor(() => button(root, 'confirm-delete-contacts'))).click();
    await vi.waitFor(() => expect([...fake.local.store.keys()]).toEqual(['other']));
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    await vi.waitFor(() => expect(status()).toBe('Deleted 3 remembered contacts'));
  });

  it('exports the contacts as a JSON file through a Blob URL', async () => {
    seed();
    await mountWithContacts(3);
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => ((blob = b), 'blob:contacts-test'));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    button(root, 'export-contacts').click();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(clicked?.download).toBe('tactful-contacts.json');
    expect(clicked?.href).toBe('blob:contacts-test');
    const data = JSON.parse(await blob!.text());
    expect(data.tactfulContacts).toBe(1);
    expect(data.contacts).toEqual([
      { address: 'dana@northwind.com', sent: [NOW - 30 * DAY, NOW - 10 * DAY, NOW - 2 * DAY], replies: [NOW - 20 * DAY], note: 'Prefers email, asked to reconnect after Q3' },
      { address: 'omar@globex.com', sent: [NOW - 5 * DAY], replies: [], note: '' },
      { address: 'sam@acme.com', sent: [], replies: [], note: 'Met at the conference' },
    ]);
    await vi.waitFor(() => expect(status()).toContain('tactful-contacts.json'));
  });

  it('refuses a bad contacts file, naming the field, and changes nothing', async () => {
    seed();
    await mountWithContacts(3);
    const before = contactsStored();
    chooseContactsFile(JSON.stringify({ tactfulContacts: 1, contacts: [{ address: 'new@ok.com', sent: [NOW] }, { address: 'not an address', note: 'x' }] }));
    const error = await vi.waitFor(() => $('[data-tactful=contacts-import-error]'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('nothing changed');
    expect(error.textContent).toContain('contacts[1].address');
    expect(contactsStored()).toBe(before);
    expect(root.querySelector('li[data-contact="new@ok.com"]')).toBeNull();

    chooseContactsFile('{ "tactfulContacts": 1,');
    await vi.waitFor(() => expect($('[data-tactful=contacts-import-error]').textContent).toContain('not JSON'));
    expect(contactsStored()).toBe(before);
  });

  it('imports a good file: its contacts join the list, the same address replaced', async () => {
    seed();
    await mountWithContacts(3);
    chooseContactsFile('{ "tactfulContacts": 1,');
    await vi.waitFor(() => $('[data-tactful=contacts-import-error]'));
    const file = { tactfulContacts: 1, contacts: [{ address: 'New@Initech.com', sent: [NOW - DAY], note: 'From the old laptop' }, { address: 'sam@acme.com', note: 'Replaced' }] };
    chooseContactsFile(JSON.stringify(file), 'laptop.json');
    await vi.waitFor(() => expect(fake.local.store.get('contact:new@initech.com')).toEqual({ s: [NOW - DAY], n: 'From the old laptop' }));
    expect(fake.local.store.get('contact:sam@acme.com')).toEqual({ n: 'Replaced' });
    await vi.waitFor(() => expect(row('new@initech.com').textContent).toContain('From the old laptop'));
    expect(row('sam@acme.com').textContent).toContain('Replaced');
    await vi.waitFor(() => expect(status()).toBe('Imported 2 contacts from laptop.json'));
    expect($$('[data-tactful=contacts-import-error]')).toHaveLength(0);
  });

  it('turns contact memory off in sync storage with the switch', async () => {
    await mount();
    const sw = $<HTMLInputElement>('input[type=checkbox][role=switch][data-field=contactMemory]');
    expect(sw.checked).toBe(true);
    expect(sw.labels?.[0]?.textContent).toBe('Remember contacts');
    sw.click();
    await vi.waitFor(() => expect(fake.sync.store.get('contactMemory')).toBe(false));
    await vi.waitFor(() => expect(status()).toContain('nothing new will be recorded'));
    expect($<HTMLInputElement>('[data-field=contactMemory]').checked).toBe(false);
  });

  it('saves a shorter retention and forgets older dates at once; refuses one out of range', async () => {
    fake.local.store.set('contact:old@globex.com', { s: [NOW - 100 * DAY] });
    fake.local.store.set('contact:mixed@globex.com', { s: [NOW - 100 * DAY, NOW - 5 * DAY], r: [NOW - 90 * DAY] });
    fake.local.store.set('contact:noted@globex.com', { s: [NOW - 200 * DAY], n: 'Keep the note' });
    await mountWithContacts(3);
    const input = $<HTMLInputElement>('input[type=number][data-field=retentionDays]');
    expect(input.value).toBe('365');
    expect([input.min, input.max]).toEqual(['1', '3650']);

    type(input, '0');
    await vi.waitFor(() => expect($('#field-retentionDays-error').textContent).toContain('retentionDays'));
    expect(fake.sync.store.has('retentionDays')).toBe(false);
    expect(fake.local.store.get('contact:old@globex.com')).toEqual({ s: [NOW - 100 * DAY] });

    type(input, '30');
    await vi.waitFor(() => expect(fake.sync.store.get('retentionDays')).toBe(30));
    await vi.waitFor(() => expect(fake.local.store.has('contact:old@globex.com')).toBe(false));
    expect(fake.local.store.get('contact:mixed@globex.com')).toEqual({ s: [NOW - 5 * DAY] });
    expect(fake.local.store.get('contact:noted@globex.com')).toEqual({ n: 'Keep the note' });
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.contact).sort()).toEqual(['mixed@globex.com', 'noted@globex.com']));
    await vi.waitFor(() => expect(status()).toBe('Saved. Dates older than 30 days were forgotten from 3 contacts.'));
    expect($$('#field-retentionDays-error')).toHaveLength(0);
  });

  it("shows the organisation's memory settings locked, with their controls disabled", async () => {
    fake.sync.store.set('retentionDays', 90);
    fake.managed.store.set('contactMemory', false);
    fake.managed.store.set('retentionDays', 30);
    await mount();
    const sw = $<HTMLInputElement>('input[data-field=contactMemory]');
    expect(sw.checked).toBe(false);
    expect(sw.disabled).toBe(true);
    expect(sw.closest('.field')!.getAttribute('data-locked')).toBe('true');
    expect(sw.closest('.field')!.textContent).toContain('Set by your organisation');
    expect(sw.getAttribute('aria-describedby')).toContain('field-contactMemory-locked');

    const days = $<HTMLInputElement>('input[data-field=retentionDays]');
    expect(days.value).toBe('30');
    expect(days.disabled).toBe(true);
    expect(days.getAttribute('data-locked')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toContain('field-retentionDays-locked');
    expect(document.getElementById('field-retentionDays-locked')!.textContent).toContain('Set by your organisation');
  });

  it('filters by address or note without reading storage again, drawing at most 200 matches', async () => {
    for (let i = 0; i < 500; i++) {
      const n = String(i).padStart(3, '0');
      fake.local.store.set(`contact:person${n}@${i % 2 ? 'odd' : 'even'}.example.com`, { s: [NOW - i * 60], ...(i === 123 ? { n: 'Renewal owner' } : {}) });
    }
    await mountWithContacts(200);
    const summary = () => $('[data-tactful=contacts-summary]').textContent;
    expect(summary()).toBe('Showing 200 of 500 — refine the filter');
    expect($('#contacts-title').textContent).toBe('Remembered contacts (500)');
    expect(rows()[0]!.dataset.contact).toBe('person000@even.example.com');

    const reads = vi.spyOn(fake.local, 'get');
    const filter = $<HTMLInputElement>('input[type=search][data-action=filter-contacts]');
    expect(filter.labels?.[0]?.textContent).toBe('Find a contact');
    type(filter, 'o', false);
    type(filter, 'od', false);
    type(filter, 'odd', false);
    await vi.waitFor(() => expect(summary()).toBe('Showing 200 of 250 — refine the filter'));
    expect(rows().every((r) => r.dataset.contact!.endsWith('@odd.example.com'))).toBe(true);

    type(filter, 'PERSON04', false);
    await vi.waitFor(() => expect(rows()).toHaveLength(10));
    expect(summary()).toBe('Contacts matching: 10');

    type(filter, 'renewal', false);
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.contact)).toEqual(['person123@odd.example.com']));

    type(filter, 'nobody-has-this', false);
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect($('#memory-title').closest('section')!.textContent).toContain('No contact matches “nobody-has-this”.');

    type(filter, '', false);
    await vi.waitFor(() => expect(rows()).toHaveLength(200));
    expect(reads).not.toHaveBeenCalled();
  });

  it('follows changes made elsewhere, debounced, keeping an open note editor and its text', async () => {
    seed();
    await mountWithContacts(3);
    button(row('dana@northwind.com'), 'edit-note').click();
    const box = await vi.waitFor(() => noteBox('dana@northwind.com'));
    type(box, 'Half written', false);

    const reads = vi.spyOn(fake.local, 'get');
    // A burst of writes from elsewhere (the content script recording a thread), and a sync change.
    await fake.local.set({ 'contact:new@initech.com': { r: [NOW] } });
    await fake.local.set({ 'contact:dana@northwind.com': { s: [NOW - 30 * DAY, NOW - 10 * DAY, NOW - 2 * DAY], r: [NOW - 20 * DAY, NOW - DAY], n: 'Prefers email, asked to reconnect after Q3' } });
    await fake.local.set({ 'not-a-contact': 1 });
    await fake.sync.set({ followUpLimit: 3 });
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.contact)).toEqual(['new@initech.com', 'dana@northwind.com', 'omar@globex.com', 'sam@acme.com']));
    // The burst is applied as reported: the contacts are not read whole again.
    expect(reads.mock.calls.filter(([keys]) => keys === null)).toHaveLength(0);

    const dana = row('dana@northwind.com');
    expect(dana.querySelector('[data-stat=replies]')!.textContent).toContain('2, last on');
    expect(dana.querySelector('[data-stat=unanswered]')!.textContent).toBe('Sent since their last reply0');
    const still = dana.querySelector<HTMLTextAreaElement>('textarea[data-field=note]');
    expect(still).not.toBeNull();
    expect(still!.value).toBe('Half written');

    await fake.local.remove('contact:omar@globex.com');
    await vi.waitFor(() => expect(root.querySelector('li[data-contact="omar@globex.com"]')).toBeNull());
    expect(row('dana@northwind.com').querySelector<HTMLTextAreaElement>('textarea[data-field=note]')!.value).toBe('Half written');
  });

  it('gives every control in the section a label', async () => {
    seed();
    await mountWithContacts(3);
    button(row('dana@northwind.com'), 'edit-note').click();
    await vi.waitFor(() => noteBox('dana@northwind.com'));
    const section = $('#memory-title').closest('section')!;
    const controls = [...section.querySelectorAll<HTMLInputElement>('input, textarea, select')];
    expect(controls.length).toBeGreaterThanOrEqual(5);
    for (const el of controls) expect(el.labels?.length || el.getAttribute('aria-label'), el.outerHTML.slice(0, 80)).toBeTruthy();
  });
});
