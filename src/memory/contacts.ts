/**
 * Contact memory: per address, when the user wrote to them through Tactful, when a message from
 * them was seen in a thread they opened, and the user's own notes. Kept in `storage.local` on
 * this machine only (never synced, never sent), one key per contact so a compose window's
 * recipients are read without loading everyone. No email text is stored, only dates and notes.
 *
 * Bounded: each contact keeps its latest MAX_DATES dates of each kind and a note of at most
 * MAX_NOTE characters; dates older than the retention limit are dropped when the contact is next
 * written and by `enforceRetention`.
 */
import * as z from 'zod';
import browser from 'webextension-polyfill';
import { describeIssues, type ParseResult } from '../engine/draft';

export const PREFIX = 'contact:';
export const MAX_DATES = 50;
export const MAX_NOTE = 1000;
const DAY = 86_400_000;

/** Dates are epoch seconds: enough to tell a reply from the message it answers. */
const Seconds = z.number().int().nonnegative();

export const ContactSchema = z
  .object({
    address: z.string().trim().toLowerCase().pipe(z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address')),
    sent: z.array(Seconds).max(MAX_DATES).default([]),
    replies: z.array(Seconds).max(MAX_DATES).default([]),
    note: z.string().max(MAX_NOTE).default(''),
  })
  .strict();

export type Contact = z.output<typeof ContactSchema>;

export const ContactsFileSchema = z.object({ tactfulContacts: z.literal(1), contacts: z.array(ContactSchema) }).strict();

/** How a contact is stored: short keys, dates ascending. */
interface Stored {
  s?: number[];
  r?: number[];
  n?: string;
}

const keyOf = (address: string): string => PREFIX + address.trim().toLowerCase();

function fromStored(address: string, value: unknown): Contact | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Stored;
  const dates = (d: unknown) => (Array.isArray(d) ? d.filter((x): x is number => Number.isInteger(x) && x >= 0) : []);
  return { address, sent: dates(v.s), replies: dates(v.r), note: typeof v.n === 'string' ? v.n.slice(0, MAX_NOTE) : '' };
}

function toStored(c: Contact): Stored {
  return { ...(c.sent.length ? { s: c.sent } : {}), ...(c.replies.length ? { r: c.replies } : {}), ...(c.note ? { n: c.note } : {}) };
}

/** Dates ascending, without repeats, inside the retention window, the latest MAX_DATES. */
function tidy(dates: number[], oldest: number): number[] {
  return [...new Set(dates.filter((d) => d >= oldest))].sort((a, b) => a - b).slice(-MAX_DATES);
}

const oldestKept = (now: number, retentionDays: number): number => Math.floor((now - retentionDays * DAY) / 1000);

/** The contacts among these addresses that are remembered (one storage read). */
export async function lookup(addresses: readonly string[]): Promise<Contact[]> {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.includes('@')))];
  if (wanted.length === 0) return [];
  const items = await browser.storage.local.get(wanted.map(keyOf));
  return wanted.map((a) => fromStored(a, items[keyOf(a)])).filter((c): c is Contact => c !== null);
}

export interface Sighting {
  address: string;
  /** Epoch milliseconds. */
  at: number;
  kind: 'sent' | 'reply';
}

/** Records messages sent to, and seen from, these addresses; drops what is past retention. */
export async function record(sightings: readonly Sighting[], retentionDays: number, now = Date.now()): Promise<void> {
  if (sightings.length === 0) return;
  const oldest = oldestKept(now, retentionDays);
  const byAddress = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const a = s.address.trim().toLowerCase();
    if (!a.includes('@')) continue;
    byAddress.set(a, [...(byAddress.get(a) ?? []), s]);
  }
  const current = new Map((await lookup([...byAddress.keys()])).map((c) => [c.address, c]));
  const items: Record<string, Stored> = {};
  for (const [address, seen] of byAddress) {
    const c = current.get(address) ?? { address, sent: [], replies: [], note: '' };
    const secs = (kind: Sighting['kind']) => seen.filter((s) => s.kind === kind).map((s) => Math.floor(s.at / 1000));
    items[keyOf(address)] = toStored({ ...c, sent: tidy([...c.sent, ...secs('sent')], oldest), replies: tidy([...c.replies, ...secs('reply')], oldest) });
  }
  await browser.storage.local.set(items);
}

