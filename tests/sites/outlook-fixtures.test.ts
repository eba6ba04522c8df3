// @vitest-environment jsdom
// The static Outlook on the web fixtures (tests/fixtures/outlook) promise certain DOM facts to the
// site adapter and the real-browser tests. This file checks those facts, that each page is well
// formed, and that outlook-page.js (the fixtures' stand-in for Outlook's own script) sends, blocks
// and opens composes as the fixtures' README describes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const FIXTURE_DIR = join(process.cwd(), 'tests', 'fixtures', 'outlook');
const MAIL_FILES = ['compose-new.html', 'compose-reply.html', 'compose-docked.html', 'compose-de.html'] as const;
const FIXTURE_FILES = [
  ...MAIL_FILES,
  'calendar-new-event.html',
  'reading-pane.html',
  // Made by tests/fixtures/rename-classes.mjs (tests/sites/resilience.test.ts).
  'no-send.html',
  'renamed/compose-new.html',
  'renamed/compose-reply.html',
  'renamed/compose-docked.html',
  'renamed/no-send.html',
] as const;
type MailFile = (typeof MAIL_FILES)[number];
type FixtureFile = (typeof FIXTURE_FILES)[number];

function read(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

function parse(name: FixtureFile): Document {
  return new DOMParser().parseFromString(read(name), 'text/html');
}

// Selectors the digest attributes to Briskine, Toggl, OSS-Safety and Jidesha; the fixtures must satisfy them.
const FIELD = '[contenteditable=true]:not([aria-multiline=true])';
const BODY = 'div[role=textbox][contenteditable=true][aria-multiline=true]';
const SEND_WRAPPER = 'div[data-testid="ComposeSendButton"]';
const SEND = `${SEND_WRAPPER} button.fui-SplitButton__primaryActionButton`;
const MENU_BUTTON = `${SEND_WRAPPER} button.fui-SplitButton__menuButton`;
const SUBJECT = 'input[type=text][autocomplete=off]';
const CHIP_TEXT = '[class*="textContainer-"], [class*="individualText-"]';

const LABELS = {
  en: { to: 'To', subject: 'Subject', subjectPlaceholder: 'Add a subject', send: 'Send', more: 'More send options', body: 'Message body', newMail: 'New mail' },
  de: { to: 'An', subject: 'Betreff', subjectPlaceholder: 'Betreff hinzufügen', send: 'Senden', more: 'Weitere Sendeoptionen', body: 'Nachrichtentext', newMail: 'Neue E-Mail' },
};

interface MailSpec {
  file: MailFile;
  lang: 'en' | 'de';
  /** A selector that finds exactly the live compose. */
  root: string;
  /** The recipient fields' accessible names, in order, each with its chips' text. */
  fields: [string, string[]][];
  /** The Cc / Bcc buttons shown in the To field's .fui-Input. */
  toggles: string[];
  subject: string;
  body: string[];
}

const SPECS: MailSpec[] = [
  {
    file: 'compose-new.html',
    lang: 'en',
    root: '[role=main] > #ReadingPaneContainerId > div',
    fields: [
      ['To', ['Dana Whitfield <dana.whitfield@northwind-health.com>']],
      ['Cc', []],
      ['Bcc', ['Priya Shah']],
    ],
    toggles: [],
    subject: 'Quick call about month-end close',
    body: [
      'Hi Dana,',
      '',
      "I've put 30 minutes on your calendar for Thursday at 10 to walk through the new close workflow. If that doesn't work, please propose another time.",
      '',
      'Best regards,',
      'Sam Ortiz',
    ],
  },
  {
    file: 'compose-reply.html',
    lang: 'en',
    root: '#ReadingPaneContainerId > div > div:has(> div > [data-testid="ComposeSendButton"])',
    fields: [['To', ['Marta Silva <marta.silva@porto-logistics.pt>']]],
    toggles: ['Cc', 'Bcc'],
    subject: 'RE: Pricing for Q3',
    body: ['Hi Marta,', '', 'Thanks for letting me know. I understand the timing is not right.', '', 'Sam'],
  },
  {
    file: 'compose-docked.html',
    lang: 'en',
    root: '#docking_InitVisiblePart_0',
    fields: [['To', ['Luis Romero <luis.romero@harbor-freight-co.com>']]],
    toggles: ['Cc', 'Bcc'],
    subject: 'Notes from Tuesday',
    body: [
      'Hi Luis,',
      '',
      'Thanks for the time on Tuesday. Here are the notes and the two pricing options we discussed. Happy to answer any questions whenever suits you.',
      '',
      'Best,',
      'Sam',
    ],
  },
  {
    file: 'compose-de.html',
    lang: 'de',
    root: '[role=main] > #ReadingPaneContainerId > div',
    fields: [['An', ['Jonas Weber <jonas.weber@rheinwerk-bau.de>']]],
    toggles: ['Cc', 'Bcc'],
    subject: 'Kurze Frage',
    body: ['Hi Jonas,', '', 'I reached out to your manager since you have not answered my last three emails.', '', 'Sam'],
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

/** The composes as outlook-page.js finds them: the nearest ancestor of each send wrapper that holds a body editor. */
function composeRoots(root: ParentNode): Element[] {
  return all(root, SEND_WRAPPER).map((wrapper) => {
    let el = wrapper.parentElement;
    while (el && !el.querySelector(BODY)) el = el.parentElement;
    return el!;
  });
}

/** Hidden by an inline display:none (the way a React app hides a pane) on it or an ancestor. */
function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return true;
  }
  return false;
}

/** The recipient fields of a compose in order, with each chip's text, read the way Briskine reads them. */
function recipientFields(compose: Element): [string, string[]][] {
  return all(compose, FIELD).map((field) => [
    field.getAttribute('aria-label') ?? '',
    Array.from(field.children)
      .filter((chip) => chip.matches('[contenteditable]'))
      .map((chip) => all(chip, CHIP_TEXT).pop()!.textContent ?? ''),
  ]);
}

/** The body's lines: one per direct child before the quoted part (#appendonsend). */
function bodyLines(editor: Element): string[] {
  const lines: string[] = [];
  for (const child of Array.from(editor.children)) {
    if (child.id === 'appendonsend') break;
    lines.push(child.textContent ?? '');
  }
  return lines;
}

// ------------------------------------------------------------------ well-formedness

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface TagScan {
  errors: string[];
  starts: Map<string, number>;
}

/** A strict tag scan of the source: every non-void element closed explicitly and in order. */
function scanTags(html: string): TagScan {
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

/** Element counts of the parsed document, template contents included. */
function parsedCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (root: ParentNode): void => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const name = el.tagName.toLowerCase();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (el instanceof HTMLTemplateElement) visit(el.content);
    }
  };
  visit(doc);
  return counts;
}

