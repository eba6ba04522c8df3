// @vitest-environment jsdom
// Site adapters report who sent the messages of the thread views the user opens, and when:
// addresses and dates only, each message once, for contact memory.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from './fixture-page';
import { gmail } from '../../src/sites/gmail';
import { outlook } from '../../src/sites/outlook';
import { googleCalendar } from '../../src/sites/google-calendar';
import { parseShownDate } from '../../src/sites/dom';
import type { SeenMessage, SiteAdapter } from '../../src/sites/types';

/** Local time, as the pages show it. */
const at = (y: number, month: number, d: number, h: number, m: number): number => new Date(y, month - 1, d, h, m).getTime();

const SAM = 'sam@brightledger.io';
const DANA = 'dana.whitfield@northwind-health.com';
const ANA = 'ana.costa@lisbon-depot.pt';
const OMAR = 'omar@fenwick-labs.io';

// Frames run when a test says so: the adapters rescan at most once per frame.
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
});
afterEach(() => vi.unstubAllGlobals());

/** Lets the mutation observers see the changes made so far, then runs the frame they asked for. */
async function nextFrame(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  for (const frame of frames.splice(0)) frame(performance.now());
}

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

/** Every call of the adapter's onSeen, in order, while the test runs (or until `stop` aborts). */
function watch(adapter: SiteAdapter): { calls: SeenMessage[][]; stop: AbortController } {
  const calls: SeenMessage[][] = [];
  const stop = new AbortController();
  stops.push(stop);
  adapter.observeThreads!((seen) => calls.push(seen), stop.signal);
  return { calls, stop };
}

const el = <T extends Element = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** A message's words: its body, the snippet beside it, the subject, the people's names. */
function wordsOf(): string[] {
  const texts = [...document.querySelectorAll('div.a3s, [role=document], .gs > div:not(.ii), [class*="___prv"], h2, [role=heading]')].map((e) => (e.textContent ?? '').trim());
  const names = [...document.querySelectorAll('span[name], [class*="___frm"]')].map((e) => e.getAttribute('name') ?? e.textContent ?? '');
  return [...texts, ...names].filter((t) => t.length > 2);
}

/** Nothing but an address and a date in each sighting, and no word of any message. */
function expectNoText(calls: SeenMessage[][]): void {
  for (const seen of calls.flat()) {
    expect(Object.keys(seen).sort()).toEqual(['address', 'at']);
    expect(seen.address).toMatch(/^[^\s@<>]+@[^\s@<>]+\.[a-z]+$/);
    expect(Number.isFinite(seen.at)).toBe(true);
  }
  expect(wordsOf().length).toBeGreaterThan(5);
  // The addresses themselves may hold words (lisbon-depot.pt): look at everything else.
  let reported = JSON.stringify(calls);
  for (const seen of calls.flat()) reported = reported.replaceAll(seen.address, '');
  for (const words of wordsOf()) {
    expect(reported).not.toContain(words);
    // Not even a piece of a line.
    for (const word of words.split(/\s+/).filter((w) => w.length > 4 && !w.includes('@'))) expect(reported).not.toContain(word);
  }
}

describe('the contract', () => {
  it('Gmail and Outlook report thread messages; Google Calendar has no threads', () => {
    expect(typeof gmail.observeThreads).toBe('function');
    expect(typeof outlook.observeThreads).toBe('function');
    expect(googleCalendar.observeThreads).toBeUndefined();
  });
});

