// @vitest-environment jsdom
// The popup's calm notice for compose windows Tactful cannot read (TabState.unguarded): shown
// with why when there is one, counted when there are more, beside a guarded draft too, and not
// while the site is paused.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/messaging/protocol';
import { Popup } from '../../src/pages/popup/index';
import { fake, resetFake } from '../fakes/browser';
import manifest from '../../manifest.json';

const matches = manifest.content_scripts.flatMap((c) => c.matches);

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

/** The tab's content script, answering getState with `state`. */
function tabAnswering(state: TabState): void {
  const listener = async (message: unknown) => ((message as { type?: string })?.type === 'toContent/getState' ? structuredClone(state) : undefined);
  fake.onMessage.addListener(listener);
  listeners.push(listener);
}

const base: TabState = { host: 'mail.google.com', site: 'gmail', paused: false, draft: null };
const notice = () => container.querySelector<HTMLElement>('[data-tactful=unguarded]');

async function shown(state: TabState): Promise<void> {
  tabAnswering(state);
  render(<Popup tabId={7} matches={matches} />, container);
  await vi.waitFor(() => expect(container.querySelector('[data-tactful=site], [data-tactful=draft]')).not.toBeNull());
}

describe('popup: compose windows Tactful cannot read', () => {
  it('says calmly that one is not checked, why, and that email sends as usual', async () => {
    await shown({ ...base, unguarded: 1, unguardedReason: 'editor' });
    expect(notice()!.getAttribute('role')).toBe('status');
    expect(notice()!.textContent).toBe(
      "Tactful can't read one compose window on this page, so it isn't checking it. Your email sends as usual. It can't find where the message is written.",
    );
    // Still the site's usual view and its switch.
    expect(container.querySelector('[data-tactful=site]')).not.toBeNull();
    expect(container.querySelector('input[data-action=pause]')).not.toBeNull();
  });

  it('names a missing Send button', async () => {
    await shown({ ...base, unguarded: 1, unguardedReason: 'send' });
    expect(notice()!.textContent).toContain("It can't find the Send button.");
  });

  it('counts several, beside the draft of a guarded compose', async () => {
    await shown({ ...base, unguarded: 2, unguardedReason: 'error', draft: { composer: 'c1', kind: 'email', subject: 'Hello', findings: [], checklist: [] } });
    expect(notice()!.textContent).toBe("Tactful can't read 2 compose windows on this page, so it isn't checking them. Your email sends as usual.");
    expect(container.querySelector('[data-tactful=draft]')).not.toBeNull();
  });

  it('shows nothing when every compose is guarded, when the tab does not say, or when the site is paused', async () => {
    await shown({ ...base, unguarded: 0 });
    expect(notice()).toBeNull();
    render(null, container);
    await shown(base);
    expect(notice()).toBeNull();
    render(null, container);
    await shown({ ...base, paused: true, unguarded: 1, unguardedReason: 'editor' });
    expect(notice()).toBeNull();
  });
});