/** Saves the user's note on a contact (an empty note removes it; a contact with nothing left is forgotten). */
export async function setNote(address: string, note: string): Promise<ParseResult<Contact>> {
  const [existing] = await lookup([address]);
  const parsed = ContactSchema.safeParse({ ...(existing ?? { address }), note });
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const stored = toStored(parsed.data);
  if (Object.keys(stored).length === 0) await browser.storage.local.remove(keyOf(address));
  else await browser.storage.local.set({ [keyOf(address)]: stored });
  return { ok: true, value: parsed.data };
}

/** Every remembered contact, most recently in touch first. */
export async function listContacts(): Promise<Contact[]> {
  const items = await browser.storage.local.get(null);
  const out: Contact[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(PREFIX)) continue;
    const c = fromStored(key.slice(PREFIX.length), value);
    if (c) out.push(c);
  }
  return out.sort(byRecent);
}

const lastSeen = (c: Contact): number => Math.max(c.sent.at(-1) ?? 0, c.replies.at(-1) ?? 0);

/** The order of listContacts: latest activity first, then by address. */
function byRecent(a: Contact, b: Contact): number {
  return lastSeen(b) - lastSeen(a) || a.address.localeCompare(b.address);
}

/**
 * A list from listContacts brought up to date with changes as storage.onChanged reports them,
 * without reading every contact again (other keys are ignored). Contacts the changes do not
 * name keep their objects.
 */
export function applyChanges(list: readonly Contact[], changes: Readonly<Record<string, { newValue?: unknown }>>): Contact[] {
  const byAddress = new Map(list.map((c) => [c.address, c]));
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(PREFIX)) continue;
    const address = key.slice(PREFIX.length);
    const c = change.newValue === undefined ? null : fromStored(address, change.newValue);
    if (c) byAddress.set(address, c);
    else byAddress.delete(address);
  }
  return [...byAddress.values()].sort(byRecent);
}

export async function deleteContact(address: string): Promise<void> {
  await browser.storage.local.remove(keyOf(address));
}

export async function deleteAll(): Promise<number> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
  return keys.length;
}

/** Drops dates past the retention limit, and contacts left with neither dates nor a note. */
export async function enforceRetention(retentionDays: number, now = Date.now()): Promise<number> {
  const oldest = oldestKept(now, retentionDays);
  const set: Record<string, Stored> = {};
  const remove: string[] = [];
  for (const c of await listContacts()) {
    const kept = { ...c, sent: c.sent.filter((d) => d >= oldest), replies: c.replies.filter((d) => d >= oldest) };
    if (kept.sent.length === c.sent.length && kept.replies.length === c.replies.length) continue;
    const stored = toStored(kept);
    if (Object.keys(stored).length === 0) remove.push(keyOf(c.address));
    else set[keyOf(c.address)] = stored;
  }
  if (Object.keys(set).length) await browser.storage.local.set(set);
  if (remove.length) await browser.storage.local.remove(remove);
  return Object.keys(set).length + remove.length;
}

export async function exportContacts(): Promise<string> {
  return `${JSON.stringify({ tactfulContacts: 1, contacts: await listContacts() }, null, 2)}\n`;
}

/** Imports a contacts file: every contact valid, or nothing changes. Imported contacts replace the same addresses. */
export async function importContacts(text: string): Promise<ParseResult<number>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ContactsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const items: Record<string, Stored> = {};
  for (const c of parsed.data.contacts) items[keyOf(c.address)] = toStored({ ...c, sent: tidy(c.sent, 0), replies: tidy(c.replies, 0) });
  await browser.storage.local.set(items);
  return { ok: true, value: parsed.data.contacts.length };
}

/**
 * Follow-up facts for one contact: messages sent since the first one that got no reply after it.
 * `unanswered` counts the sends after the last reply seen (all of them when none was seen).
 */
export function unansweredSends(c: Pick<Contact, 'sent' | 'replies'>): number {
  const lastReply = c.replies.at(-1) ?? -1;
  return c.sent.filter((d) => d > lastReply).length;
}
