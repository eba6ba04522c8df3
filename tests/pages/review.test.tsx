// @vitest-environment jsdom
// The review page in jsdom with a fake worker: the team (validated and remembered), the run
// (the policy in force posted, progress, cancel, errors), then the report on known records:
// counts, drill-down lists, the email dialog with marks, explanations and rewrites, a hostile
// body kept as text, filters re-aggregating, and the CSV and JSON exports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../fakes/browser';
import { mountReview, TEAM_KEY, type ReviewHandle } from '../../src/pages/review/app';
import { continuousWeeks } from '../../src/pages/review/report-view';
import { Dialog } from '../../src/pages/review/email-dialog';
import { render } from 'preact';
import { ruleDescriptions, runJob, type KeptBody, type ReviewResult } from '../../src/pages/review/process';
import type { StartMessage, WorkerLike, WorkerMessage } from '../../src/pages/review/protocol';
import { CSV_HEADER, type ReviewRecord } from '../../src/review/report';
import { parseDraft } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';

class FakeWorker implements WorkerLike {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(message: WorkerMessage) {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
  get start(): StartMessage | undefined {
    return this.posted.find((m): m is StartMessage => (m as StartMessage).type === 'start');
  }
}

let handle: ReviewHandle | undefined;
let root: HTMLElement;
let workers: FakeWorker[] = [];

async function mount(): Promise<HTMLElement> {
  root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  handle = mountReview(root, {
    makeWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  await handle.ready;
  return root;
}

const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root): T => {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = (selector: string, scope: ParentNode = root) => [...scope.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $(selector).textContent ?? '';

function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function chooseFiles(files: File[]) {
  const input = $<HTMLInputElement>('input[type=file][data-action=files]');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const key = (el: Element, k: string, shiftKey = false) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));

/** The worker that got the run's start message. */
async function started(): Promise<FakeWorker> {
  return vi.waitFor(() => {
    const w = workers.find((x) => x.start);
    if (!w) throw new Error('not started');
    return w;
  });
}

// ---- A known review: five team emails, two from others, one unreadable ----

const HOSTILE_BODY = 'Hi Dana,\n\nJust bumping this to the top of your inbox.\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\nThanks';

const drafts: [number, Record<string, unknown>][] = [
  [1, { from: 'Sam <sam@northpeak.io>', to: ['dana@harbourfoods.com'], subject: 'Following up', body: 'Hi Dana,\n\nJust bumping this to the top of your inbox. Did you get my last email?\n\nSam', sentAt: '2026-03-02T09:00:00Z' }],
  [2, { from: 'sam@northpeak.io', to: ['ben@northgate.com'], subject: 'The checklist', body: 'Hi Ben,\n\nHere is the checklist I mentioned.\n\nSam', sentAt: '2026-03-04T09:00:00Z' }],
  [4, { from: 'Kim <kim@northpeak.io>', to: ['dana@mapleclinics.org'], subject: 'Walkthrough', body: "Hi Dana,\n\nI've put 30 minutes on your calendar for Thursday at 10 to walk you through the platform.\n\nKim", sentAt: '2026-03-10T09:00:00Z' }],
  [5, { from: 'kim@northpeak.io', to: ['sofia@cobaltdental.com'], subject: 'Pricing <img src=x onerror=alert(1)>', body: HOSTILE_BODY, sentAt: '2026-03-11T09:00:00Z' }],
  [7, { from: 'lee@northpeak.io', to: ['omar@tidewater.com'], subject: 'Case study', body: 'Hi Omar,\n\nThe two-page summary is attached.\n\nLee' }],
];

async function knownResult(): Promise<ReviewResult> {
  const records: ReviewRecord[] = [];
  const bodies: Record<number, KeptBody> = {};
  for (const [position, input] of drafts) {
    const parsed = parseDraft(input);
    if (!parsed.ok) throw new Error(parsed.error);
    const out = await runJob({ position, source: `sent.mbox:${position * 20}`, draft: parsed.value }, ['northpeak.io'], DEFAULT_POLICY);
    if (out.kind !== 'team') throw new Error('not team');
    records.push(out.record);
    if (out.body) bodies[position] = out.body;
  }
  return {
    team: ['northpeak.io'],
    records,
    bodies,
    otherSenders: 2,
    malformedCount: 1,
    malformed: [{ position: 6, source: 'sent.mbox:120', error: 'no mail headers found' }],
    messages: 8,
    files: 2,
    bytes: 4096,
    rules: ruleDescriptions(),
  };
}

/** Mounts the page, runs a review through the fake worker and shows the report of the known result. */
async function showReport(): Promise<ReviewResult> {
  await mount();
  type($<HTMLInputElement>('#review-team'), 'northpeak.io');
  chooseFiles([new File(['x'], 'sent.mbox'), new File(['y'], 'more.eml')]);
  const w = await started();
  const result = await knownResult();
  w.emit({ type: 'done', result });
  await vi.waitFor(() => $('[data-tactful=report]'));
  return result;
}

function drill(key: string) {
  const button = $$('[data-drill]').find((b) => b.dataset.drill === key);
  if (!button) throw new Error(`no number ${key}`);
  button.click();
}

const listed = () => $$('[data-tactful=drill] [data-action=open-email]').map((b) => Number(b.dataset.position));

beforeEach(() => {
  resetFake();
  workers = [];
});

afterEach(() => {
  handle?.unmount();
  handle = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('review page: the input', () => {
  it('has one heading, labelled controls, a real button for the file chooser, and every string from the messages file', async () => {
    await mount();
    expect(document.title).toBe('Team email review');
    expect($$('h1')).toHaveLength(1);
    for (const el of $$('input:not([hidden]), select, textarea')) {
      expect((el as HTMLInputElement).labels?.length || el.getAttribute('aria-label'), el.outerHTML.slice(0, 80)).toBeTruthy();
    }
    const choose = $<HTMLButtonElement>('[data-tactful=dropzone] button[data-action=choose-files]');
    expect(choose.tagName).toBe('BUTTON');
    const input = $<HTMLInputElement>('input[type=file][data-action=files]');
    expect(input.multiple).toBe(true);
    const clicked = vi.fn();
    input.addEventListener('click', clicked);
    choose.click();
    expect(clicked).toHaveBeenCalledOnce();
    expect(root.textContent).not.toMatch(/review_|category_|severity_/);
    expect($('[role=status][aria-live=polite]')).toBeTruthy();
    // A worker is started and warmed up at once, so a run does not wait for it to load.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([{ type: 'warm' }]);
  });

  it('fills in the team remembered from last time', async () => {
    fake.local.store.set(TEAM_KEY, 'northpeak.io, sam@partner.com');
    await mount();
    expect($<HTMLInputElement>('#review-team').value).toBe('northpeak.io, sam@partner.com');
  });

  it('forgets the remembered team when the field is emptied, and keeps it while it is only edited', async () => {
    fake.local.store.set(TEAM_KEY, 'northpeak.io');
    await mount();
    const team = $<HTMLInputElement>('#review-team');
    type(team, 'northpeak.io, partner');
    await Promise.resolve();
    expect(fake.local.store.get(TEAM_KEY)).toBe('northpeak.io');
    type(team, '  ');
    await vi.waitFor(() => expect(fake.local.store.has(TEAM_KEY)).toBe(false));
  });

  it('refuses files without a valid team, says why beside the field, and starts once the team is right', async () => {
    await mount();
    chooseFiles([new File(['From a'], 'sent.mbox')]);
    const team = $<HTMLInputElement>('#review-team');
    const error = await vi.waitFor(() => $('[data-tactful=team-error]'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain("Enter your team's email domain");
    expect(team.getAttribute('aria-invalid')).toBe('true');
    expect(team.getAttribute('aria-describedby')).toContain('review-team-error');
    expect(document.activeElement).toBe(team);
    expect(text('[data-tactful=pending]')).toContain('Files chosen: 1');
    expect(workers.some((w) => w.start)).toBe(false);

    type(team, 'northpeak.io, not a domain');
    $<HTMLButtonElement>('[data-action=start]').click();
    await vi.waitFor(() => expect(text('[data-tactful=team-error]')).toContain('Use email domains'));
    expect(workers.some((w) => w.start)).toBe(false);
    expect(fake.local.store.has(TEAM_KEY)).toBe(false);

    type(team, 'northpeak.io, @Partner.com');
    $<HTMLButtonElement>('[data-action=start]').click();
    const w = await started();
    expect(w.start!.team).toEqual(['northpeak.io', 'partner.com']);
    expect(w.start!.files.map((f) => f.name)).toEqual(['sent.mbox']);
    expect(fake.local.store.get(TEAM_KEY)).toBe('northpeak.io, @Partner.com');
    expect($$('[data-tactful=team-error]')).toHaveLength(0);
  });

  it('posts the policy in force to the worker (workers have no extension storage)', async () => {
    fake.sync.store.set('rules', { bump: { enabled: false } });
    fake.sync.store.set('followUpLimit', 4);
    await mount();
    type($<HTMLInputElement>('#review-team'), 'northpeak.io');
    chooseFiles([new File(['x'], 'sent.mbox')]);
    const w = await started();
    expect(w.start!.policy.rules.bump).toEqual({ enabled: false });
    expect(w.start!.policy.followUpLimit).toBe(4);
  });

  it('reviews a pasted email as one .eml file, and asks for text when the box is empty', async () => {
    await mount();
    type($<HTMLInputElement>('#review-team'), 'northpeak.io');
    $<HTMLButtonElement>('[data-action=review-paste]').click();
    await vi.waitFor(() => expect($('#review-paste-error').textContent).toContain('Paste'));
    expect($('#review-paste').getAttribute('aria-invalid')).toBe('true');
    const raw = 'From: sam@northpeak.io\nSubject: Hi\n\nJust bumping this.';
    type($<HTMLTextAreaElement>('#review-paste'), raw);
    $<HTMLButtonElement>('[data-action=review-paste]').click();
    const w = await started();
    const [pasted] = w.start!.files;
    expect(pasted!.name).toBe('pasted.eml');
    expect(pasted!.size).toBe(new TextEncoder().encode(raw).length);
  });
});

describe('review page: the run', () => {
  it('shows progress in a labelled <progress>, and Cancel stops the worker and returns to the input with nothing half-shown', async () => {
    await mount();
    type($<HTMLInputElement>('#review-team'), 'northpeak.io');
    chooseFiles([new File(['x'], 'a.mbox'), new File(['y'], 'b.mbox')]);
    const w = await started();
    await vi.waitFor(() => $('[data-tactful=progress]'));
    expect($$('[data-tactful=input]')).toHaveLength(0);
    expect(document.activeElement).toBe($('[data-action=cancel]'));
    w.emit({ type: 'progress', bytes: 5 * 1048576, totalBytes: 20 * 1048576, messages: 1234, teamEmails: 1200, file: 'a.mbox' });
    await vi.waitFor(() => expect($<HTMLProgressElement>('progress').value).toBe(5 * 1048576));
    const bar = $<HTMLProgressElement>('progress');
    expect(bar.max).toBe(20 * 1048576);
    expect(bar.labels?.[0]?.textContent).toBe('Reading 2 files');
    expect(text('[data-tactful=progress-text]')).toMatch(/5\.0 MB of 20\.0 MB read · messages: 1,234, from the team: 1,200/);
    await vi.waitFor(() => expect(text('[data-tactful=status]')).toContain('20% read'));

    $<HTMLButtonElement>('[data-action=cancel]').click();
    expect(w.terminated).toBe(true);
    await vi.waitFor(() => $('[data-tactful=input]'));
    expect($$('[data-tactful=progress], [data-tactful=report]')).toHaveLength(0);
    // A result arriving after the cancel is ignored.
    w.emit({ type: 'done', result: await knownResult() });
    await new Promise((r) => setTimeout(r, 20));
    expect($$('[data-tactful=report]')).toHaveLength(0);
    await vi.waitFor(() => expect(text('[data-tactful=status]')).toBe('Review cancelled.'));
    // The team is kept, and a fresh worker is ready for the next run.
    expect($<HTMLInputElement>('#review-team').value).toBe('northpeak.io');
    expect(workers.filter((x) => !x.terminated).length).toBe(1);
  });

  it('returns to the input with the reason when the worker fails', async () => {
    await mount();
    type($<HTMLInputElement>('#review-team'), 'northpeak.io');
    chooseFiles([new File(['x'], 'a.mbox')]);
    const w = await started();
    w.emit({ type: 'error', message: 'out of memory' });
    const banner = await vi.waitFor(() => $('[data-tactful=run-error]'));
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('The review stopped: out of memory');
    expect(w.terminated).toBe(true);
  });
});

describe('review page: the report', () => {
  it('leads with the share of emails with a warning, then the other counts', async () => {
    await showReport();
    expect(text('[data-tactful=share]')).toBe('60%');
    const summary = $('[data-tactful=summary]');
    expect(summary.textContent).toContain('3 of 5 emails');
    expect(text('[data-tactful=other-senders]')).toBe('2');
    expect(text('[data-tactful=malformed-count]')).toBe('1');
    expect(summary.textContent).toContain('Team: northpeak.io');
    expect(root.textContent).not.toMatch(/review_|category_|severity_/);
    expect($$('h1')).toHaveLength(1);
    expect(document.activeElement).toBe($('#summary-title'));
    await vi.waitFor(() => expect(text('[data-tactful=status]')).toContain('Report ready'));
  });

  it('counts per category and per rule, per sender and per week, with charts that have text alternatives', async () => {
    await showReport();
    const row = (category: string) => $(`[data-tactful=categories] tr[data-category=${category}]`);
    const cells = (category: string) => [...row(category).children].map((c) => (c.querySelector('svg') ? c.querySelector('.bar-share')!.textContent : c.textContent));
    expect(cells('pushy-outreach')).toEqual(['Pushy outreach', '40%', '2', '3']);
    expect(cells('presumptive-appointment')).toEqual(['Presumptive appointments', '20%', '1', '1']);
    expect(row('presumptive-appointment').querySelector('[data-drill]')!.textContent).toBe('1');
    expect(row('impersonal').querySelector('[data-drill]')).toBeNull();

    // Each category's bar is an SVG image named in words, beside its numbers.
    const bar = $('svg', row('pushy-outreach'));
    expect(bar.getAttribute('role')).toBe('img');
    expect(bar.getAttribute('aria-label')).toBe('Pushy outreach, 2 emails (40%)');
    expect($$('[data-tactful=category-chart] rect.chart-bar')).toHaveLength(2);
    expect(Number($('rect.chart-bar', bar).getAttribute('width'))).toBe(100);
    expect(Number($('rect.chart-bar', $('svg', row('presumptive-appointment'))).getAttribute('width'))).toBe(50);

    expect($('[data-tactful=rules] tr[data-rule=bump]').textContent).toContain('bump');
    expect($('[data-tactful=rules] tr[data-rule=bump] .rule-desc').textContent).toContain('Bumping an unanswered email');
    const senders = $$('[data-tactful=senders] tbody tr').map((tr) => tr.dataset.sender);
    expect(senders).toEqual(['kim@northpeak.io', 'sam@northpeak.io', 'lee@northpeak.io']);
    expect($('[data-tactful=senders] tr[data-sender="kim@northpeak.io"]').textContent).toContain('100%');
    expect($('[data-tactful=senders] tr[data-sender="lee@northpeak.io"]').textContent).toContain('Nothing flagged');

    const trend = $('svg[data-tactful=trend-chart]');
    expect(trend.getAttribute('aria-label')).toContain('1 of 2 emails flagged (50%)');
    expect($$('[data-tactful=trend] tbody tr').map((tr) => tr.dataset.week)).toEqual(['2026-03-02', '2026-03-09', 'undated']);
    expect($$('[data-tactful=phrases] li').length).toBeGreaterThan(1);
  });

  it('a dialog takes focus and answers Escape as soon as it shows, before the next frame (a key pressed then was lost)', () => {
    const onClose = vi.fn();
    const host = document.body.appendChild(document.createElement('div'));
    render(
      <Dialog labelledBy="t" onClose={onClose} tactful="email">
        <button data-autofocus>Close</button>
      </Dialog>,
      host,
    );
    expect(document.activeElement?.textContent).toBe('Close');
    key(document.activeElement!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    render(null, host);
    host.remove();
  });

  it('opens the emails behind a number, and each email with its marks, explanation and rewrite; Escape closes it', async () => {
    await showReport();
    drill('category:pushy-outreach');
    await vi.waitFor(() => expect(listed()).toEqual([1, 5]));
    expect(text('#drill-title')).toContain('Emails: Pushy outreach');
    expect(document.activeElement).toBe($('#drill-title'));

    drill('flagged');
    await vi.waitFor(() => expect(listed()).toEqual([1, 4, 5]));
    drill('sender-all:sam@northpeak.io');
    await vi.waitFor(() => expect(listed()).toEqual([1, 2]));
    drill('week-all:undated');
    await vi.waitFor(() => expect(listed()).toEqual([7]));

    drill('rule:bump');
    await vi.waitFor(() => expect(listed()).toEqual([1, 5]));
    const opener = $<HTMLButtonElement>('[data-tactful=drill] [data-action=open-email][data-position="1"]');
    opener.focus();
    opener.click();
    const dialog = await vi.waitFor(() => $('[role=dialog][data-tactful=email]', document));
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Following up');
    expect(document.activeElement).toBe($('[data-action=close]', dialog));

    const marks = $$('[data-tactful=email-body] mark', dialog);
    expect(marks.map((m) => m.textContent)).toEqual(['Just bumping this to the top of your inbox.', 'Did you get my last email?']);
    expect(marks[0]!.dataset.rule).toBe('bump');
    expect(marks[0]!.className).toContain('warning');
    expect($('[data-tactful=email-body]', dialog).textContent).toBe(drafts[0]![1].body);
    const finding = $('li[data-rule=bump]', dialog);
    expect($('[data-tactful=explanation]', finding).textContent).toContain('points at their silence');
    expect($$('[data-tactful=rewrite]', finding).map((r) => r.textContent).join(' ')).toContain("If now isn't the right time, no need to reply");

    // Tab stays inside the dialog.
    const focusable = $$('button', dialog);
    focusable[focusable.length - 1]!.focus();
    key(document.activeElement!, 'Tab');
    expect(dialog.contains(document.activeElement)).toBe(true);

    key(document.activeElement!, 'Escape');
    await vi.waitFor(() => expect($$('[role=dialog]', document)).toHaveLength(0));
    expect(document.activeElement).toBe(opener);

    $<HTMLButtonElement>('[data-action=close-list]').click();
    await vi.waitFor(() => expect($$('[data-tactful=drill]')).toHaveLength(0));
    await vi.waitFor(() => expect((document.activeElement as HTMLElement).dataset.drill).toBe('rule:bump'));
  });

  it('shows a hostile body and subject as text: no script or image element, nothing run', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    await showReport();
    drill('category:pushy-outreach');
    await vi.waitFor(() => expect(listed()).toEqual([1, 5]));
    $<HTMLButtonElement>('[data-tactful=drill] [data-action=open-email][data-position="5"]').click();
    const dialog = await vi.waitFor(() => $('[role=dialog][data-tactful=email]', document));
    const body = $('[data-tactful=email-body]', dialog);
    expect(body.textContent).toBe(HOSTILE_BODY);
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(text('[data-tactful=email-subject]')).toBe('Pricing <img src=x onerror=alert(1)>');
    expect(document.querySelectorAll('script, img[src=x], [onerror]')).toHaveLength(0);
    expect($$('[data-tactful=email-list]')[0]!.textContent).toContain('Pricing <img src=x onerror=alert(1)>');
    expect($$('mark', body).map((m) => m.textContent)).toEqual(['Just bumping this to the top of your inbox.']);
    await new Promise((r) => setTimeout(r, 20));
    expect(alert).not.toHaveBeenCalled();
  });

  it('says an email without warnings has no kept text, and lists unreadable messages by position', async () => {
    await showReport();
    drill('sender-all:sam@northpeak.io');
    await vi.waitFor(() => expect(listed()).toEqual([1, 2]));
    $<HTMLButtonElement>('[data-action=open-email][data-position="2"]').click();
    const dialog = await vi.waitFor(() => $('[role=dialog][data-tactful=email]', document));
    expect($('[data-tactful=no-body]', dialog).textContent).toContain('not kept');
    expect($$('mark', dialog)).toHaveLength(0);
    $<HTMLButtonElement>('[data-action=close]', dialog).click();
    await vi.waitFor(() => expect($$('[role=dialog]', document)).toHaveLength(0));

    drill('malformed');
    const list = await vi.waitFor(() => $('[data-tactful=malformed]'));
    expect($('li[data-position="6"]', list).textContent).toContain('#6, sent.mbox:120');
    expect(list.textContent).toContain('no mail headers found');
  });

  it('filters by sender, category, rule and dates, re-aggregating with the same positions', async () => {
    await showReport();
    const select = (name: string) => $<HTMLSelectElement>(`[data-filter=${name}]`);
    expect([...select('sender').options].map((o) => o.value)).toEqual(['', 'kim@northpeak.io', 'lee@northpeak.io', 'sam@northpeak.io']);

    type(select('sender'), 'kim@northpeak.io');
    await vi.waitFor(() => expect(text('[data-tactful=share]')).toBe('100%'));
    expect(text('[data-tactful=filter-status]')).toContain('Filtered: 2 of 5');
    drill('flagged');
    await vi.waitFor(() => expect(listed()).toEqual([4, 5]));

    type(select('sender'), '');
    type(select('category'), 'presumptive-appointment');
    await vi.waitFor(() => expect(text('[data-tactful=share]')).toBe('20%'));
    drill('flagged');
    await vi.waitFor(() => expect(listed()).toEqual([4]));

    type(select('category'), '');
    type(select('rule'), 'bump');
    await vi.waitFor(() => expect(text('[data-tactful=share]')).toBe('40%'));

    type(select('rule'), '');
    type($<HTMLInputElement>('[data-filter=from]'), '2026-03-03');
    type($<HTMLInputElement>('[data-filter=to]'), '2026-03-10');
    // Emails of 4 and 10 March: 2 and 4; undated ones are out once dates are chosen.
    await vi.waitFor(() => expect(text('[data-tactful=summary]')).toContain('1 of 2 emails'));
    drill('all');
    await vi.waitFor(() => expect(listed()).toEqual([2, 4]));

    $<HTMLButtonElement>('[data-action=clear-filters]').click();
    await vi.waitFor(() => expect(text('[data-tactful=share]')).toBe('60%'));
    expect($$('[data-tactful=filter-status]')).toHaveLength(0);
  });

  it('exports the findings as CSV and the report with its records as JSON, as downloads', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.matches('a[download]')) {
        names.push(a.download);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const result = await showReport();
      $<HTMLButtonElement>('[data-action=export-csv]').click();
      expect(blobs).toHaveLength(1);
      expect(names[0]).toMatch(/^tactful-review-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = (await read(blobs[0]!)).replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(CSV_HEADER.join(','));
      const findings = result.records.reduce((n, r) => n + r.findings.length, 0);
      expect(lines).toHaveLength(1 + findings);
      expect(lines.some((l) => l.startsWith('2026-03-02T09:00:00.000Z,sam@northpeak.io,harbourfoods.com,Following up,bump,pushy-outreach,warning,'))).toBe(true);

      // JSON: what is shown, under the filters in force.
      type($<HTMLSelectElement>('[data-filter=sender]'), 'kim@northpeak.io');
      await vi.waitFor(() => expect(text('[data-tactful=share]')).toBe('100%'));
      $<HTMLButtonElement>('[data-action=export-json]').click();
      expect(names[1]).toMatch(/\.json$/);
      const json = JSON.parse(await read(blobs[1]!));
      expect(json.filters.sender).toBe('kim@northpeak.io');
      expect(json.report.total).toBe(2);
      expect(json.report.flagged).toEqual([4, 5]);
      expect(json.records.map((r: ReviewRecord) => r.position)).toEqual([4, 5]);
      expect(JSON.stringify(json)).not.toContain('<script>');
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });

  it('draws weeks without email as empty columns, over spans of up to two years', () => {
    const a = { week: '2026-03-02', total: 4, flagged: 1 };
    const b = { week: '2026-03-16', total: 2, flagged: 2 };
    expect(continuousWeeks([a, b])).toEqual([a, { week: '2026-03-09', total: 0, flagged: 0 }, b]);
    const far = { week: '2029-03-05', total: 1, flagged: 0 };
    expect(continuousWeeks([a, far])).toEqual([a, far]);
  });

  it('says so when no message came from the team', async () => {
    await mount();
    type($<HTMLInputElement>('#review-team'), 'northpeak.io');
    chooseFiles([new File(['x'], 'inbox.mbox')]);
    const w = await started();
    w.emit({ type: 'done', result: { ...(await knownResult()), records: [], bodies: {}, otherSenders: 12, malformedCount: 0, malformed: [] } });
    const empty = await vi.waitFor(() => $('[data-tactful=empty]'));
    expect(empty.textContent).toContain('None of the messages read was sent from northpeak.io');
    expect(text('[data-tactful=other-senders]')).toBe('12');
    expect($$('[data-tactful=categories], [data-tactful=senders]')).toHaveLength(0);
  });

  it('goes back to a new review, keeping the team', async () => {
    await showReport();
    $<HTMLButtonElement>('[data-action=new-review]').click();
    await vi.waitFor(() => $('[data-tactful=input]'));
    expect($$('[data-tactful=report]')).toHaveLength(0);
    expect($<HTMLInputElement>('#review-team').value).toBe('northpeak.io');
  });
});

function read(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