describe.each(FIXTURE_FILES)('%s is a well-formed, self-contained page', (file) => {
  const html = read(file);
  const doc = parse(file);

  it('closes every element it opens, in order, with no stray markup', () => {
    expect(scanTags(html).errors).toEqual([]);
  });

  it('parses to exactly the elements written (the parser fixed nothing up)', () => {
    const written = Object.fromEntries([...scanTags(html).starts].sort());
    const parsed = Object.fromEntries([...parsedCounts(doc)].sort());
    expect(parsed).toEqual(written);
  });

  it('has unique ids, no inline script or handlers, and loads nothing from elsewhere', () => {
    const ids = all(doc, '[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href|action)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(/i);
    const scripts = all(doc, 'script');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['outlook-page.js']);
    expect(scripts[0]!.textContent).toBe('');
    expect(doc.body.lastElementChild).toBe(scripts[0]);
  });

  it('looks like Outlook: an account button, a search box, a [role=main] area', () => {
    only(doc, 'header[role=banner] button#O365_MainLink_Me');
    only(doc, `header[role=banner] [role=search] ${SUBJECT}`);
    only(doc, '[role=main]');
  });
});

describe('outlook-page.js is plain ES2019 with no dynamic HTML', () => {
  const js = read('outlook-page.js');
  it('uses no modules, eval, innerHTML or newer syntax', () => {
    expect(js).not.toMatch(/\b(?:import|export)\b\s*[{*\w]/);
    expect(js).not.toMatch(/\beval\s*\(|new Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(js).not.toMatch(/\?\.|\?\?/);
    expect(() => new Function(js)).not.toThrow();
  });
});

// ------------------------------------------------------------------ compose facts

describe.each(SPECS)('$file: compose facts', (spec) => {
  const doc = parse(spec.file);
  const labels = LABELS[spec.lang];
  const compose = only(doc, spec.root);
  const visible = composeRoots(doc).filter((root) => !isHidden(root));

  it('has exactly one live compose, inside [role=main] and #ReadingPaneContainerId', () => {
    expect(visible).toEqual([compose]);
    expect(compose.closest('[role=main]')).not.toBeNull();
    expect(compose.closest('#ReadingPaneContainerId')).not.toBeNull();
    expect(doc.documentElement.lang).toBe(spec.lang);
  });

  it('has one body editor: div[role=textbox][contenteditable=true][aria-multiline=true], paragraphs .elementToProof', () => {
    const editor = only(compose, BODY);
    expect(all(compose, '[aria-multiline]')).toEqual([editor]);
    expect(editor.getAttribute('aria-label')).toBe(labels.body);
    expect(editor.classList.contains('elementToProof')).toBe(false);
    const lines = Array.from(editor.children).slice(0, spec.body.length);
    for (const line of lines) expect(line.matches('div.elementToProof')).toBe(true);
    expect(bodyLines(editor)).toEqual(spec.body);
    // A blank line is <div><br></div>, as the editor writes it.
    for (const [i, text] of spec.body.entries()) if (text === '') expect(lines[i]!.innerHTML).toBe('<br>');
  });

  it('has the recipient fields, in order, as [contenteditable=true]:not([aria-multiline=true]), with their chips', () => {
    expect(recipientFields(compose)).toEqual(spec.fields);
    expect(recipientFields(compose)[0]![0]).toBe(labels.to);
    for (const field of all(compose, FIELD)) {
      expect(field.tagName).toBe('DIV');
      expect(field.hasAttribute('role')).toBe(false);
      for (const chip of Array.from(field.children)) {
        expect(chip.getAttribute('contenteditable')).toBe('false');
        only(chip, '[class*="textContainer-"] > [class*="individualText-"]');
      }
    }
    // The Cc and Bcc buttons sit in the To field's .fui-Input; Briskine tells them apart by the length of their text.
    const toggles = all(compose, '.fui-Input > button');
    expect(toggles.map((b) => b.textContent)).toEqual(spec.toggles);
    for (const button of toggles) expect(button.closest('.fui-Input')!.querySelector(FIELD)!.getAttribute('aria-label')).toBe(labels.to);
    // The field's own label button ("To", 2 characters) is outside .fui-Input, so it cannot pass for "Cc".
    expect(compose.querySelector(FIELD)!.closest('.fui-Input')!.previousElementSibling!.textContent).toBe(labels.to);
  });

  it('has the subject as the last input[type=text][autocomplete=off] in the compose, not the first on the page', () => {
    const inputs = all(compose, SUBJECT) as HTMLInputElement[];
    const subject = inputs[inputs.length - 1]!;
    expect(inputs).toHaveLength(1);
    expect(subject.value).toBe(spec.subject);
    expect(subject.getAttribute('aria-label')).toBe(labels.subject);
    expect(subject.placeholder).toBe(labels.subjectPlaceholder);
    expect(subject.closest('.fui-Input')).not.toBeNull();
    expect(doc.querySelector(SUBJECT)).not.toBe(subject);
  });

  it('has one Send split button: data-testid ComposeSendButton, the Fluent primary action with an <i> icon, and "More send options"', () => {
    const wrapper = only(compose, SEND_WRAPPER);
    expect(wrapper.classList.contains('fui-SplitButton')).toBe(true);
    const send = only(compose, SEND);
    expect(send.tagName).toBe('BUTTON');
    expect(send.getAttribute('aria-label')).toBe(labels.send);
    expect(send.getAttribute('title')).toBe(labels.send);
    expect(send.textContent).toBe(labels.send);
    only(send, 'i');
    // Toggl's selector, scoped to the reading pane.
    expect(all(doc, `#ReadingPaneContainerId ${SEND_WRAPPER}`)).toContain(wrapper);
    const more = only(compose, MENU_BUTTON);
    expect(more.getAttribute('aria-label')).toBe(labels.more);
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    expect(wrapper.querySelectorAll('button')).toHaveLength(2);
  });

  it('has a New mail button and an empty compose template in the page language', () => {
    expect(only(doc, 'button#tactful-fixture-new-mail').textContent).toBe(labels.newMail);
    const template = only(doc, 'template#tactful-fixture-compose-template') as HTMLTemplateElement;
    expect(template.content.children).toHaveLength(1);
    const fresh = template.content.firstElementChild!;
    expect(composeRoots(template.content)).toEqual([fresh]);
    expect(recipientFields(fresh)).toEqual([[labels.to, []]]);
    expect(all(fresh, '.fui-Input > button').map((b) => b.textContent)).toEqual(['Cc', 'Bcc']);
    expect((only(fresh, SUBJECT) as HTMLInputElement).value).toBe('');
    expect(only(fresh, BODY).textContent!.trim()).toBe('');
    expect(only(fresh, SEND).getAttribute('aria-label')).toBe(labels.send);
    expect(all(fresh, '[id]')).toHaveLength(0);
  });
});

// ------------------------------------------------------------------ per-fixture facts

describe('compose-new.html', () => {
  const doc = parse('compose-new.html');
  const compose = only(doc, '[role=main] > #ReadingPaneContainerId > div');
  const [to, cc, bcc] = all(compose, FIELD);

  it('has To, Cc and Bcc in that order, all shown, and no Cc/Bcc buttons', () => {
    expect([to, cc, bcc].map((f) => f!.getAttribute('aria-label'))).toEqual(['To', 'Cc', 'Bcc']);
    expect(cc!.children).toHaveLength(0);
  });

  it('shows Dana as "Name <email>"', () => {
    expect(only(to!, '[contenteditable=false]').textContent).toBe('Dana Whitfield <dana.whitfield@northwind-health.com>');
  });

  it('has a Bcc chip with only a name: no address anywhere in its markup, nor anywhere on the page', () => {
    const chip = only(bcc!, '[contenteditable=false]');
    expect(chip.textContent).toBe('Priya Shah');
    expect(bcc!.outerHTML).not.toMatch(/@|priya\.|shah@|mailto/i);
    expect(doc.documentElement.outerHTML).not.toMatch(/priya[^<>\s]*@/i);
    for (const el of [chip, ...all(chip, '*')]) {
      for (const attr of Array.from(el.attributes)) expect(attr.value).not.toContain('@');
    }
  });
});

describe('compose-reply.html', () => {
  const doc = parse('compose-reply.html');
  const compose = only(doc, SPECS[1]!.root);
  const editor = only(compose, BODY);

  it('is a reply in the reading pane under the conversation heading div[role=heading][title]', () => {
    const heading = only(doc, '[role=main] div[role=heading][title]');
    expect(heading.getAttribute('title')).toBe('RE: Pricing for Q3');
    expect(heading.parentElement!.contains(compose)).toBe(true);
  });

  it('quotes the original after the user text: #appendonsend, <hr>, #divRplyFwdMsg, then the original message', () => {
    const appendOnSend = only(editor, ':scope > div#appendonsend');
    const hr = appendOnSend.nextElementSibling!;
    expect(hr.tagName).toBe('HR');
    const header = hr.nextElementSibling!;
    expect(header.id).toBe('divRplyFwdMsg');
    expect(appendOnSend.textContent).toBe('');
    // The header block: bold From / Sent / To / Subject labels.
    expect(all(header, 'b').map((b) => b.textContent)).toEqual(['From:', 'Sent:', 'To:', 'Subject:']);
    expect(header.textContent).toContain('From: Marta Silva <marta.silva@porto-logistics.pt>');
    expect(header.textContent).toContain('Subject: RE: Pricing for Q3');
    const original = header.nextElementSibling!;
    expect(original.textContent!.trim()).toBe('Hi Sam, we have decided not to go ahead this year. Please do not follow up until next spring.');
    expect(original.nextElementSibling).toBeNull();
    // Everything the user wrote comes before #appendonsend.
    const children = Array.from(editor.children);
    expect(children.indexOf(appendOnSend)).toBe(SPECS[1]!.body.length);
  });

  it('keeps the received message (with x_-prefixed markers) outside the compose', () => {
    const message = all(doc, '#ReadingPaneContainerId [id^="x_"]');
    expect(message.map((el) => el.id)).toEqual(['x_appendonsend', 'x_divRplyFwdMsg']);
    for (const el of message) expect(compose.contains(el)).toBe(false);
    expect(all(doc, '#divRplyFwdMsg, #appendonsend').every((el) => editor.contains(el))).toBe(true);
    // A suffix match ([id$=divRplyFwdMsg]) would pick up the received message too.
    expect(all(doc, '[id$="divRplyFwdMsg"]')).toHaveLength(2);
  });
});

describe('compose-docked.html', () => {
  const doc = parse('compose-docked.html');
  const panes = all(doc, '[id*="docking_InitVisiblePart"]');

  it('has two docked panes in [role=main]: a stale hidden one first, then the live #docking_InitVisiblePart_0', () => {
    expect(panes.map((p) => p.id)).toEqual(['docking_InitVisiblePart_1', 'docking_InitVisiblePart_0']);
    const [stale, live] = panes as [HTMLElement, HTMLElement];
    expect(stale.style.display).toBe('none');
    expect(stale.getAttribute('aria-hidden')).toBe('true');
    expect(isHidden(live)).toBe(false);
    expect(composeRoots(doc)).toEqual([stale, live]);
    // Both sit in the same [role=main], so the landmark alone does not pick the live one; the last match does.
    expect(stale.closest('[role=main]')).toBe(live.closest('[role=main]'));
    expect(panes[panes.length - 1]).toBe(live);
  });

  it('the stale pane holds another, pushy draft that an adapter must ignore', () => {
    const stale = panes[0]!;
    expect(recipientFields(stale)).toEqual([['To', ['Omar Haddad <omar@fenwick-labs.io>']]]);
    expect((only(stale, SUBJECT) as HTMLInputElement).value).toBe('Following up');
    expect(only(stale, BODY).textContent).toContain('Just bumping this to the top of your inbox.');
    // Unscoped page-wide queries see both panes.
    expect(all(doc, BODY)).toHaveLength(2);
    expect(all(doc, SEND)).toHaveLength(2);
  });
});

describe('compose-de.html: a German Outlook', () => {
  const doc = parse('compose-de.html');
  const template = only(doc, 'template#tactful-fixture-compose-template') as HTMLTemplateElement;

  it('is German throughout (template included), with no English label a selector could rely on', () => {
    expect(doc.documentElement.lang).toBe('de');
    for (const root of [doc, template.content] as ParentNode[]) {
      expect(all(root, '[aria-label="Send"], [title="Send"], [aria-label="To"], [aria-label="Message body"], [placeholder="Add a subject"]')).toHaveLength(0);
      expect(all(root, SEND).map((b) => b.getAttribute('aria-label'))).toEqual(['Senden']);
      expect(all(root, `${SUBJECT}[placeholder="Betreff hinzufügen"]`)).toHaveLength(1);
    }
  });

  it('keeps the language-independent hooks: data-testid, Fluent classes, contenteditable fields, aria-multiline', () => {
    only(doc, SEND);
    expect(all(doc, FIELD).map((f) => f.getAttribute('aria-label'))).toEqual(['An']);
    only(doc, BODY);
  });
});

describe('calendar-new-event.html: the Outlook calendar new event form', () => {
  const doc = parse('calendar-new-event.html');
  const form = only(doc, 'div[aria-label="Event compose form"]');

  it('is the only form, inside [role=main], and it holds the Send split button and the body', () => {
    expect(composeRoots(doc)).toEqual([form]);
    expect(form.closest('[role=main]')).not.toBeNull();
    expect(doc.getElementById('ReadingPaneContainerId')).toBeNull();
    const send = only(form, SEND);
    expect(send.getAttribute('aria-label')).toBe('Send');
    only(send, 'i');
    only(form, MENU_BUTTON);
  });

  it('has the title as the first text input, then attendees, start, end and location', () => {
    const title = form.querySelector('input[type=text]') as HTMLInputElement;
    expect(title.value).toBe('Month-end close walkthrough');
    expect(title.getAttribute('autocomplete')).toBe('off');
    expect(recipientFields(form)).toEqual([['Invite attendees', ['Dana Whitfield <dana.whitfield@northwind-health.com>']]]);
    const value = (label: string): string => (only(form, `input[role=combobox][aria-label="${label}"]`) as HTMLInputElement).value;
    expect([value('Start date'), value('Start time'), value('End date'), value('End time')]).toEqual(['Thu 11/6/2025', '10:00', 'Thu 11/6/2025', '10:30']);
    const location = only(form, "span[id='MeetingCompose.LocationInputLabel']");
    expect(only(form, `input[aria-labelledby="${location.id}"]`).getAttribute('type')).toBe('text');
  });

  it('has the body as div[aria-label="Event body"], a multi-line contenteditable', () => {
    const body = only(form, "div[aria-label='Event body']");
    expect(only(form, BODY)).toBe(body);
    expect(body.textContent!.trim()).toBe("Hi Dana, I've put this on your calendar. If this time doesn't work, let me know a better one.");
  });
});

// ------------------------------------------------------------------ outlook-page.js behaviour

interface FixtureWindow {
  __sentMessages: { subject: string; body: string }[];
  __tactfulFixturePage?: boolean;
}
const page = window as unknown as FixtureWindow;

/** Puts a fixture into this test's document and runs outlook-page.js once (its listeners sit on document, which stays). */
function mount(file: FixtureFile): void {
  const parsed = parse(file);
  for (const script of all(parsed, 'script')) script.remove();
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  if (!page.__tactfulFixturePage) {
    // Run in this test's global scope (a <script> element would run in jsdom's own window object,
    // which vitest's globals do not share).
    new Function(read('outlook-page.js'))();
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

/** The body as Chromium's innerText gives it for one <div> per line (a blank line reads "\n\n\n"). */
function innerText(lines: string[]): string {
  return lines.map((line) => (line === '' ? '\n' : line)).join('\n');
}

interface SendCase {
  file: FixtureFile;
  root: string;
  subject: string;
  body: string;
}

const SEND_CASES: SendCase[] = [
  ...SPECS.map((spec) => ({
    file: spec.file,
    root: spec.root,
    subject: spec.subject,
    // What Chromium's innerText gave for the reply (quote included) when these fixtures were written.
    body:
      spec.file === 'compose-reply.html'
        ? innerText(spec.body) +
          '\nFrom: Marta Silva <marta.silva@porto-logistics.pt>\nSent: Monday, November 3, 2025 9:12 AM\n' +
          'To: Sam Ortiz <sam@brightledger.io>\nSubject: RE: Pricing for Q3\n\u00a0\n' +
          'Hi Sam, we have decided not to go ahead this year. Please do not follow up until next spring.'
        : innerText(spec.body),
  })),
  {
    file: 'calendar-new-event.html',
    root: 'div[aria-label="Event compose form"]',
    subject: 'Month-end close walkthrough',
    body: "Hi Dana, I've put this on your calendar. If this time doesn't work, let me know a better one.",
  },
];

type Route = 'click' | 'click-icon' | 'ctrl-enter' | 'cmd-enter' | 'ctrl-enter-in-field';
const ROUTES: Route[] = ['click', 'click-icon', 'ctrl-enter', 'cmd-enter', 'ctrl-enter-in-field'];

function trigger(route: Route, compose: Element): void {
  const send = compose.querySelector(SEND) as HTMLElement;
  if (route === 'click') send.click();
  if (route === 'click-icon') (send.querySelector('i') as HTMLElement).click();
  if (route === 'ctrl-enter') key(compose.querySelector(BODY)!, { key: 'Enter', ctrlKey: true });
  if (route === 'cmd-enter') key(compose.querySelector(BODY)!, { key: 'Enter', metaKey: true });
  if (route === 'ctrl-enter-in-field') key(compose.querySelector(FIELD)!, { key: 'Enter', ctrlKey: true });
}

describe.each(SEND_CASES)('outlook-page.js on $file', (spec) => {
  beforeEach(() => mount(spec.file));

  it.each(ROUTES)('sends on %s: removes the compose and records subject and body once', (route) => {
    const compose = only(document, spec.root);
    const composesBefore = composeRoots(document).length;
    trigger(route, compose);
    const expected = { subject: spec.subject, body: spec.body };
    expect(page.__sentMessages).toEqual([expected]);
    expect(logged()).toEqual([expected]);
    expect((document.getElementById('tactful-fixture-sent-log') as HTMLElement).hidden).toBe(true);
    expect(document.contains(compose)).toBe(false);
    expect(composeRoots(document)).toHaveLength(composesBefore - 1);
  });

  it.each(ROUTES)('does not send on %s when a capture-phase listener on the compose stops the event', (route) => {
    const compose = only(document, spec.root);
    const stop = (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
      event.stopImmediatePropagation();
    };
    compose.addEventListener('click', stop, true);
    compose.addEventListener('keydown', stop, true);
    trigger(route, compose);
    expect(page.__sentMessages).toEqual([]);
    expect(logged()).toEqual([]);
    expect(document.contains(compose)).toBe(true);
  });

  it('still sends when a capture-phase listener only calls preventDefault()', () => {
    const compose = only(document, spec.root);
    compose.addEventListener('click', (event) => event.preventDefault(), true);
    (only(compose, SEND) as HTMLElement).click();
    expect(page.__sentMessages).toHaveLength(1);
    expect(document.contains(compose)).toBe(false);
  });

  it('does not send on plain Enter, on "More send options", or on Ctrl+Enter outside a compose', () => {
    const compose = only(document, spec.root);
    key(only(compose, BODY), { key: 'Enter' });
    (only(compose, MENU_BUTTON) as HTMLElement).click();
    key(document.body, { key: 'Enter', ctrlKey: true });
    key(only(document, '[role=search] input'), { key: 'Enter', ctrlKey: true });
    expect(page.__sentMessages).toEqual([]);
    expect(document.contains(compose)).toBe(true);
  });
});

describe('outlook-page.js: the docked compose, New mail, and the Cc/Bcc buttons', () => {
  it('compose-docked.html: a send removes only the live pane; the stale one stays, hidden and unsent', () => {
    mount('compose-docked.html');
    (only(document, `#docking_InitVisiblePart_0 ${SEND}`) as HTMLElement).click();
    expect(page.__sentMessages.map((m) => m.subject)).toEqual(['Notes from Tuesday']);
    const stale = only(document, '[id*="docking_InitVisiblePart"]');
    expect(stale.id).toBe('docking_InitVisiblePart_1');
    expect(isHidden(stale)).toBe(true);
  });

  it.each(['compose-new.html', 'compose-reply.html', 'compose-de.html'] as const)(
    '%s: New mail adds an empty compose to #ReadingPaneContainerId that can be filled in and sent',
    (file) => {
      mount(file);
      const lang = document.documentElement.lang as 'en' | 'de';
      const before = composeRoots(document);
      (only(document, '#tactful-fixture-new-mail') as HTMLElement).click();
      const after = composeRoots(document);
      expect(after).toHaveLength(before.length + 1);
      const fresh = after.find((root) => !before.includes(root))!;
      expect(fresh.parentElement!.id).toBe('ReadingPaneContainerId');
      expect(document.activeElement).toBe(fresh.querySelector(FIELD));
      expect(recipientFields(fresh)).toEqual([[LABELS[lang].to, []]]);
      (only(fresh, SUBJECT) as HTMLInputElement).value = 'Hello';
      only(fresh, `${BODY} > div`).textContent = 'Just a note.';
      (only(fresh, SEND) as HTMLElement).click();
      expect(page.__sentMessages).toEqual([{ subject: 'Hello', body: 'Just a note.' }]);
      expect(composeRoots(document)).toEqual(before);
    },
  );

  it('compose-reply.html: the Bcc then Cc buttons add their fields so the order stays To, Cc, Bcc', () => {
    mount('compose-reply.html');
    const compose = only(document, SPECS[1]!.root);
    const button = (text: string): HTMLElement => all(compose, '.fui-Input > button').find((b) => b.textContent === text) as HTMLElement;
    button('Bcc').click();
    expect(recipientFields(compose).map(([name]) => name)).toEqual(['To', 'Bcc']);
    expect(document.activeElement).toBe(all(compose, FIELD)[1]);
    button('Cc').click();
    expect(recipientFields(compose)).toEqual([['To', ['Marta Silva <marta.silva@porto-logistics.pt>']], ['Cc', []], ['Bcc', []]]);
    expect(all(compose, '.fui-Input > button')).toHaveLength(0);
    expect(page.__sentMessages).toEqual([]);
    // The new fields are built like the To field.
    for (const field of all(compose, FIELD)) expect(field.className).toBe(compose.querySelector(FIELD)!.className);
  });
});
