// Real-browser harness: the production build (dist/chrome) loaded into Debian's Chromium,
// and the Gmail fixture pages served as https://mail.google.com/mail/... from a local HTTPS
// server with a self-signed certificate, so the content script runs exactly as it would on
// Gmail. Everything the browser asks for is recorded, so a test can prove that the page
// talked only to the fixture server and that the extension asked for nothing at all.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page, type Request, type Worker } from 'playwright-core';

/** The repository: up from this file, to the folder whose package.json is Tactful's (also when bundled into dist/). */
function findRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 4; i++, dir = join(dir, '..')) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name": "tactful"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return fileURLToPath(new URL('../..', import.meta.url));
}
export const ROOT = findRoot();
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'gmail');
/** The unpacked extension under test: the production build, or TACTFUL_E2E_EXTENSION (e.g. to check that a broken build fails). */
export const DIST = process.env.TACTFUL_E2E_EXTENSION || join(ROOT, 'dist', 'chrome');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HOST = 'mail.google.com';
export const ORIGIN = `https://${HOST}`;
/**
 * Every webmail host the extension guards, with the fixture folder served as that host and the
 * path its pages live under. A fixture name "outlook/compose-new.html" opens on the Outlook
 * host; a bare name is a Gmail fixture.
 */
export const SITES: Record<string, { host: string; dir: string; path: string; aliases?: string[] }> = {
  gmail: { host: HOST, dir: 'gmail', path: '/mail/u/0/' },
  outlook: { host: 'outlook.office.com', dir: 'outlook', path: '/mail/', aliases: ['outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft'] },
  'google-calendar': { host: 'calendar.google.com', dir: 'google-calendar', path: '/calendar/r/' },
};
/** Every host served, aliases included. */
const HOSTS = Object.values(SITES).flatMap((s) => [s.host, ...(s.aliases ?? [])]);
const siteOfHost = (host: string) => {
  const bare = host.replace(/:\d+$/, '');
  return Object.values(SITES).find((s) => s.host === bare || s.aliases?.includes(bare));
};
/** Where fixture pages live on the fake Gmail host: /mail/u/0/<fixture file>. */
export const FIXTURE_BASE = `${ORIGIN}/mail/u/0/`;

/** Gmail's pages forbid inline script; the fixtures get the same policy. */
export const CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The page URL the request came from, when it came from a page. */
  frameUrl?: string;
  /** The service worker's URL, when a service worker made it. */
  serviceWorkerUrl?: string;
}

export interface ServerHit {
  method: string;
  path: string;
  host: string;
  status: number;
}

