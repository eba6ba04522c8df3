import browser, { type Runtime } from 'webextension-polyfill';
import { isPublicMailDomain, parseAddress } from '../engine/address';
import { analyze } from '../engine/analyze';
import { parseDraft, type Draft } from '../engine/draft';
import type { Severity } from '../engine/severity';
import { deleteContact, enforceRetention, lookup, record, setNote, type Contact, type Sighting } from '../memory/contacts';
import { isToBackground, type ToBackground } from '../messaging/protocol';
import type { Policy } from '../settings/schema';
import { loadSettings, migrateStored } from '../settings/storage';

/**
 * The service worker answers the extension's own parts. It holds no email text: each request
 * is analysed and forgotten. Settings are read for each analysis, so a change in the options
 * page (or a new organisation policy) applies to the very next check. The contact memory (dates
 * and the user's notes, in storage.local) is read and written only here and in the options page.
 */

/** The toolbar button's colour per highest severity: the guard's palette. */
export const BADGE_COLOURS: Record<Severity, string> = { info: '#1a73e8', warning: '#b06000', error: '#c5221f' };

const SWEPT_KEY = 'memorySweptAt';
const DAY = 86_400_000;

browser.runtime.onInstalled.addListener(() => {
  migrateStored().catch((error: unknown) => console.warn('Tactful: could not migrate stored settings; defaults apply where they fail.', error));
});

/** Once a day at most (the worker starts often): drop remembered dates past the retention limit. */
async function sweepMemory(): Promise<void> {
  const { policy } = await loadSettings();
  const { [SWEPT_KEY]: last } = await browser.storage.local.get(SWEPT_KEY);
  if (typeof last === 'number' && Date.now() - last < DAY) return;
  await enforceRetention(policy.retentionDays);
  await browser.storage.local.set({ [SWEPT_KEY]: Date.now() });
}
sweepMemory().catch((error: unknown) => console.warn('Tactful: could not apply the contact memory retention limit.', error));

/**
 * Addresses worth remembering: people outside the user's own domains, and not the user. The
 * user's domain counts as their company's, unless it is a mailbox provider's (gmail.com): other
 * people there are customers like any others.
 */
function contactsOnly(addresses: readonly string[], policy: Policy, self: readonly string[] = []): string[] {
  const own = new Set(self.map((a) => parseAddress(a).address).filter(Boolean));
  const ownDomains = [...policy.ownDomains, ...[...own].map((a) => a.split('@')[1]!).filter((d) => !isPublicMailDomain(d))];
  return addresses
    .map((a) => parseAddress(a).address)
    .filter((a) => a && !own.has(a) && !ownDomains.some((d) => a.endsWith(`@${d}`) || a.endsWith(`.${d}`)));
}

async function knownRecipients(draft: Draft, policy: Policy): Promise<Contact[]> {
  if (!policy.contactMemory) return [];
  return lookup(contactsOnly([...draft.to, ...draft.cc, ...draft.bcc], policy, draft.from ? [draft.from] : []));
}

async function answer(message: ToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'toBackground/analyze': {
      const draft = parseDraft(message.draft);
      if (!draft.ok) return [];
      const { policy } = await loadSettings();
      // Memory that cannot be read only means no cross-thread facts: the analysis goes on.
      const contacts = await knownRecipients(draft.value, policy).catch(() => []);
      return analyze(draft.value, policy, { contacts });
    }
    case 'toBackground/badge': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = message.count > 0 ? String(message.count) : '';
      const color = message.severity ? BADGE_COLOURS[message.severity] : BADGE_COLOURS.info;
      await Promise.all([browser.action.setBadgeText({ tabId, text }), browser.action.setBadgeBackgroundColor({ tabId, color })]).catch(() => undefined);
      return true;
    }
    case 'toBackground/contacts': {
      const { policy } = await loadSettings();
      return policy.contactMemory ? lookup(contactsOnly(message.addresses, policy)) : [];
    }
    case 'toBackground/note': {
      const saved = await setNote(message.address, message.note);
      return saved.ok ? { ok: true } : { ok: false, error: saved.error };
    }
    case 'toBackground/record': {
      const { policy } = await loadSettings();
      if (!policy.contactMemory) return true;
      const people = new Set(contactsOnly(message.sightings.map((s) => s.address), policy, message.self));
      const sightings: Sighting[] = message.sightings
        .map((s) => ({ ...s, address: parseAddress(s.address).address }))
        .filter((s) => people.has(s.address) && Number.isFinite(s.at));
      await record(sightings, policy.retentionDays);
      // A thread read before any compose window showed the user's address may have remembered
      // their own messages as someone's replies: once the address is known, that entry goes.
      for (const me of message.self) {
        const address = parseAddress(me).address;
        if (address) await deleteContact(address);
      }
      return true;
    }
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  isToBackground(message) ? answer(message, sender) : undefined,
);
