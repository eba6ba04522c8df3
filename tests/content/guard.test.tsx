// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine/draft';
import { Guard } from '../../src/content/guard';
import type { Composer, SendAttempt } from '../../src/sites/types';

const warning: Finding = {
  rule: 'presumptive-meeting',
  category: 'presumptive-appointment',
  severity: 'warning',
  message: 'They never agreed to this time.',
  field: 'body',
  start: 0,
  end: 5,
  excerpt: 'Hello',
  suggestions: [{ label: 'Ask first', replacement: 'Hi there' }],
};

/** A compose window reduced to what the guard uses; sends and rewrites are recorded. */
function fakeComposer(body = 'Hello Dana') {
  document.body.innerHTML = '<div id="root"><div id="editor" contenteditable="true"></div><div id="toolbar"><div id="send" role="button">Send</div></div></div>';
  const root = document.getElementById('root')!;
  const editor = document.getElementById('editor')!;
  editor.textContent = body;
  const sent: SendAttempt[] = [];
  let sendHandler: ((a: SendAttempt) => boolean) | undefined;
  const composer: Composer = {
    id: 'test-1',
    root,
    editor,
    guardSlot: () => ({ parent: document.getElementById('toolbar')!, before: null }),
    readDraft: () => ({ to: ['dana@northwind.com'], subject: 'Hi', body: editor.textContent ?? '' }),
    onSendAttempt: (handler) => {
      sendHandler = handler;
    },
    send: (attempt) => sent.push(attempt),
    replace: (_field, start, end, text) => {
      const t = editor.textContent ?? '';
      editor.textContent = t.slice(0, start) + text + t.slice(end);
      return true;
    },
    bodyRange: () => null,
    bodyOffsetAt: () => -1,
  };
  const trySend = (commit = true): boolean => sendHandler!({ control: document.getElementById('send'), commit });
  return { composer, editor, sent, trySend };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

function guard(composer: Composer, analyze: (d: unknown) => Promise<Finding[]>) {
  const stop = new AbortController();
  stops.push(stop);
  return new Guard(composer, analyze, stop.signal);
}

describe('Guard', () => {
  it('puts one host beside the compose, outside the editor, with its test hooks from the start', async () => {
    const { composer, editor } = fakeComposer();
    const g = guard(composer, async () => [warning]);
    expect(document.querySelectorAll('tactful-guard')).toHaveLength(1);
    expect(editor.contains(g.host)).toBe(false);
    expect(g.host.getAttribute('data-findings')).toBe('0');
    await tick();
    expect(g.host.getAttribute('data-findings')).toBe('1');
    expect(g.host.getAttribute('data-severity')).toBe('warning');
    expect(g.host.shadowRoot?.querySelector('[data-action=toggle]')?.getAttribute('aria-label')).toContain('1 thing');
  });

  it('lets a clean draft send at once, and asks before a risky one', async () => {
    const clean = fakeComposer();
    guard(clean.composer, async () => []);
    await tick();
    expect(clean.trySend()).toBe(false);

    const risky = fakeComposer();
    const g = guard(risky.composer, async () => [warning]);
    await tick();
    expect(risky.trySend(false)).toBe(true); // the mousedown before the click: stopped, nothing shown
    expect(g.host.shadowRoot?.querySelector('[data-tactful=presend]')).toBeNull();
    expect(risky.trySend()).toBe(true);
    await tick();
    const dialog = g.host.shadowRoot!.querySelector('[role=dialog][data-tactful=presend]')!;
    expect(dialog.textContent).toContain('Did they agree to this meeting');
    // Focus is already on "Edit" as the checklist shows: a key pressed now cannot reach the draft.
    expect(g.host.shadowRoot!.activeElement).toBe(dialog.querySelector('[data-action=edit]'));
    expect(risky.sent).toHaveLength(0);
  });

  it('sends exactly once on send-anyway, and keeps the draft on edit', async () => {
    const { composer, sent, trySend } = fakeComposer();
    const g = guard(composer, async () => [warning]);
    await tick();
    trySend();
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=edit]') as HTMLElement).click();
    await tick();
    expect(g.host.shadowRoot!.querySelector('[data-tactful=presend]')).toBeNull();
    expect(sent).toHaveLength(0);
    trySend();
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=send-anyway]') as HTMLElement).click();
    await tick();
    expect(sent).toHaveLength(1);
    expect(g.host.shadowRoot!.querySelector('[data-tactful=presend]')).toBeNull();
  });

  it('applies a suggestion through the composer and checks again', async () => {
    const { composer, editor } = fakeComposer();
    const analyze = vi.fn(async (d: unknown) => ((d as { body: string }).body.startsWith('Hello') ? [warning] : []));
    const g = guard(composer, analyze);
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=toggle]') as HTMLElement).click();
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=apply]') as HTMLElement).click();
    await tick();
    expect(editor.textContent).toBe('Hi there Dana');
    expect(g.host.getAttribute('data-findings')).toBe('0');
  });

  it('dismisses a finding for this draft', async () => {
    const { composer, trySend } = fakeComposer();
    const g = guard(composer, async () => [warning]);
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=toggle]') as HTMLElement).click();
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=dismiss]') as HTMLElement).click();
    await tick();
    expect(g.host.getAttribute('data-findings')).toBe('0');
    expect(trySend()).toBe(false);
  });

  it('fails open: when analysis breaks, the email sends and the error is logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { composer, trySend } = fakeComposer();
    guard(composer, async () => {
      throw new Error('service worker gone');
    });
    await tick();
    expect(trySend()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("follows Gmail's theme: dark when the page is dark", () => {
    const { composer } = fakeComposer();
    expect(guard(composer, async () => []).host.getAttribute('data-theme')).toBe('light');
    const dark = fakeComposer();
    document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    expect(guard(dark.composer, async () => []).host.getAttribute('data-theme')).toBe('dark');
    document.body.style.backgroundColor = '';
  });

  it('removes its host when the composer closes', async () => {
    const { composer } = fakeComposer();
    const stop = new AbortController();
    const g = new Guard(composer, async () => [], stop.signal);
    stop.abort();
    expect(g.host.isConnected).toBe(false);
  });
});