export interface Harness {
  context: BrowserContext;
  port: number;
  /** chrome-extension://<id>, from the service worker's URL. */
  extensionOrigin: string;
  extensionId: string;
  /** The extension's service worker, to evaluate `chrome.*` calls in. */
  worker: Worker;
  /** Opens one of the extension's own pages (e.g. "options.html") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The id of the one tab whose content script reports this host (the popup's `?tab=`). */
  tabOnHost(host: string): Promise<number>;
  /** Every request the browser context reported, in order. */
  requests: RecordedRequest[];
  /** Every request the fixture server answered, in order. */
  serverHits: ServerHit[];
  /** Uncaught page errors ("pageerror"), as "url: message". */
  pageErrors: string[];
  /** console.error messages of pages and of the extension's service worker. */
  consoleErrors: string[];
  /**
   * Opens a fixture page in a new tab on its site's host: "docked-chips.html" (Gmail) at
   * https://mail.google.com/mail/u/0/docked-chips.html, "outlook/compose-new.html" at
   * https://outlook.office.com/mail/compose-new.html (see SITES).
   */
  openFixture(name: string, host?: string): Promise<Page>;
  /** Requests (from index `from` of `requests` on) that went anywhere but the fixture server's /mail/ paths, or that the extension made. */
  foreignRequests(from?: number): RecordedRequest[];
  /** Requests (from index `from` on) made by the extension itself (its service worker or its own pages), other than loading its packaged files. */
  extensionRequests(from?: number): RecordedRequest[];
  /** Forgets what was recorded so far (between tests). */
  resetRecords(): void;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A self-signed certificate for the webmail hosts, made now with openssl in a fresh temporary folder. */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', `/CN=${HOST}`,
      '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/**
 * An HTTPS server on 127.0.0.1 (free port) serving, for each host in SITES, its fixture folder's
 * <file> for any path under the site's first path segment (Gmail: /mail/.../<file>), with the
 * kind of script policy webmail pages have. /favicon.ico gets an empty answer; everything else
 * is a 404. `fixtures` replaces Gmail's folder.
 */
export async function startFixtureServer(
  tls: { key: Buffer; cert: Buffer },
  hits: ServerHit[],
  fixtures = FIXTURES,
): Promise<{ server: Server; port: number }> {
  const server = createServer(tls, (req, res) => {
    const site = siteOfHost(req.headers.host ?? '') ?? SITES.gmail!;
    const url = new URL(req.url ?? '/', `https://${site.host}`);
    const root = site.path.slice(0, site.path.indexOf('/', 1) + 1);
    const folder = site === SITES.gmail ? fixtures : join(FIXTURES, '..', site.dir);
    const hit: ServerHit = { method: req.method ?? 'GET', path: url.pathname, host: req.headers.host ?? '', status: 404 };
    hits.push(hit);
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    let file: string | undefined;
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname.startsWith(root)) {
      let name = '';
      try {
        name = basename(decodeURIComponent(url.pathname));
      } catch {
        name = '';
      }
      const candidate = join(folder, name);
      if (name && !name.startsWith('.') && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    if (!file && url.pathname === '/favicon.ico') {
      // Chromium asks for it by itself; an empty answer keeps "Failed to load resource" out of the console.
      hit.status = 204;
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not a fixture');
      return;
    }
    hit.status = 200;
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

function record(request: Request): RecordedRequest {
  const entry: RecordedRequest = { url: request.url(), method: request.method(), resourceType: request.resourceType() };
  const worker = request.serviceWorker();
  if (worker) entry.serviceWorkerUrl = worker.url();
  else {
    try {
      entry.frameUrl = request.frame().url();
    } catch {
      // A request without a frame (none expected here); the URL alone still counts.
    }
  }
  return entry;
}

export interface LaunchOptions {
  /** Folder of the unpacked extension; DIST (dist/chrome) by default. */
  extensionDir?: string;
  fixtures?: string;
  /**
   * An organisation policy for the extension (its managed storage), installed as Chromium's
   * Linux enterprise policy file for a private copy of the extension (so no other run sees it),
   * and removed on close. Needs write access to POLICY_DIR.
   */
  managedPolicy?: Record<string, unknown>;
}

/** The few `chrome.tabs` calls made in the service worker (no @types/chrome here). */
interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<{ host?: string } | undefined>;
  };
}

/** Where Debian's Chromium reads mandatory enterprise policies. */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Whether this user may install a policy file (root, as in CI). */
export function canInstallPolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `.tactful-probe-${process.pid}`);
    writeFileSync(probe, '{}');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits spelled a to p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Starts the fixture server and Chromium with the production extension loaded. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  let dist = options.extensionDir ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no extension build at ${dist}: run node build.mjs`);
  const tmp = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
  let policyFile: string | undefined;
  if (options.managedPolicy) {
    const copy = join(tmp, 'extension');
    cpSync(dist, copy, { recursive: true });
    dist = copy;
    policyFile = join(POLICY_DIR, `tactful-e2e-${basename(tmp)}.json`);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(copy)]: options.managedPolicy } } }));
  }
  const removePolicy = () => policyFile && rmSync(policyFile, { force: true });
  const requests: RecordedRequest[] = [];
  const serverHits: ServerHit[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  try {
    const tls = makeCertificate(tmp);
    const started = await startFixtureServer(tls, serverHits, options.fixtures);
    server = started.server;
    const port = started.port;
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: false,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      ],
      ignoreHTTPSErrors: true,
    });
    const ctx = context;
    ctx.on('request', (request) => requests.push(record(request)));
    const watch = (page: Page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
    };
    ctx.pages().forEach(watch);
    ctx.on('page', watch);

    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${worker.url()}: ${message.text()}`);
    });
    // (Node's URL gives "null" as the origin of a chrome-extension: URL.)
    const extensionId = new URL(worker.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;

    const isFixtureRequest = (r: RecordedRequest) => {
      try {
        const u = new URL(r.url);
        const site = u.protocol === 'https:' ? siteOfHost(u.host) : undefined;
        return site !== undefined && u.pathname.startsWith(site.path.slice(0, site.path.indexOf('/', 1) + 1));
      } catch {
        return false;
      }
    };
    const fromExtension = (r: RecordedRequest) =>
      (r.serviceWorkerUrl ?? '').startsWith('chrome-extension:') || (r.frameUrl ?? '').startsWith('chrome-extension:');
    // The browser reading the extension's own packaged files is not a network request.
    const isOwnPackagedFile = (r: RecordedRequest) => r.url.startsWith(`${extensionOrigin}/`);
    const extensionRequests = (from = 0) => requests.slice(from).filter((r) => fromExtension(r) && !isOwnPackagedFile(r));

    if (policyFile && extensionId !== unpackedExtensionId(dist)) {
      throw new Error(`the extension's id is ${extensionId}, not ${unpackedExtensionId(dist)} as computed for its policy`);
    }

    const harness: Harness = {
      context: ctx,
      port,
      extensionOrigin,
      extensionId,
      worker,
      async openExtensionPage(path) {
        const page = await ctx.newPage();
        page.setDefaultTimeout(10000);
        await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
        return page;
      },
      async tabOnHost(host) {
        const ids = await worker.evaluate(async (wanted) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
          const found: number[] = [];
          for (const tab of await chrome.tabs.query({})) {
            if (tab.id === undefined) continue;
            const state = await chrome.tabs.sendMessage(tab.id, { type: 'toContent/getState' }).catch(() => undefined);
            if (state?.host === wanted) found.push(tab.id);
          }
          return found;
        }, host);
        if (ids.length !== 1) throw new Error(`expected one tab on ${host}, found ${ids.length}`);
        return ids[0]!;
      },
      requests,
      serverHits,
      pageErrors,
      consoleErrors,
      async openFixture(name, host) {
        const page = await ctx.newPage();
        // Fail a missing element in seconds, well inside the test's own timeout.
        page.setDefaultTimeout(10000);
        const [folder, file] = name.includes('/') ? name.split('/') : ['gmail', name];
        const site = SITES[folder!];
        if (!site) throw new Error(`no site for fixture ${name}`);
        await page.goto(`https://${host ?? site.host}${site.path}${file}`, { waitUntil: 'load' });
        return page;
      },
      foreignRequests: (from = 0) =>
        requests.slice(from).filter((r) => (fromExtension(r) ? !isOwnPackagedFile(r) : !isFixtureRequest(r))),
      extensionRequests,
      resetRecords() {
        requests.length = 0;
        serverHits.length = 0;
        pageErrors.length = 0;
        consoleErrors.length = 0;
      },
      async close() {
        await ctx.close().catch(() => undefined);
        const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
        server?.closeAllConnections();
        await closed;
        removePolicy();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
    return harness;
  } catch (error) {
    await context?.close().catch(() => undefined);
    server?.closeAllConnections();
    server?.close();
    removePolicy();
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

// ---- Locators for the test contract (ARCHITECTURE.md, "UI hooks for tests") ----

/**
 * The guard of a composer: its host element, and what lives in its open shadow root.
 * Playwright's CSS locators pierce open shadow roots, so the inner locators are plain CSS.
 * `scope` narrows to one composer (or a page holding exactly one).
 */
export function guard(scope: Page | Locator) {
  const host = scope.locator('tactful-guard');
  const dialog = host.locator('[role=dialog][data-tactful=presend]');
  return {
    /** Every guard in scope. */
    all: host,
    host: host.first(),
    findings: async () => (await host.first().getAttribute('data-findings')) ?? undefined,
    severity: async () => (await host.first().getAttribute('data-severity')) ?? undefined,
    /** The pre-send dialog. */
    dialog,
    sendAnyway: dialog.locator('[data-action=send-anyway]'),
    edit: dialog.locator('[data-action=edit]'),
    /** Suggestion buttons (shown once the panel is open). */
    apply: host.first().locator('[data-action=apply]'),
    /**
     * The badge: the first button of a closed guard. The contract names no selector for it;
     * the badge is the control a closed guard shows, and it opens the findings panel.
     */
    badge: host.first().locator('button').first(),
  };
}

export interface SentEntry {
  subject: string;
  body: string;
}

/** What the fixture page's simulated Send recorded in <ol id="tactful-fixture-sent-log">. */
export async function sentLog(page: Page): Promise<SentEntry[]> {
  return page.locator('#tactful-fixture-sent-log > li').evaluateAll((items) =>
    items.map((li) => ({ subject: li.getAttribute('data-subject') ?? '', body: li.getAttribute('data-body') ?? '' })),
  );
}
