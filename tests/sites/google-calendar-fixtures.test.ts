// @vitest-environment jsdom
// The static Google Calendar fixtures (tests/fixtures/google-calendar) promise certain DOM facts to
// the site adapter and the real-browser tests. This file checks those facts, that each page is
// well formed, and that calendar-page.js (the fixtures' stand-in for Calendar's own script) saves
// and can be blocked as the fixtures' README describes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const FIXTURE_DIR = join(process.cwd(), 'tests', 'fixtures', 'google-calendar');
const EDITOR_FILES = ['event-editor.html', 'event-editor-internal.html', 'event-editor-agreed.html'] as const;
const FIXTURE_FILES = [
  ...EDITOR_FILES,
  'quick-create.html',
  // Made by tests/fixtures/rename-classes.mjs (tests/sites/resilience.test.ts).
  'no-editor.html',
  'renamed/event-editor.html',
  'renamed/quick-create.html',
  'renamed/no-editor.html',
] as const;
type EditorFile = (typeof EDITOR_FILES)[number];
type FixtureFile = (typeof FIXTURE_FILES)[number];

function read(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

function parse(name: FixtureFile): Document {
  return new DOMParser().parseFromString(read(name), 'text/html');
}

// Selectors from the digest (Brave, Jidesha, Toggl and several anonymous repositories).
const EDITOR = 'div[data-is-create]';
const DESCRIPTION = '#xDescIn > [role=textbox]';
const GUESTS = '#xGstLst span[data-hovercard-id]';
const DIALOG_SAVE = "button[aria-label='Save']";

interface EditorSpec {
  file: EditorFile;
  isCreate: boolean;
  title: string;
  initial: string;
  date: string;
  start: string;
  end: string;
  guests: string[];
  description: string;
  /** Who is outside brightledger.io. */
  external: string[];
}

const SPECS: EditorSpec[] = [
  {
    file: 'event-editor.html',
    isCreate: true,
    title: 'Month-end close walkthrough',
    initial: '',
    date: 'Thursday, 6 November 2025',
    start: '10:00',
    end: '10:30',
    guests: ['sam@brightledger.io', 'dana.whitfield@northwind-health.com'],
    description: "Hi Dana, I've put 30 minutes on your calendar for Thursday at 10. If this time doesn't work, let me know a better one.",
    external: ['dana.whitfield@northwind-health.com'],
  },
  {
    file: 'event-editor-internal.html',
    isCreate: false,
    title: 'Pipeline review',
    initial: 'Pipeline review',
    date: 'Monday, 10 November 2025',
    start: '09:00',
    end: '09:30',
    guests: ['sam@brightledger.io', 'lena.park@brightledger.io', 'tom.becker@brightledger.io'],
    description: "Weekly pipeline review. If this time doesn't work, let me know a better one.",
    external: [],
  },
  {
    file: 'event-editor-agreed.html',
    isCreate: true,
    title: 'Pilot kickoff: Lisbon depot',
    initial: '',
    date: 'Tuesday, 11 November 2025',
    start: '14:00',
    end: '14:30',
    guests: ['sam@brightledger.io', 'ana.costa@lisbon-depot.pt'],
    description: 'Ana wrote: Tuesday 2pm works for me, please send an invite.\nSending the invite for Tuesday at 2pm as agreed.',
    external: ['ana.costa@lisbon-depot.pt'],
  },
];

function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

function only(root: ParentNode, selector: string): Element {
  const found = all(root, selector);
  expect(found, selector).toHaveLength(1);
  return found[0]!;
}

function value(root: ParentNode, selector: string): string {
  return (only(root, selector) as HTMLInputElement).value;
}

/** The description's text: <br> as a line break. */
function descriptionText(el: Element): string {
  return Array.from(el.childNodes)
    .map((node) => (node.nodeName === 'BR' ? '\n' : node.textContent))
    .join('');
}

// ------------------------------------------------------------------ well-formedness

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A strict tag scan of the source: every non-void element closed explicitly and in order. */
function scanTags(html: string): { errors: string[]; starts: Map<string, number> } {
  const errors: string[] = [];
  const starts = new Map<string, number>();
  const stack: string[] = [];
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE html>/i, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
  if (/<(?![a-zA-Z/])/.test(source)) errors.push('a "<" that starts no tag');
  let match: RegExpExecArray | null;
  let covered = 0;
  while ((match = tag.exec(source))) {
    const between = source.slice(covered, match.index);
    if (between.includes('<')) errors.push(`unparsed markup near: ${between.slice(between.indexOf('<'), between.indexOf('<') + 60)}`);
    covered = tag.lastIndex;
    const [, closing, rawName, , selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    starts.set(name, (starts.get(name) ?? 0) + 1);
    if (selfClosing) errors.push(`<${name} /> self-closing syntax`);
    if (!VOID.has(name)) stack.push(name);
  }
  if (source.slice(covered).includes('<')) errors.push('unparsed markup at the end');
  if (stack.length) errors.push(`unclosed: ${stack.join(' > ')}`);
  return { errors, starts };
}

describe.each(FIXTURE_FILES)('%s is a well-formed, self-contained page', (file) => {
  const html = read(file);
  const doc = parse(file);

  it('closes every element it opens, in order, and parses to exactly the elements written', () => {
    const scan = scanTags(html);
    expect(scan.errors).toEqual([]);
    const parsed = new Map<string, number>();
    for (const el of all(doc, '*')) parsed.set(el.tagName.toLowerCase(), (parsed.get(el.tagName.toLowerCase()) ?? 0) + 1);
    expect(Object.fromEntries([...parsed].sort())).toEqual(Object.fromEntries([...scan.starts].sort()));
  });

  it('has unique ids, no inline script or handlers, and loads nothing from elsewhere', () => {
    const ids = all(doc, '[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href|action)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(/i);
    const scripts = all(doc, 'script');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['calendar-page.js']);
    expect(scripts[0]!.textContent).toBe('');
    expect(doc.body.lastElementChild).toBe(scripts[0]);
    expect(doc.documentElement.lang).toBe('en');
  });
});

describe('calendar-page.js is plain ES2019 with no dynamic HTML', () => {
  const js = read('calendar-page.js');
  it('uses no modules, eval, innerHTML or newer syntax', () => {
    expect(js).not.toMatch(/\b(?:import|export)\b\s*[{*\w]/);
    expect(js).not.toMatch(/\beval\s*\(|new Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(js).not.toMatch(/\?\.|\?\?/);
    expect(() => new Function(js)).not.toThrow();
  });
});

// ------------------------------------------------------------------ the full-screen editor

describe.each(SPECS)('$file: full-screen editor facts', (spec) => {
  const doc = parse(spec.file);
  const editor = only(doc, EDITOR);

  it('is the EVENT_EDIT view with one editor, div[data-is-create], and no dialog', () => {
    expect(doc.body.dataset.viewfamily).toBe('EVENT_EDIT');
    expect(editor.getAttribute('data-is-create')).toBe(String(spec.isCreate));
    expect(editor.closest('[role=main]')).not.toBeNull();
    expect(all(doc, '[role=dialog]')).toHaveLength(0);
  });

  it('has the title in #xTiIn, an input[data-initial-value]', () => {
    const title = only(editor, '#xTiIn') as HTMLInputElement;
    expect(only(editor, 'input[data-initial-value]')).toBe(title);
    expect(title.value).toBe(spec.title);
    expect(title.getAttribute('data-initial-value')).toBe(spec.initial);
    expect(title.getAttribute('type')).toBe('text');
    // Brave's English selector finds the same element.
    expect(only(doc, "[type='text'][aria-label='Title']")).toBe(title);
    // It is the editor's first text input.
    expect(editor.querySelector('input[type=text]')).toBe(title);
  });

  it('has the start and end date and time in #xStDaIn, #xStTiIn, #xEnDaIn, #xEnTiIn, and #xAlDaCbx, #xTimezone', () => {
    expect([value(editor, '#xStDaIn'), value(editor, '#xStTiIn'), value(editor, '#xEnDaIn'), value(editor, '#xEnTiIn')]).toEqual([
      spec.date,
      spec.start,
      spec.date,
      spec.end,
    ]);
    const allDay = only(editor, '#xAlDaCbx') as HTMLInputElement;
    expect(allDay.type).toBe('checkbox');
    expect(allDay.checked).toBe(false);
    only(editor, '#xTimezone');
  });

  it('lists the guests as span[data-hovercard-id] inside #xGstLst, in the #xGstTab panel, with the English guest input', () => {
    expect(all(editor, GUESTS).map((s) => s.getAttribute('data-hovercard-id'))).toEqual(spec.guests);
    const panel = only(editor, '[role=tabpanel][aria-labelledby=xGstTab]');
    expect(only(editor, '#xGstTab').getAttribute('role')).toBe('tab');
    expect(panel.contains(only(editor, '#xGstLst'))).toBe(true);
    expect(panel.contains(only(editor, 'input[aria-label="Guests"]'))).toBe(true);
    // Only guests carry data-hovercard-id (the calendar owner label does not).
    expect(all(doc, '[data-hovercard-id]')).toHaveLength(spec.guests.length);
    const external = spec.guests.filter((email) => !email.endsWith('@brightledger.io'));
    expect(external).toEqual(spec.external);
    // The organiser is the signed-in user.
    expect(only(editor, `${GUESTS}[data-hovercard-id="sam@brightledger.io"]`).parentElement!.textContent).toContain('Organiser');
  });

  it('has the description in #xDescIn > [role=textbox]: contenteditable, g_editable, aria-label Description', () => {
    const description = only(editor, DESCRIPTION);
    expect(description.getAttribute('contenteditable')).toBe('true');
    expect(description.getAttribute('g_editable')).toBe('true');
    expect(description.getAttribute('aria-label')).toBe('Description');
    expect(descriptionText(description)).toBe(spec.description);
    expect(all(doc, '[contenteditable=true]')).toEqual([description]);
  });

  it('has Save #xSaveBu, Cancel #xCancelBu, and the other editor ids (#xLocIn input, #xRTCIn, #xAddRtcSel, #xNtList, #xCalSel, #xBusySel, #xCalOwn)', () => {
    const save = only(editor, '#xSaveBu');
    expect(save.tagName).toBe('BUTTON');
    expect(save.textContent).toBe('Save');
    only(editor, '#xCancelBu');
    const location = only(editor, '#xLocIn input');
    expect(location.getAttribute('jsname')).toBe('YPqjbf');
    expect(location.getAttribute('role')).toBe('combobox');
    for (const id of ['xRTCIn', 'xAddRtcSel', 'xNtList', 'xCalSel', 'xBusySel', 'xCalOwn']) only(editor, `#${id}`);
    // Brave's "page is ready" signal.
    expect(doc.querySelector('#xNtList') && (doc.querySelector('#xLocIn') || doc.querySelector('#xOnCal'))).not.toBeNull();
  });
});

describe('the editors differ where the guard must decide', () => {
  it('event-editor-internal.html: every guest is @brightledger.io, and the meeting is an existing weekly one', () => {
    const doc = parse('event-editor-internal.html');
    expect(all(doc, GUESTS).every((s) => s.getAttribute('data-hovercard-id')!.endsWith('@brightledger.io'))).toBe(true);
    expect(doc.body.textContent).toContain('Weekly on Monday');
  });

  it('event-editor-agreed.html: the description carries Ana\'s agreement and the note that the invite is as agreed', () => {
    const doc = parse('event-editor-agreed.html');
    const description = only(doc, DESCRIPTION);
    expect(all(description, 'br')).toHaveLength(1);
    expect(descriptionText(description).split('\n')).toEqual([
      'Ana wrote: Tuesday 2pm works for me, please send an invite.',
      'Sending the invite for Tuesday at 2pm as agreed.',
    ]);
  });
});

// ------------------------------------------------------------------ the quick-create dialog

describe('quick-create.html: the quick-create dialog over the grid', () => {
  const doc = parse('quick-create.html');
  const dialog = only(doc, '[role=dialog]');
  const panel = only(dialog, '[role=tabpanel][aria-labelledby=tabEvent]');

  it('is the EVENT view with the dialog holding button#tabEvent, button#tabTask and the Event tab panel', () => {
    expect(doc.body.dataset.viewfamily).toBe('EVENT');
    expect(only(dialog, 'button#tabEvent').getAttribute('aria-selected')).toBe('true');
    only(dialog, 'button#tabTask');
    expect(all(doc, EDITOR)).toHaveLength(0);
  });

  it('has the title "Intro call" as the panel\'s first text input (aria-label Title), the time, and one guest', () => {
    const title = panel.querySelector('input[type=text]') as HTMLInputElement;
    expect(title.value).toBe('Intro call');
    expect(title.getAttribute('aria-label')).toBe('Title');
    expect(panel.textContent).toMatch(/Wednesday, 5 November\s+11:00\s+–\s+11:30/);
    expect(all(panel, 'span[data-hovercard-id]').map((s) => s.getAttribute('data-hovercard-id'))).toEqual(['omar@fenwick-labs.io']);
    // The full editor's ids are not assumed here.
    expect(all(doc, '#xTiIn, #xStDaIn, #xGstLst, #xSaveBu, #xDescIn')).toHaveLength(0);
  });

  it("has Save as button[aria-label='Save'] in the panel", () => {
    expect(only(doc, DIALOG_SAVE)).toBe(only(panel, 'button[aria-label="Save"]'));
  });

  it('shows event chips on the grid as div[data-eventid][data-eventchip]', () => {
    expect(all(doc, '[role=main] div[data-eventid][data-eventchip]').map((c) => c.textContent)).toEqual([
      'Pipeline review, 9:00 - 9:30',
      'Month-end close walkthrough, 10:00 - 10:30',
    ]);
  });
});

// ------------------------------------------------------------------ calendar-page.js behaviour

interface FixtureWindow {
  __sentMessages: { subject: string; body: string }[];
  __tactfulFixturePage?: boolean;
}
const page = window as unknown as FixtureWindow;

function mount(file: FixtureFile): void {
  const parsed = parse(file);
  for (const script of all(parsed, 'script')) script.remove();
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  if (!page.__tactfulFixturePage) {
    // Run in this test's global scope (a <script> element would run in jsdom's own window object).
    new Function(read('calendar-page.js'))();
    expect(page.__tactfulFixturePage).toBe(true);
  }
  page.__sentMessages = [];
}

function logged(): { subject: string | null; body: string | null }[] {
  return all(document, '#tactful-fixture-sent-log > li').map((li) => ({
    subject: li.getAttribute('data-subject'),
    body: li.getAttribute('data-body'),
  }));
}

function key(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

type Route = 'click' | 'ctrl-s' | 'cmd-s';
const ROUTES: Route[] = ['click', 'ctrl-s', 'cmd-s'];

function trigger(route: Route, editor: Element): KeyboardEvent | undefined {
  if (route === 'click') (editor.querySelector('#xSaveBu') as HTMLElement).click();
  if (route === 'ctrl-s') return key(editor.querySelector('#xTiIn')!, { key: 's', ctrlKey: true });
  if (route === 'cmd-s') return key(editor.querySelector(DESCRIPTION)!, { key: 's', metaKey: true });
  return undefined;
}

describe.each(SPECS)('calendar-page.js on $file', (spec) => {
  beforeEach(() => mount(spec.file));

  it.each(ROUTES)('saves on %s: removes the editor, goes back to the grid view, and records title and description once', (route) => {
    const editor = only(document, EDITOR);
    const event = trigger(route, editor);
    const expected = { subject: spec.title, body: spec.description };
    expect(page.__sentMessages).toEqual([expected]);
    expect(logged()).toEqual([expected]);
    expect((document.getElementById('tactful-fixture-sent-log') as HTMLElement).hidden).toBe(true);
    expect(document.contains(editor)).toBe(false);
    expect(document.body.dataset.viewfamily).toBe('EVENT');
    if (event) expect(event.defaultPrevented).toBe(true);
  });

  it.each(ROUTES)('does not save on %s when a capture-phase listener on the editor stops the event', (route) => {
    const editor = only(document, EDITOR);
    const stop = (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
      event.stopImmediatePropagation();
    };
    editor.addEventListener('click', stop, true);
    editor.addEventListener('keydown', stop, true);
    trigger(route, editor);
    expect(page.__sentMessages).toEqual([]);
    expect(logged()).toEqual([]);
    expect(document.contains(editor)).toBe(true);
  });

  it('still saves when a capture-phase listener only calls preventDefault()', () => {
    const editor = only(document, EDITOR);
    editor.addEventListener('click', (event) => event.preventDefault(), true);
    (only(editor, '#xSaveBu') as HTMLElement).click();
    expect(page.__sentMessages).toHaveLength(1);
  });

  it('does not save on Cancel, on plain S, on Ctrl+Enter, or on a click elsewhere', () => {
    const editor = only(document, EDITOR);
    key(only(editor, '#xTiIn'), { key: 's' });
    key(only(editor, '#xTiIn'), { key: 'Enter', ctrlKey: true });
    (only(editor, '#xTimezone') as HTMLElement).click();
    (only(editor, '#xCancelBu') as HTMLElement).click();
    expect(page.__sentMessages).toEqual([]);
    expect(document.contains(editor)).toBe(true);
  });
});

describe('calendar-page.js on quick-create.html', () => {
  beforeEach(() => mount('quick-create.html'));

  it('saves on a click on Save: removes the dialog and records the title (no description)', () => {
    const dialog = only(document, '[role=dialog]');
    (only(dialog, DIALOG_SAVE) as HTMLElement).click();
    expect(page.__sentMessages).toEqual([{ subject: 'Intro call', body: '' }]);
    expect(logged()).toEqual([{ subject: 'Intro call', body: '' }]);
    expect(document.contains(dialog)).toBe(false);
    expect(all(document, '[data-eventchip]')).toHaveLength(2);
  });

  it('does not save when a capture-phase listener on the dialog stops the click, nor on Ctrl+S (no editor open)', () => {
    const dialog = only(document, '[role=dialog]');
    key(only(dialog, 'input[aria-label="Title"]'), { key: 's', ctrlKey: true });
    dialog.addEventListener('click', (event) => event.stopPropagation(), true);
    (only(dialog, DIALOG_SAVE) as HTMLElement).click();
    expect(page.__sentMessages).toEqual([]);
    expect(document.contains(dialog)).toBe(true);
  });
});