describe('Guard and the contact memory', () => {
  const dana = { address: 'dana@northwind.com', sent: [1_790_000_000], replies: [], note: 'Prefers email' };

  function withEvents(analyze: (d: unknown) => Promise<Finding[]>) {
    const c = fakeComposer();
    const sentDrafts: unknown[] = [];
    const notes: [string, string][] = [];
    const stop = new AbortController();
    stops.push(stop);
    const g = new Guard(c.composer, analyze, stop.signal, {
      changed: () => undefined,
      focused: () => undefined,
      sent: (draft) => sentDrafts.push(draft),
      contacts: async (addresses) => (addresses.includes('dana@northwind.com') ? [dana] : []),
      saveNote: async (address, note) => {
        notes.push([address, note]);
        return note.length > 20 ? 'note: too long' : null;
      },
    });
    return { ...c, g, sentDrafts, notes };
  }

  it('reports a send that goes out, not one that is held, and a send-anyway once', async () => {
    const clean = withEvents(async () => []);
    await tick();
    expect(clean.trySend(false)).toBe(false);
    expect(clean.sentDrafts).toHaveLength(0); // opening the send menu sends nothing
    expect(clean.trySend()).toBe(false);
    expect(clean.sentDrafts).toEqual([expect.objectContaining({ to: ['dana@northwind.com'] })]);

    const risky = withEvents(async () => [warning]);
    await tick();
    risky.trySend();
    await tick();
    expect(risky.sentDrafts).toHaveLength(0);
    (risky.g.host.shadowRoot!.querySelector('[data-action=send-anyway]') as HTMLElement).click();
    await tick();
    expect(risky.sentDrafts).toHaveLength(1);
    expect(risky.sent).toHaveLength(1);
  });

  it('shows a line per remembered recipient in the panel, with a note that saves', async () => {
    const { g, notes } = withEvents(async () => []);
    await tick();
    await tick();
    (g.host.shadowRoot!.querySelector('[data-action=toggle]') as HTMLElement).click();
    await tick();
    const card = g.host.shadowRoot!.querySelector('[data-tactful=contact][data-address="dana@northwind.com"]')!;
    expect(card.textContent).toMatch(/you last wrote .*2026.*no reply seen/);
    const note = card.querySelector<HTMLInputElement>('input[data-field=note]')!;
    expect(note.value).toBe('Prefers email');
    expect(note.getAttribute('aria-label')).toBe('Your note on dana@northwind.com');
    note.value = 'Reconnect after Q3';
    note.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(notes).toEqual([['dana@northwind.com', 'Reconnect after Q3']]);
    note.value = 'A note that is far too long';
    note.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(g.host.shadowRoot!.querySelector('[data-tactful=contact] [role=alert]')?.textContent).toBe('note: too long'));
  });
});
