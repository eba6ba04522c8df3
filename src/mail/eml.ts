import PostalMime from 'postal-mime';
import type { Address as MimeAddress } from 'postal-mime';
import { DraftSchema, type Draft } from '../engine/draft';
import { htmlToText } from './html-to-text';

/** Messages larger than this are refused with a clear error rather than read. */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function formatAddresses(list: MimeAddress[] | MimeAddress | undefined): string[] {
  if (!list) return [];
  const out: string[] = [];
  for (const a of Array.isArray(list) ? list : [list]) {
    if (a.group) out.push(...formatAddresses(a.group));
    else if (a.address) out.push(a.name ? `${a.name.replace(/[<>]/g, '')} <${a.address}>` : a.address);
    else if (a.name) out.push(a.name);
  }
  return out;
}

/** Raw bytes that are clearly not a mail message (images, archives, executables). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

const HEADER_LINE = /^[!-9;-~]+:/;

/** Throws an Error with a plain message when the input is not an RFC 822 message. */
export async function parseEml(raw: Uint8Array | string): Promise<Draft> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new Error(`message is ${(bytes.length / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB`);
  }
  if (looksBinary(bytes)) throw new Error('binary data, not an email message');
  let start = 0;
  let head = new TextDecoder().decode(bytes.subarray(0, 2000)).replace(/^\uFEFF/, '').trimStart();
  // A message saved from an mbox keeps its "From sender date" envelope line: skip it.
  if (head.startsWith('From ')) {
    const newline = bytes.indexOf(10, bytes.indexOf(0x46 /* F */));
    start = newline === -1 ? bytes.length : newline + 1;
    head = head.slice(head.indexOf('\n') + 1);
  }
  if (!HEADER_LINE.test(head)) throw new Error('no mail headers found (expected lines such as "From:" and "Subject:" at the top)');
  const email = await PostalMime.parse(start ? bytes.subarray(start) : bytes);
  const body = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  return DraftSchema.parse({
    id: email.messageId,
    kind: 'email',
    from: formatAddresses(email.from)[0],
    to: formatAddresses(email.to),
    cc: formatAddresses(email.cc),
    bcc: formatAddresses(email.bcc),
    subject: email.subject ?? '',
    body: body.replace(/\r\n/g, '\n'),
    sentAt: email.date,
    inReplyTo: email.inReplyTo || email.references?.trim().split(/\s+/).pop() || undefined,
  });
}