describe('Gmail thread views', () => {
  const load = (name: string): void => loadFixture('gmail', name);

  /** A new message at the end of the thread, built like the last one. */
  function appendMessage(id: bigint, address: string, name: string, title: string): Element {
    const last = [...document.querySelectorAll('div.adn')].at(-1)!;
    const item = last.parentElement!.cloneNode(true) as Element;
    item.querySelector('.gA')?.remove();
    const message = item.querySelector('div.adn')!;
    message.setAttribute('data-message-id', `#msg-f:${id}`);
    message.setAttribute('data-legacy-message-id', id.toString(16));
    const sender = message.querySelector('span.gD')!;
    sender.setAttribute('email', address);
    sender.setAttribute('name', name);
    sender.textContent = name;
    message.querySelector('td.gF + td span[title]')!.setAttribute('title', title);
    last.closest('[role=list]')!.appendChild(item);
    return message;
  }

  it('reports each sender and date of an opened thread, in one call, oldest first', () => {
    load('thread-view.html');
    const { calls } = watch(gmail);
    expect(calls).toEqual([
      [
        { address: DANA, at: at(2025, 10, 20, 9, 5) },
        { address: SAM, at: at(2025, 10, 20, 14, 47) },
        { address: DANA, at: at(2025, 10, 22, 11, 30) },
        { address: DANA, at: at(2025, 10, 23, 8, 15) },
      ],
    ]);
    expectNoText(calls);
  });

  it('reports the thread around an inline reply, whose dates are in plain title spans', () => {
    load('inline-reply.html');
    const { calls } = watch(gmail);
    expect(calls).toEqual([
      [
        { address: SAM, at: at(2025, 10, 28, 15, 40) },
        { address: ANA, at: at(2025, 10, 30, 11, 5) },
        { address: SAM, at: at(2025, 11, 3, 16, 22) },
      ],
    ]);
    expectNoText(calls);
  });

  it('reports nothing on pages with no thread view, and never throws', async () => {
    for (const page of ['docked-chips.html', 'popout.html', 'fullscreen.html']) {
      load(page);
      const { calls } = watch(gmail);
      document.body.appendChild(document.createElement('div'));
      await nextFrame();
      expect(calls).toEqual([]);
    }
  });

  it('reports each message once, however often it is re-rendered, collapsed or expanded', async () => {
    load('thread-view.html');
    const { calls } = watch(gmail);
    expect(calls).toHaveLength(1);
    const messages = [...document.querySelectorAll('div.adn')];
    // Expanding the first message: Gmail swaps its classes and renders it again.
    messages[0]!.className = 'adn ads h7';
    messages[0]!.replaceWith(messages[0]!.cloneNode(true));
    // A re-render that carries only one of the two ids.
    const bare = messages[1]!.cloneNode(true) as Element;
    bare.removeAttribute('data-legacy-message-id');
    messages[1]!.replaceWith(bare);
    // The date's title written again, and unrelated changes.
    messages[3]!.querySelector('span.g3')!.setAttribute('title', 'Thu, Oct 23, 2025, 8:15 AM');
    document.body.appendChild(document.createElement('div'));
    await nextFrame();
    await nextFrame();
    expect(calls).toHaveLength(1);
  });

  it('reports a message whose header is rendered later (an older message expanded)', async () => {
    load('thread-view.html');
    const second = document.querySelectorAll('div.adn')[1]!;
    const date = second.querySelector('span.g3')!;
    const cell = date.parentElement!;
    date.remove();
    const { calls } = watch(gmail);
    expect(calls[0]!.map((s) => s.at)).toEqual([at(2025, 10, 20, 9, 5), at(2025, 10, 22, 11, 30), at(2025, 10, 23, 8, 15)]);
    cell.appendChild(date);
    await nextFrame();
    expect(calls.slice(1)).toEqual([[{ address: SAM, at: at(2025, 10, 20, 14, 47) }]]);
  });

  it('reports a message that appears in the open thread, and only that one', async () => {
    load('thread-view.html');
    const { calls } = watch(gmail);
    appendMessage(1846765261146823000n, SAM, 'Sam Ortiz', 'Thu, Oct 23, 2025, 9:42 AM');
    await nextFrame();
    expect(calls.slice(1)).toEqual([[{ address: SAM, at: at(2025, 10, 23, 9, 42) }]]);
    await nextFrame();
    expect(calls).toHaveLength(2);
  });

  it('reports a thread opened later, and a date in the 2014 title format with Unicode spaces', async () => {
    load('docked-chips.html');
    const { calls } = watch(gmail);
    const thread = new DOMParser().parseFromString(
      '<div class="nH if"><div role="list"><div role="listitem"><div class="adn ads h7" data-message-id="#msg-f:1" data-legacy-message-id="1">' +
        '<table class="cf ix"><tbody><tr><td class="gF"><span class="gD" email="Luis.Romero@Harbor-Freight-Co.com" name="Luis Romero">Luis Romero</span></td>' +
        '<td><span title="Thu, Dec 18, 2014 at 12:35\u202fPM">12:35 PM</span></td></tr></tbody></table>' +
        '<div class="ii gt"><div class="a3s aiL"><span title="Mon, Jan 5, 2015, 9:00 AM">Meet on Monday?</span></div></div></div></div></div></div>',
      'text/html',
    ).body.firstElementChild!;
    el('[role=navigation]').after(document.importNode(thread, true));
    await nextFrame();
    expect(calls).toEqual([[{ address: 'luis.romero@harbor-freight-co.com', at: at(2014, 12, 18, 12, 35) }]]);
  });

  it('skips a message whose date cannot be read, rather than inventing one', async () => {
    load('thread-view.html');
    const dates = [...document.querySelectorAll('div.adn span.g3')];
    dates[0]!.setAttribute('title', 'Oct 20'); // no year, no time
    dates[1]!.setAttribute('title', 'Yesterday, 2:47 PM');
    dates[2]!.removeAttribute('title');
    const { calls } = watch(gmail);
    expect(calls).toEqual([[{ address: DANA, at: at(2025, 10, 23, 8, 15) }]]);
    // A date in the body is the message's text, never its date.
    dates[2]!.closest('div.adn')!.querySelector('div.a3s')!.append(Object.assign(document.createElement('span'), { title: 'Wed, Oct 22, 2025, 11:30 AM' }));
    await nextFrame();
    expect(calls).toHaveLength(1);
  });

  it('skips a message with no sender address', () => {
    load('thread-view.html');
    document.querySelectorAll('div.adn span.gD')[0]!.removeAttribute('email');
    const { calls } = watch(gmail);
    expect(calls[0]!.map((s) => s.address)).toEqual([SAM, DANA, DANA]);
  });

  it('reports nothing once stopped', async () => {
    load('thread-view.html');
    const { calls, stop } = watch(gmail);
    appendMessage(1846765261146823000n, SAM, 'Sam Ortiz', 'Thu, Oct 23, 2025, 9:42 AM');
    // A frame already asked for when the signal aborts does nothing either.
    await new Promise((r) => setTimeout(r, 0));
    stop.abort();
    await nextFrame();
    appendMessage(1846765261146823999n, SAM, 'Sam Ortiz', 'Thu, Oct 23, 2025, 9:50 AM');
    await nextFrame();
    expect(calls).toHaveLength(1);
  });

  it('reports nothing when started with an aborted signal', () => {
    load('thread-view.html');
    const calls: SeenMessage[][] = [];
    gmail.observeThreads!((seen) => calls.push(seen), AbortSignal.abort());
    expect(calls).toEqual([]);
  });
});

