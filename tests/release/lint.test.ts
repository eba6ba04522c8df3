// web-ext lint (Mozilla's addons-linter, as AMO runs it on upload) over a private Firefox build:
// no errors, and every warning one we know and have explained. .ci/run runs the same command.
// It works offline: the linter's rules ship in node_modules, the update check is switched off
// (NO_UPDATE_NOTIFIER) and no config files are searched for (--no-config-discovery).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copySources, removeCopy, root } from './helpers';

interface Message {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

/**
 * The warnings we accept, each with where it may appear and what must be at the flagged spot.
 * UNSAFE_VAR_ASSIGNMENT: Preact's diff sets `dom.innerHTML = props.dangerouslySetInnerHTML.__html`;
 * Tactful never passes dangerouslySetInnerHTML (tests/release/privacy.test.ts checks src/), so it
 * never runs.
 */
const ALLOWED_WARNINGS: { code: string; files: string[]; at: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', files: ['content.js', 'popup.js', 'options.js', 'review.js'], at: /[\w$]\.innerHTML=[\w$]+\.__html\)/ },
];

function lint(sourceDir: string): { status: number | null; report: Report } {
  const run = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', sourceDir, '--no-config-discovery', '--output', 'json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return { status: run.status, report: JSON.parse(json) as Report };
}

let copy: string | undefined;
beforeAll(() => {
  copy = copySources();
  execFileSync(process.execPath, ['build.mjs'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);
afterAll(() => removeCopy(copy));

it('dist/firefox: no errors or notices, and only the explained warnings', () => {
  const dir = join(copy!, 'dist', 'firefox');
  const { status, report } = lint(dir);
  const show = (m: Message) => `${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n${[...report.errors, ...report.warnings, ...report.notices].map(show).join('\n')}`);
  expect(report.errors.map(show)).toEqual([]);
  expect(report.notices.map(show)).toEqual([]);
  expect(status).toBe(0);
  for (const w of report.warnings) {
    const allowed = ALLOWED_WARNINGS.find((a) => a.code === w.code && a.files.includes(w.file ?? ''));
    expect(allowed, show(w)).toBeDefined();
    // The flagged spot is the expected code (a few characters either side of the reported column).
    const line = readFileSync(join(dir, w.file!), 'utf8').split('\n')[w.line! - 1] ?? '';
    expect(line.slice(Math.max(0, w.column! - 8), w.column! + 40), show(w)).toMatch(allowed!.at);
  }
  // One per Preact bundle: the list above is not wider than what is there.
  expect(report.warnings.map((w) => `${w.code} ${w.file}`).sort()).toEqual(ALLOWED_WARNINGS.flatMap((a) => a.files.map((f) => `${a.code} ${f}`)).sort());
}, 90_000);

it('self-check: lint fails (exit status 1) on an add-on with errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-lint-'));
  try {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: 'one' }));
    const { status, report } = lint(dir);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.errors.map((e) => e.code)).toContain('MANIFEST_FIELD_REQUIRED');
    expect(status).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
