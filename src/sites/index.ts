import { gmail } from './gmail';
import { googleCalendar } from './google-calendar';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

/** The adapters, one per webmail surface; the first that matches the page's URL guards it. */
export const adapters: readonly SiteAdapter[] = [gmail, outlook, googleCalendar];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((a) => a.matches(url));
}