describe('Outlook reading pane', () => {
  const load = (name: string): void => loadFixture('outlook', name);

  /** A new message at the end of the conversation, built like the collapsed ones. */
  function appendMessage(address: string, name: string, when: string): Element {
    const item = document.querySelector('[aria-expanded=false]')!.parentElement!.cloneNode(true) as Element;
    const sender = item.querySelector('[title*="@"]')!;
    sender.setAttribute('title', address);
    sender.textContent = name;
    item.querySelector('[data-testid="SentReceivedSavedTime"]')!.textContent = when;
    el('#ReadingPaneContainerId [role=heading]').parentElement!.appendChild(item);
    return item;
  }

  it('reports each sender and date of the open conversation, collapsed messages included', () => {
    load('reading-pane.html');
    const { calls } = watch(outlook);
    expect(calls).toEqual([
      [
        { address: SAM, at: at(2025, 10, 28, 15, 40) },
        { address: OMAR, at: at(2025, 10, 30, 11, 5) },
        { address: SAM, at: at(2025, 10, 31, 16, 20) },
        { address: OMAR, at: at(2025, 11, 3, 9, 12) },
      ],
    ]);
    expectNoText(calls);
  });

  it('reports nothing where no message shows its date the known way, and never throws', async () => {
    for (const page of ['compose-reply.html', 'compose-new.html', 'compose-docked.html', 'calendar-new-event.html']) {
      load(page);
      const { calls } = watch(outlook);
      document.body.appendChild(document.createElement('div'));
      await nextFrame();
      expect(calls).toEqual([]);
    }
  });

  it('reports each message once when the pane re-renders and a collapsed message is expanded', async () => {
    load('reading-pane.html');
    const { calls } = watch(outlook);
    const collapsed = el('[aria-expanded=false]').parentElement!;
    const expanded = [...document.querySelectorAll('[aria-expanded=true]')].at(-1)!.parentElement!.cloneNode(true) as Element;
    expanded.querySelector('[title*="@"]')!.setAttribute('title', SAM);
    expanded.querySelector('[title*="@"] + span')!.textContent = `<${SAM}>`;
    expanded.querySelector('[data-testid="SentReceivedSavedTime"]')!.textContent = 'Tue 10/28/2025 3:40 PM';
    collapsed.replaceWith(expanded);
    const pane = el('#ReadingPaneContainerId > div');
    pane.replaceWith(pane.cloneNode(true));
    await nextFrame();
    expect(calls).toHaveLength(1);
  });

  it('reports a message once its sender is shown, and a message that appears later', async () => {
    load('reading-pane.html');
    const first = el('[aria-expanded=false] [title*="@"]');
    first.removeAttribute('title'); // a name only: the address is not on the page yet
    const { calls } = watch(outlook);
    expect(calls[0]!.map((s) => s.address)).toEqual([OMAR, SAM, OMAR]);
    first.setAttribute('title', SAM);
    await nextFrame();
    expect(calls[1]).toEqual([{ address: SAM, at: at(2025, 10, 28, 15, 40) }]);
    appendMessage('Omar@Fenwick-Labs.io', 'Omar Haddad', 'Mon 11/3/2025 10:01 AM');
    await nextFrame();
    expect(calls.slice(2)).toEqual([[{ address: OMAR, at: at(2025, 11, 3, 10, 1) }]]);
  });

  it('takes the sender from the message, never from a compose open beside it', async () => {
    load('reading-pane.html');
    // One message left in the conversation, and a new compose above it with a To chip.
    for (const item of document.querySelectorAll('[aria-expanded=false]')) item.parentElement!.remove();
    const compose = el<HTMLTemplateElement>('#tactful-fixture-compose-template').content.firstElementChild!.cloneNode(true) as Element;
    const chip = document.createElement('span');
    chip.setAttribute('contenteditable', 'false');
    chip.textContent = 'Priya Shah <priya.shah@northwind-health.com>';
    compose.querySelector('[aria-label=To]')!.appendChild(chip);
    el('#ReadingPaneContainerId [role=heading]').after(compose);
    const { calls } = watch(outlook);
    expect(calls).toEqual([[{ address: OMAR, at: at(2025, 11, 3, 9, 12) }]]);
    // With the sender's address gone from the header, the quoted history and the compose do not stand in.
    el('[aria-expanded=true] [title*="@"]').removeAttribute('title');
    el('[aria-expanded=true] span + span').textContent = '';
    const { calls: again } = watch(outlook);
    expect(again).toEqual([]);
    await nextFrame();
  });

  it('reads the date from its title first, and skips a date it cannot read', () => {
    load('reading-pane.html');
    const times = [...document.querySelectorAll('[data-testid="SentReceivedSavedTime"]')];
    times[0]!.setAttribute('title', 'Tuesday, October 28, 2025 3:41 PM');
    times[1]!.textContent = 'Yesterday 11:05 AM';
    times[2]!.textContent = 'Fri 10/31';
    const { calls } = watch(outlook);
    expect(calls).toEqual([
      [
        { address: SAM, at: at(2025, 10, 28, 15, 41) },
        { address: OMAR, at: at(2025, 11, 3, 9, 12) },
      ],
    ]);
  });

  it('reads day-first numeric dates in a page that is not in US English, and skips them when the language is unknown', () => {
    load('reading-pane.html');
    document.documentElement.setAttribute('lang', 'en-GB');
    const times = [...document.querySelectorAll('[data-testid="SentReceivedSavedTime"]')];
    times[0]!.textContent = 'Tue 28/10/2025 15:40';
    times[1]!.textContent = 'Thu 30/10/2025 11:05';
    times[2]!.textContent = 'Fri 31/10/2025 16:20';
    times[3]!.textContent = 'Mon 03/11/2025 09:12';
    expect(watch(outlook).calls[0]!.map((s) => s.at)).toEqual([at(2025, 10, 28, 15, 40), at(2025, 10, 30, 11, 5), at(2025, 10, 31, 16, 20), at(2025, 11, 3, 9, 12)]);
    document.documentElement.removeAttribute('lang');
    // 28/10 and 30/10 and 31/10 can only be day-first; 03/11 could be March 11.
    expect(watch(outlook).calls[0]!.map((s) => s.at)).toEqual([at(2025, 10, 28, 15, 40), at(2025, 10, 30, 11, 5), at(2025, 10, 31, 16, 20)]);
  });

  it('ignores a hidden (stale) pane', () => {
    load('reading-pane.html');
    el('#ReadingPaneContainerId [data-testid="SentReceivedSavedTime"]').style.display = 'none';
    expect(watch(outlook).calls[0]!.map((s) => s.at)).toEqual([at(2025, 10, 30, 11, 5), at(2025, 10, 31, 16, 20), at(2025, 11, 3, 9, 12)]);
  });

  it('reports nothing once stopped', async () => {
    load('reading-pane.html');
    const { calls, stop } = watch(outlook);
    stop.abort();
    appendMessage(OMAR, 'Omar Haddad', 'Mon 11/3/2025 10:01 AM');
    await nextFrame();
    expect(calls).toHaveLength(1);
  });
});

