// Shared by the release tests: a private build of the extension (so they never race the other
// tests or a developer rebuilding dist/), a small ZIP reader, and what a manifest refers to.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
export const browsers = ['chrome', 'firefox'] as const;
export type Browser = (typeof browsers)[number];

/** What `node build.mjs --package` reads. */
const BUILD_INPUTS = ['build.mjs', 'package.json', 'manifest.json', 'tsconfig.json', 'src', 'assets'];

/**
 * Copies the build's inputs from `from` (the repository, or an earlier copy) into a new temporary
 * folder with node_modules linked in, and returns the folder. Copying from a copy keeps two
 * builds on exactly the same sources while others edit the checkout.
 */
export function copySources(from = root): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-release-'));
  for (const name of BUILD_INPUTS) cpSync(join(from, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `npm run package` in `dir`, without an inherited SOURCE_DATE_EPOCH unless one is given. */
export function runPackage(dir: string, sourceDateEpoch?: number): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  if (sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(sourceDateEpoch);
  return execFileSync('npm', ['run', '--silent', 'package'], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function removeCopy(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface ZipEntry {
  name: string;
  method: number;
  versionMadeBy: number;
  externalAttributes: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Buffer;
}

/**
 * Reads a ZIP archive through its central directory, checking each local header against it and
 * each file's CRC-32 (node's own zlib.crc32, not the writer's table). Throws on anything amiss.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const endAt = zip.length - 22;
  if (endAt < 0 || zip.readUInt32LE(endAt) !== 0x06054b50) throw new Error('no end-of-central-directory record (or an archive comment)');
  const count = zip.readUInt16LE(endAt + 10);
  const centralSize = zip.readUInt32LE(endAt + 12);
  let at = zip.readUInt32LE(endAt + 16);
  if (at + centralSize !== endAt) throw new Error('central directory does not end where the end record starts');
  const entries: ZipEntry[] = [];
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i}: bad central header signature`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const entry = {
      name,
      versionMadeBy: zip.readUInt16LE(at + 4),
      method: zip.readUInt16LE(at + 10),
      dosTime: zip.readUInt16LE(at + 12),
      dosDate: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      externalAttributes: zip.readUInt32LE(at + 38),
    };
    const local = zip.readUInt32LE(at + 42);
    if (local !== expectedLocal) throw new Error(`${name}: local header at ${local}, expected ${expectedLocal} (gap or overlap)`);
    if (extraLength || commentLength) throw new Error(`${name}: has an extra field or comment`);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    const localName = zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26));
    if (localName !== name || zip.readUInt16LE(local + 28) !== 0) throw new Error(`${name}: local header differs from the central directory`);
    for (const [l, c] of [[8, 10], [10, 12], [12, 14], [14, 16], [18, 20], [22, 24]] as const) {
      const size = l >= 14 ? 4 : 2;
      if (zip.readUIntLE(local + l, size) !== zip.readUIntLE(at + c, size)) throw new Error(`${name}: local header field at ${l} differs`);
    }
    const start = local + 30 + nameLength;
    const body = zip.subarray(start, start + entry.compressedSize);
    const data = entry.method === 8 ? inflateRawSync(body) : entry.method === 0 ? Buffer.from(body) : null;
    if (!data) throw new Error(`${name}: unknown method ${entry.method}`);
    if (data.length !== entry.size) throw new Error(`${name}: ${data.length} bytes, header says ${entry.size}`);
    if (crc32(data) >>> 0 !== entry.crc) throw new Error(`${name}: CRC-32 mismatch`);
    entries.push({ ...entry, data });
    expectedLocal = start + entry.compressedSize;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (expectedLocal !== zip.readUInt32LE(endAt + 16)) throw new Error('bytes between the last file and the central directory');
  return entries;
}

/** Every file a manifest names: icons, scripts, styles, pages, the default locale's messages, the managed schema. */
export function manifestFiles(manifest: Record<string, any>): string[] {
  const files = new Set<string>();
  for (const path of Object.values(manifest.icons ?? {})) files.add(path as string);
  for (const path of Object.values(manifest.action?.default_icon ?? {})) files.add(path as string);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const path of manifest.background?.scripts ?? []) files.add(path);
  for (const script of manifest.content_scripts ?? []) for (const path of [...(script.js ?? []), ...(script.css ?? [])]) files.add(path);
  if (manifest.default_locale) files.add(`_locales/${manifest.default_locale}/messages.json`);
  if (manifest.storage?.managed_schema) files.add(manifest.storage.managed_schema);
  return [...files];
}

/** Local files an HTML page or a script loads or opens: <script src>, <link href>, new Worker("..."), runtime.getURL("..."). */
export function loadedFiles(text: string): string[] {
  const found = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*\shref="([^"]+)"|(?:new Worker|\.getURL)\(\s*["'`]([^"'`]+)["'`]/g)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]!);
}
