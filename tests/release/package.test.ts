// The store packages (`npm run package`): byte-for-byte reproducible, complete, nothing extra, and
// readable by an independent unzip.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, copySources, loadedFiles, manifestFiles, readZip, removeCopy, runPackage, version, type Browser, type ZipEntry } from './helpers';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const zipName = (browser: Browser) => `tactful-${browser}-${version}.zip`;
const UNZIP = ['/usr/bin/unzip', '/bin/unzip'].find((p) => existsSync(p));
/** 1980-01-01 00:00:00 as the DOS date and time fields. */
const DOS_EPOCH = { date: (0 << 9) | (1 << 5) | 1, time: 0 };

/** Every file under `dir`, '/'-separated and relative. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

let first: string | undefined;
let second: string | undefined;
const zips = {} as Record<Browser, { first: Buffer; second: Buffer; entries: ZipEntry[] }>;

beforeAll(() => {
  // Two builds in two folders made at different times (so different paths and file times), the
  // second copied from the first so both have the same sources even while the checkout changes.
  first = copySources();
  runPackage(first);
  second = copySources(first);
  runPackage(second);
  for (const browser of browsers) {
    const a = readFileSync(join(first, 'dist', zipName(browser)));
    const b = readFileSync(join(second, 'dist', zipName(browser)));
    zips[browser] = { first: a, second: b, entries: readZip(a) };
  }
}, 120_000);

afterAll(() => {
  removeCopy(first);
  removeCopy(second);
});

describe.each(browsers)('dist/tactful-%s-<version>.zip', (browser) => {
  it('is byte-for-byte the same from two builds of the same sources', () => {
    const { first: a, second: b } = zips[browser];
    console.log(`${zipName(browser)}: ${(a.length / 1024).toFixed(1)} KB, sha256 ${sha256(a)}`);
    expect(a.length).toBeGreaterThan(100_000);
    expect(sha256(b)).toBe(sha256(a));
  });

  it('has manifest.json first, the rest in byte order, one fixed time and mode, no directories', () => {
    const { entries } = zips[browser];
    const names = entries.map((e) => e.name);
    expect(names[0]).toBe('manifest.json');
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(new Set(names).size).toBe(names.length);
    for (const e of entries) {
      expect(e.name, 'no directory entries, dotfiles or absolute paths').toMatch(/^(?!\/)(?!.*\/$)(?!.*(?:^|\/)\.)[\w./-]+$/);
      expect({ name: e.name, date: e.dosDate, time: e.dosTime }).toEqual({ name: e.name, ...DOS_EPOCH });
      expect(e.versionMadeBy >> 8, 'made on Unix, so the mode below is read').toBe(3);
      expect((e.externalAttributes >>> 16).toString(8)).toBe('100644');
      expect([0, 8]).toContain(e.method);
    }
  });

  it('holds exactly the build, less what its manifest does not use', () => {
    const built = filesUnder(join(first!, 'dist', browser)).filter((f) => !(browser === 'firefox' && f === 'managed_schema.json'));
    expect(zips[browser].entries.map((e) => e.name).sort()).toEqual(built.sort());
    for (const e of zips[browser].entries) expect(e.data.equals(readFileSync(join(first!, 'dist', browser, e.name))), e.name).toBe(true);
  });

  it('has every file the manifest, its pages and its scripts refer to', () => {
    const byName = new Map(zips[browser].entries.map((e) => [e.name, e]));
    const manifest = JSON.parse(byName.get('manifest.json')!.data.toString('utf8'));
    expect(manifest.version).toBe(version);
    const wanted = manifestFiles(manifest);
    expect(wanted).toEqual(expect.arrayContaining(['icons/icon-16.png', 'icons/icon-48.png', 'icons/icon-96.png', 'icons/icon-128.png', 'popup.html', 'options.html', 'content.js', 'content.css', 'background.js', '_locales/en/messages.json']));
    if (browser === 'chrome') {
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
      expect(wanted).toContain('managed_schema.json');
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
      expect(manifest.browser_specific_settings.gecko.id).toBe('tactful@tactful.dev');
      expect(manifest.storage).toBeUndefined();
    }
    // What the pages and scripts load or open: stylesheets, bundles, the review page and its worker.
    const loaded = new Set<string>();
    for (const e of zips[browser].entries) if (/\.(html|js)$/.test(e.name)) for (const f of loadedFiles(e.data.toString('utf8'))) loaded.add(f);
    expect([...loaded]).toEqual(expect.arrayContaining(['popup.js', 'popup.css', 'options.js', 'review.html', 'review.js', 'review-worker.js']));
    for (const file of [...wanted, ...loaded]) expect(byName.has(file), `${file} is in the package`).toBe(true);
  });

  it.skipIf(!UNZIP)('passes unzip -t, and unzip -l lists the same files and sizes', () => {
    const path = join(first!, 'dist', zipName(browser));
    expect(execFileSync(UNZIP!, ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected in compressed data/);
    const listing = execFileSync(UNZIP!, ['-l', path], { encoding: 'utf8' });
    const rows = [...listing.matchAll(/^\s*(\d+)\s+(\d{2,4}-\d\d-\d{2,4})\s+(\d\d:\d\d)\s+(\S+)$/gm)].map((m) => ({ size: Number(m[1]), date: m[2], time: m[3], name: m[4] }));
    const entries = zips[browser].entries;
    expect(rows.map((r) => r.name)).toEqual(entries.map((e) => e.name));
    expect(rows.map((r) => r.size)).toEqual(entries.map((e) => e.size));
    for (const r of rows) expect(r.size, r.name).toBeGreaterThan(0);
    // unzip prints dates as 1980-01-01 or 01-01-1980, depending on its build.
    for (const r of rows) expect(['1980-01-01 00:00', '01-01-1980 00:00']).toContain(`${r.date} ${r.time}`);
    const total = listing.match(/^\s*(\d+)\s+(\d+) files?\s*$/m);
    expect(Number(total?.[1])).toBe(entries.reduce((n, e) => n + e.size, 0));
    expect(Number(total?.[2])).toBe(entries.length);
  });
});

it('SOURCE_DATE_EPOCH sets the one timestamp and nothing else', () => {
  const epoch = Date.UTC(2026, 0, 2, 3, 4, 6) / 1000;
  runPackage(second!, epoch);
  for (const browser of browsers) {
    const entries = readZip(readFileSync(join(second!, 'dist', zipName(browser))));
    const plain = zips[browser].entries;
    expect(entries.map((e) => [e.name, e.crc, e.compressedSize])).toEqual(plain.map((e) => [e.name, e.crc, e.compressedSize]));
    for (const e of entries) expect([e.dosDate, e.dosTime]).toEqual([((2026 - 1980) << 9) | (1 << 5) | 2, (3 << 11) | (4 << 5) | 3]);
  }
}, 60_000);
