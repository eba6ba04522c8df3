/**
 * The content script's `webextension-polyfill`: build.mjs puts this module in its place for the
 * content script only, which runs on every webmail page and has a 60 KB budget (the full
 * polyfill is about 10 KB of it). It offers the part of the same promise-based API the content
 * script's code uses: runtime.sendMessage and onMessage, storage.sync and storage.onChanged,
 * i18n.getMessage. Firefox's own `browser` already is that API; in Chromium, Manifest V3 calls
 * return promises, and only onMessage needs wrapping (a listener's promise becomes its response).
 * Everything else in the extension keeps the real polyfill.
 */
import type { Browser, Runtime } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;
type ChromeListener = (message: unknown, sender: Runtime.MessageSender, respond: (answer: unknown) => void) => boolean;

interface Chrome {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void };
  };
  storage: Browser['storage'];
  i18n: Browser['i18n'];
}

const scope = globalThis as unknown as { browser?: Browser & { runtime: { id?: string } }; chrome?: Chrome };

function fromChrome(chrome: Chrome): Browser {
  const wrapped = new Map<Listener, ChromeListener>();
  return {
    runtime: {
      sendMessage: (message: unknown) => chrome.runtime.sendMessage(message),
      onMessage: {
        addListener(listener: Listener) {
          const bridge: ChromeListener = (message, sender, respond) => {
            const answer = listener(message, sender);
            if (!(answer instanceof Promise)) return false;
            answer.then(respond, () => respond(undefined));
            return true;
          };
          wrapped.set(listener, bridge);
          chrome.runtime.onMessage.addListener(bridge);
        },
        removeListener(listener: Listener) {
          const bridge = wrapped.get(listener);
          if (bridge) chrome.runtime.onMessage.removeListener(bridge);
          wrapped.delete(listener);
        },
      },
    },
    storage: chrome.storage,
    i18n: chrome.i18n,
  } as unknown as Browser;
}

const browser: Browser = scope.browser?.runtime?.id ? scope.browser : fromChrome(scope.chrome!);
export default browser;
