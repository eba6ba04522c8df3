// The content script's lean stand-in for webextension-polyfill (src/content/lean-browser.ts):
// in Chromium it wraps `chrome`, turning a listener's promise into the message's response; in
// Firefox it is the browser's own `browser`.
import { afterEach, describe, expect, it, vi } from 'vitest';

const path = '../../src/content/lean-browser';
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('lean browser API', () => {
  it('in Chromium: a listener\'s promise answers the message, a plain return does not hold the port', async () => {
    const listeners: ((m: unknown, s: unknown, respond: (a: unknown) => void) => boolean)[] = [];
    const chrome = {
      runtime: {
        id: 'abc',
        sendMessage: vi.fn(async (m: unknown) => ({ echoed: m })),
        onMessage: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1) },
      },
      storage: { sync: { get: vi.fn() }, onChanged: {} },
      i18n: { getMessage: (k: string) => `msg:${k}` },
    };
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', undefined);
    const browser = (await import(path)).default;
    expect(await browser.runtime.sendMessage({ type: 'x' })).toEqual({ echoed: { type: 'x' } });
    expect(browser.i18n.getMessage('extName')).toBe('msg:extName');
    expect(browser.storage.sync).toBe(chrome.storage.sync);

    const asyncListener = async (m: unknown) => ({ got: m });
    browser.runtime.onMessage.addListener(asyncListener);
    browser.runtime.onMessage.addListener(() => undefined);
    const answers: unknown[] = [];
    expect(listeners[0]!('hello', {}, (a) => answers.push(a))).toBe(true);
    expect(listeners[1]!('hello', {}, (a) => answers.push(a))).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(answers).toEqual([{ got: 'hello' }]);
    browser.runtime.onMessage.removeListener(asyncListener);
    expect(listeners).toHaveLength(1);
  });

  it('in Firefox: the browser\'s own API, untouched', async () => {
    const native = { runtime: { id: 'tactful@tactful.dev' } };
    vi.stubGlobal('browser', native);
    vi.stubGlobal('chrome', undefined);
    expect((await import(path)).default).toBe(native);
  });
});