describe('parseShownDate', () => {
  it.each([
    ['Tue, Oct 28, 2025, 3:40 PM', 'en', at(2025, 10, 28, 15, 40)],
    ['Tue, Oct 28, 2025, 3:40\u202fPM', 'en', at(2025, 10, 28, 15, 40)],
    ['Thu, Dec 18, 2014 at 12:35 PM', 'en', at(2014, 12, 18, 12, 35)],
    ['Thu, Dec 18, 2014 at 12:05 AM', 'en', at(2014, 12, 18, 0, 5)],
    ['Tue, 28 Oct 2025, 15:40', 'en-GB', at(2025, 10, 28, 15, 40)],
    ['28 Sept 2025, 15:40', 'en-GB', at(2025, 9, 28, 15, 40)],
    ['Di., 28. Okt. 2025, 15:40', 'de', at(2025, 10, 28, 15, 40)],
    ['mar. 28 oct. 2025, 15:40', 'fr', at(2025, 10, 28, 15, 40)],
    ['Monday, November 3, 2025 9:12 AM', 'en', at(2025, 11, 3, 9, 12)],
    ['Mon 11/3/2025 9:12 AM', 'en', at(2025, 11, 3, 9, 12)],
    ['Mon 11/3/25 9:12 AM', 'en-US', at(2025, 11, 3, 9, 12)],
    ['Mo 03.11.2025 09:12', 'de', at(2025, 11, 3, 9, 12)],
    ['2025/11/03 9:12', 'ja', at(2025, 11, 3, 9, 12)],
    ['\u200e2025-11-03 09:12:30\u200f', '', at(2025, 11, 3, 9, 12) + 30_000],
    ['2025-11-03T09:12:00Z', '', Date.UTC(2025, 10, 3, 9, 12)],
  ])('%s (%s)', (shown, lang, expected) => {
    expect(parseShownDate(shown, lang)).toBe(expected);
  });

  it.each([
    ['', 'en'],
    ['Oct 28', 'en'],
    ['Oct 28, 2025', 'en'],
    ['3:40 PM', 'en'],
    ['Yesterday, 3:40 PM', 'en'],
    ['Feb 30, 2025, 1:00 PM', 'en'],
    ['Oct 28, 2025, 13:40 PM', 'en'],
    ['Oct 28, 2025, 25:40', 'en'],
    ['03/11/2025 09:12', ''],
    ['Not starred', 'en'],
    ['Mar Oct 28, 2025, 3:40 PM', 'en'],
  ])('cannot tell %j (%s)', (shown, lang) => {
    expect(parseShownDate(shown, lang)).toBeNull();
  });
});
