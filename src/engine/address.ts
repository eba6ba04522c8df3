/** Email addresses as people write them: `Jane Doe <jane@acme.com>`, `"Doe, Jane" <jane@acme.com>`, `jane@acme.com`. */
export interface Address {
  /** What was written, trimmed. */
  raw: string;
  /** Display name without quotes; empty when there is none. */
  name: string;
  /** Lower-cased address; empty when only a name is known (some webmail chips show no address). */
  address: string;
  /** Lower-cased domain of the address; empty when unknown. */
  domain: string;
}

/** Splits `a@x.com, "Doe, Jane" <j@y.com>; b@z.com` on commas and semicolons outside quotes and angle brackets. */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngle = false;
  for (const ch of list) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '<' && !inQuotes) inAngle = true;
    else if (ch === '>' && !inQuotes) inAngle = false;
    if ((ch === ',' || ch === ';') && !inQuotes && !inAngle) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

const ANGLE = /<([^<>]*)>\s*$/;
const BARE = /^[^\s@<>"]+@[^\s@<>"]+$/;

/** Drafts are re-read on every pause in typing, with the same recipients each time. */
const parsed = new Map<string, Readonly<Address>>();

export function parseAddress(raw: string): Readonly<Address> {
  let address = parsed.get(raw);
  if (!address) {
    if (parsed.size >= 512) parsed.clear();
    parsed.set(raw, (address = Object.freeze(parseUncached(raw))));
  }
  return address;
}

function parseUncached(raw: string): Address {
  const text = raw.trim();
  const angle = ANGLE.exec(text);
  let address = '';
  let name = text;
  if (angle) {
    address = angle[1]!.trim();
    name = text.slice(0, angle.index).trim();
  } else if (BARE.test(text)) {
    address = text;
    name = '';
  }
  address = address.toLowerCase();
  if (address.startsWith('mailto:')) address = address.slice(7);
  if (!address.includes('@')) address = '';
  // Most names carry no quotes: the tests spare them two replacements.
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1);
  if (name.includes('\\"')) name = name.replace(/\\"/g, '"');
  name = name.trim();
  const at = address.lastIndexOf('@');
  let domain = at >= 0 ? address.slice(at + 1) : '';
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  return { raw: text, name, address, domain };
}

/**
 * True when `domain` is `base` or a subdomain of it. Both are lower-case without "@": addresses
 * come from parseAddress and policy domains from the policy schema, which normalise them.
 */
export function domainMatches(domain: string, base: string): boolean {
  return base !== '' && (domain === base || (domain.length > base.length && domain.endsWith(base) && domain[domain.length - base.length - 1] === '.'));
}

/** Second-level registries under which organisations register (acme.co.uk is Acme, not co.uk). */
const SECOND_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'co.jp', 'ne.jp', 'or.jp', 'com.au', 'net.au', 'org.au',
  'co.nz', 'com.br', 'com.mx', 'co.in', 'co.za', 'com.sg', 'com.cn', 'com.hk', 'co.kr', 'com.tr',
  'com.ar', 'co.il', 'com.tw', 'com.my', 'co.id',
]);

const organisations = new Map<string, string>();

/** The organisation an address belongs to, approximated by its registrable domain. */
export function organisationOf(domain: string): string {
  let org = organisations.get(domain);
  if (org === undefined) {
    const labels = domain.toLowerCase().split('.').filter(Boolean);
    const lastTwo = labels.slice(-2).join('.');
    org = labels.length <= 2 ? labels.join('.') : SECOND_LEVEL.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
    // Domains repeat from draft to draft; the memo is bounded all the same.
    if (organisations.size > 5000) organisations.clear();
    organisations.set(domain, org);
  }
  return org;
}

/**
 * Mailbox providers where two addresses share a domain but not an employer: two gmail.com
 * users are not colleagues.
 */
export const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com',
  'gmx.com', 'gmx.de', 'web.de', 'mail.com', 'yandex.com', 'zoho.com', 'fastmail.com', 'hey.com',
  'qq.com', '163.com', 'orange.fr', 'free.fr', 'btinternet.com', 'comcast.net', 'verizon.net',
]);

export function isPublicMailDomain(domain: string): boolean {
  return PUBLIC_MAIL_DOMAINS.has(organisationOf(domain)) || PUBLIC_MAIL_DOMAINS.has(domain);
}

/** First name to greet someone by, from a display name such as `Jane Doe` or `Doe, Jane`. */
export function firstNameOf(address: Address): string {
  let name = address.name;
  if (!name) return '';
  if (name.includes(',')) name = name.split(',')[1]!.trim();
  const first = name.split(/\s+/)[0] ?? '';
  return /^[\p{L}][\p{L}'’-]*$/u.test(first) ? first : '';
}
