// The Gmail fixture pages as a test sees them: where a compose's body editor, Send button and
// the Compose button are, by the selectors Gmail itself uses (see the fixtures' own markup).
// Nothing here knows how Tactful is written.
import type { Locator, Page } from 'playwright-core';

/** A compose's message body: Gmail's `div[role=textbox][contenteditable=true][g_editable=true]`. */
export const EDITOR = '[contenteditable="true"][g_editable="true"], [contenteditable="true"][role="textbox"]';
/** The Send button of a compose (English or any locale): Gmail's `.aoO` / `T-I-atl` button, never its schedule-send arrow. */
export const SEND = '[role="button"].aoO:not([aria-haspopup="true"]), [role="button"].T-I-atl:not([aria-haspopup="true"])';
/** The Compose button in Gmail's left bar. */
export const COMPOSE = '[role="button"][gh="cm"], [role="button"].T-I-KE';

export function editors(page: Page): Locator {
  return page.locator(EDITOR);
}

export function sendButtons(page: Page): Locator {
  return page.locator(SEND);
}

/** The editor's text as the user sees it, with runs of white space made one space. */
export async function editorText(editor: Locator): Promise<string> {
  const text = await editor.evaluate((el) => (el as HTMLElement).innerText);
  return text.replace(/\s+/g, ' ').trim();
}

/** How many messages the fixture's simulated Send has sent (window.__sentMessages). */
export async function sentCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sent = (window as unknown as { __sentMessages?: unknown[] }).__sentMessages;
    return Array.isArray(sent) ? sent.length : 0;
  });
}
