// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine/draft';
import type { DraftState, TabState, ToContent } from '../../src/messaging/protocol';
import { guardedSites, Popup } from '../../src/pages/popup/index';
import { pausedSites } from '../../src/settings/paused';
import { fake, resetFake } from '../fakes/browser';
import manifest from '../../manifest.json';

const matches = manifest.content_scripts.flatMap((c) => c.matches);

const finding = (rule: string, category: Finding['category'], severity: Finding['severity'], replacement?: string): Finding => ({
  rule,
  category,
  severity,
  message: `${rule} message`,
  field: 'body',
  start: 0,
  end: 4,
  excerpt: 'text',
  suggestions: [{ label: `${rule} fix`, ...(replacement !== undefined ? { replacement } : {}) }],
});

const draft = (over: Partial<DraftState> = {}): DraftState => ({
  composer: 'c1',
  kind: 'email',
  subject: 'Quick question',
  findings: [
    finding('per-my-last-email', 'pushy-outreach', 'warning', 'As I mentioned'),
    finding('presumptive-meeting', 'presumptive-appointment', 'error', 'Would Tuesday suit you?'),
    finding('bump', 'pushy-outreach', 'warning'),
  ],
  checklist: [
    { item: 'question_presumptive', ticked: false },
    { item: 'question_time', ticked: true },
  ],
  ...over,
});

/** A tab's content script, as the popup sees it: answers getState, records the rest. */
function tabAnswering(state: TabState) {
  const received: ToContent[] = [];
  const listener = async (message: unknown) => {
    const m = message as ToContent;
    if (!String(m?.type).startsWith('toContent/')) return undefined;
    received.push(m);
    // (Messages are copies, as between a tab and the popup.)
    if (m.type === 'toContent/getState') return structuredClone(state);
    if (m.type === 'toContent/tick') return { ...state.draft!, checklist: state.draft!.checklist.map((c) => (c.item === m.item ? { ...c, ticked: m.ticked } : c)) };
    return { ...state.draft!, findings: state.draft!.findings.slice(1) };
  };
  fake.onMessage.addListener(listener);
  listeners.push(listener);
  return received;
}

const listeners: ((m: unknown) => unknown)[] = [];
let container: HTMLElement;
beforeEach(() => {
  resetFake();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  for (const l of listeners.splice(0)) fake.onMessage.removeListener(l);
});

const q = (selector: string) => container.querySelector<HTMLElement>(selector);
const qa = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

describe('popup', () => {
  it('on a page Tactful does not guard: says so, lists where it works and what it looks for', async () => {
    render(<Popup tabId={3} matches={matches} />, container);
    await vi.waitFor(() => expect(q('[data-tactful=inactive]')).not.toBeNull());
    const text = q('[data-tactful=inactive]')!.textContent!;
    expect(text).toContain('not active on this page');
    expect(text).toContain('Gmail');
    expect(text).toContain('mail.google.com');
    expect(text).toContain('outlook.office.com');
    expect(text).toContain('Google Calendar');
    expect(qa('.categories li')).toHaveLength(5);
    expect(q('[data-action=pause]')).toBeNull();
  });

  it('groups the draft\'s findings by category, each with its rewrite', async () => {
    tabAnswering({ host: 'mail.google.com', site: 'gmail', paused: false, draft: draft() });
    render(<Popup tabId={7} matches={matches} />, container);
    await vi.waitFor(() => expect(q('[data-tactful=draft]')).not.toBeNull());
    expect(q('#draft-title')!.textContent).toBe('Your draft: Quick question');
    expect(qa('[data-category]').map((s) => s.dataset.category)).toEqual(['presumptive-appointment', 'pushy-outreach']);
    expect(qa('[data-category=pushy-outreach] [data-rule]').map((li) => li.dataset.rule)).toEqual(['per-my-last-email', 'bump']);
    expect(q('[data-category=presumptive-appointment] h3')!.textContent).toContain('Presumptive appointments');
    // A suggestion with a rewrite is a button; one without is advice.
    expect(qa('[data-rule=per-my-last-email] [data-action=apply]').map((b) => b.textContent)).toEqual(['per-my-last-email fix']);
    expect(qa('[data-rule=bump] [data-action=apply]')).toHaveLength(0);
    expect(q('[data-rule=bump] .advice')!.textContent).toBe('bump fix');
  });

  it('sends a rewrite to the tab and shows the draft it gets back', async () => {
    const received = tabAnswering({ host: 'mail.google.com', site: 'gmail', paused: false, draft: draft() });
    render(<Popup tabId={7} matches={matches} />, container);
    await vi.waitFor(() => expect(q('[data-rule=per-my-last-email] [data-action=apply]')).not.toBeNull());
    q('[data-rule=per-my-last-email] [data-action=apply]')!.click();
    await vi.waitFor(() => expect(q('[data-rule=per-my-last-email]')).toBeNull());
    expect(received.at(-1)).toMatchObject({ type: 'toContent/apply', composer: 'c1', replacement: 'As I mentioned' });
  });

  it('ticks checklist items in the tab, and counts them', async () => {
    const received = tabAnswering({ host: 'mail.google.com', site: 'gmail', paused: false, draft: draft() });
    render(<Popup tabId={7} matches={matches} />, container);
    await vi.waitFor(() => expect(qa('[data-tactful=checklist] input')).toHaveLength(2));
    expect(q('[data-tactful=checklist] legend')!.textContent).toContain('1 of 2 checked');
    const box = q('input[data-item=question_presumptive]') as HTMLInputElement;
    expect(box.closest('label')!.textContent).toBe('Did they agree to this meeting, and to this time?');
    box.click();
    await vi.waitFor(() => expect(q('[data-tactful=checklist] legend')!.textContent).toContain('2 of 2 checked'));
    expect(received.at(-1)).toEqual({ type: 'toContent/tick', composer: 'c1', item: 'question_presumptive', ticked: true });
  });

  it('on a guarded site without a composer: says it is guarding, and the switch pauses the site', async () => {
    const state: TabState = { host: 'outlook.office.com', site: 'outlook', paused: false, draft: null };
    tabAnswering(state);
    render(<Popup tabId={7} matches={matches} />, container);
    await vi.waitFor(() => expect(q('[data-tactful=site]')).not.toBeNull());
    expect(q('[data-tactful=site]')!.textContent).toContain('guarding Outlook (mail and calendar) on this page');
    const toggle = q('input[data-action=pause]') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')!.textContent).toBe('Check my drafts on outlook.office.com');
    state.paused = true;
    toggle.click();
    await vi.waitFor(async () => expect(await pausedSites()).toEqual(['outlook.office.com']));
    await vi.waitFor(() => expect(q('[data-tactful=site]')!.textContent).toContain('paused on outlook.office.com'));
    expect((q('input[data-action=pause]') as HTMLInputElement).checked).toBe(false);
  });

  it('groups the manifest\'s hosts by site', () => {
    expect(guardedSites(matches)).toEqual([
      { name: 'Gmail', hosts: ['mail.google.com'] },
      { name: 'Outlook (mail and calendar)', hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'] },
      { name: 'Google Calendar', hosts: ['calendar.google.com'] },
    ]);
  });
});
