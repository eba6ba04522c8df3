// Privacy, checked: Tactful makes no network request, runs no string as code and injects no raw
// HTML. The sources under src/ are scanned line by line; the built extension's bundles are
// checked for what the dependencies bring in; the manifests ask for nothing more than storage.
//
// A line in src/ may use a listed API only with an audited reason on the same line, in this form:
//     something.innerHTML = trusted; // audited: <why this is safe, in three words or more>
// (in an HTML file: <!-- audited: <reason> -->). PRIVACY.md says what this protects.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, copySources, removeCopy, root } from './helpers';

/** What may not appear in src/ without an audited reason, by kind. */
const FORBIDDEN: { kind: string; pattern: RegExp }[] = [
  // Network: any way to send or fetch anything.
  { kind: 'network', pattern: /\bfetch\s*\(/ },
  { kind: 'network', pattern: /\bXMLHttpRequest\b/ },
  { kind: 'network', pattern: /\bWebSocket\b/ },
  { kind: 'network', pattern: /\bsendBeacon\b/ },
  { kind: 'network', pattern: /\bEventSource\b/ },
  { kind: 'network', pattern: /\bWebTransport\b/ },
  { kind: 'network', pattern: /\bRTCPeerConnection\b/ },
  { kind: 'network', pattern: /\bimportScripts\s*\(/ },
  { kind: 'network', pattern: /\bimport\s*\(\s*['"`](?:https?:)?\/\// },
  // Strings run as code.
  { kind: 'code', pattern: /(?<![\w$.])eval\s*\(/ },
  { kind: 'code', pattern: /\bnew\s+Function\s*\(/ },
  { kind: 'code', pattern: /(?<![\w$.])Function\s*\(\s*['"`]/ },
  // Raw HTML injection.
  { kind: 'html', pattern: /\binnerHTML\b/ },
  { kind: 'html', pattern: /\bouterHTML\b/ },
  { kind: 'html', pattern: /\binsertAdjacentHTML\b/ },
  { kind: 'html', pattern: /\bdangerouslySetInnerHTML\b/ },
  { kind: 'html', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { kind: 'html', pattern: /\bcreateContextualFragment\b/ },
  { kind: 'html', pattern: /\bsrcdoc\b/ },
];

/** The audited form: `// audited: reason`, `/* audited: reason *\/` or `<!-- audited: reason -->`, a reason of three words or more. */
const AUDITED = /(?:\/\/|\/\*|<!--)\s*audited:\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

function isAudited(line: string): boolean {
  const reason = line.match(AUDITED)?.[1] ?? '';
  return reason.split(/\s+/).filter((w) => /\w/.test(w)).length >= 3;
}

/** The kinds of forbidden use on one line, or [] when there is none or the line is audited. */
function offences(line: string): string[] {
  const kinds = FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `${f.kind}: ${f.pattern.source}`);
  return kinds.length && !isAudited(line) ? kinds : [];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every offending `file:line: kind` under `dir`, and how many files and lines were read. */
function scan(dir: string): { offending: string[]; files: string[]; lines: number } {
  const files = filesUnder(dir).filter((f) => /\.(ts|tsx|js|mjs|cjs|jsx|html)$/.test(f));
  const offending: string[] = [];
  let lines = 0;
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        lines++;
        for (const kind of offences(line)) offending.push(`${relative(root, file)}:${i + 1}: ${kind}: ${line.trim()}`);
      });
  }
  return { offending, files, lines };
}

describe('src/', () => {
  it('uses no network API, no eval and no raw HTML, except on audited lines', () => {
    const { offending, files, lines } = scan(join(root, 'src'));
    // It really read the sources: the entry points are among them, and there are many.
    const names = files.map((f) => relative(root, f));
    expect(names).toEqual(expect.arrayContaining(['src/background/index.ts', 'src/content/index.ts', 'src/cli/index.ts', 'src/pages/review/worker.ts', 'src/pages/popup/popup.html']));
    expect(files.length).toBeGreaterThan(80);
    expect(lines).toBeGreaterThan(10_000);
    if (offending.length) console.log(`Not allowed in src/ without "// audited: <reason>":\n${offending.join('\n')}`);
    expect(offending).toEqual([]);
  });

  it('self-check: the same matcher catches planted samples and lets audited and look-alike lines be', () => {
    const caught = [
      "const r = await fetch('https://api.example.com/x');",
      'const r = await fetch (url)',
      'const x = new XMLHttpRequest();',
      "const ws = new WebSocket('wss://x.example');",
      'navigator.sendBeacon(url, data);',
      "new EventSource('/stream')",
      "importScripts('https://cdn.example/lib.js');",
      "await import('https://cdn.example/mod.js')",
      'eval(code)',
      "const f = new Function('a', 'return a');",
      "Function('return this')()",
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      "el.insertAdjacentHTML('beforeend', html)",
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      'document.write(html)',
      'range.createContextualFragment(html)',
      'iframe.srcdoc = html',
      'el.innerHTML = text; // audited:',
      'el.innerHTML = text; // audited: ok',
      'el.innerHTML = text; // reviewed: static markup only',
    ];
    for (const line of caught) expect(offences(line), line).not.toEqual([]);
    const allowed = [
      'el.innerHTML = STATIC; // audited: a constant string with no user text',
      'el.innerHTML = STATIC; /* audited: a constant string with no user text */',
      '<iframe srcdoc="x"></iframe> <!-- audited: fixture markup, never shipped -->',
      'const prefetched = prefetch(items);',
      'el.textContent = text;',
      'const evaluation = evaluate(draft);',
      'type Handler = Function;',
      'const innerHTMLish = 1; // a name that only starts like it',
    ];
    // (\binnerHTML\b does not match the longer name "innerHTMLish".)
    for (const line of allowed) expect(offences(line), line).toEqual([]);

    // And the scan reports a planted file by file:line.
    const dir = mkdtempSync(join(tmpdir(), 'tactful-privacy-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'planted.ts'), "const a = 1;\nconst b = await fetch('https://x.example');\n");
      const { offending } = scan(dir);
      expect(offending).toHaveLength(1);
      expect(offending[0]).toMatch(/sub\/planted\.ts:2: network: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The only http(s) strings allowed in the built extension, each an identifier that is never
 * loaded. Anything else fails the test, and must be justified here before it ships.
 */
const ALLOWED_URLS: Record<string, string> = {
  // Preact: XML namespace names passed to document.createElementNS for <svg> and <math>.
  'http://www.w3.org/2000/svg': 'Preact: SVG namespace name',
  'http://www.w3.org/1998/Math/MathML': 'Preact: MathML namespace name',
  'http://www.w3.org/1999/xhtml': 'Preact: XHTML namespace name',
  // zod: the "$schema" value it writes into a JSON Schema it generates; an identifier.
  'http://json-schema.org/draft-04/schema#': 'zod: JSON Schema dialect identifier',
  'http://json-schema.org/draft-07/schema#': 'zod: JSON Schema dialect identifier',
  'https://json-schema.org/draft/2020-12/schema': 'zod: JSON Schema dialect identifier',
  // zod: its IPv6 check hands `http://[${address}]` to new URL() to see whether it parses.
  'http://[${e}]': 'zod: IPv6 validation through the URL parser',
};
const URL_PATTERN = /https?:\/\/[^\s"'`<>)\\]*/g;

/** Preact's own use of innerHTML, in its diff for dangerouslySetInnerHTML (minified names vary). */
const PREACT_INNER_HTML = /([\w$]+)\.__html==([\w$]+)\.innerHTML\)\|\|\(\2\.innerHTML=\1\.__html\)/g;
/** The bundles that render with Preact; the other two have no DOM. */
const PREACT_BUNDLES = ['content.js', 'popup.js', 'options.js', 'review.js'];
const ALL_BUNDLES = [...PREACT_BUNDLES, 'background.js', 'review-worker.js'];

// A private build (`node build.mjs` in a copy), so the checks never race a rebuild of dist/.
let copy: string | undefined;
beforeAll(() => {
  copy = copySources();
  execFileSync(process.execPath, ['build.mjs'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);
afterAll(() => removeCopy(copy));

describe('the built extension', () => {
  const read = (browser: string, file: string) => readFileSync(join(copy!, 'dist', browser, file), 'utf8');

  it.each(browsers)('%s: has exactly the expected bundles', (browser) => {
    const js = readdirSync(join(copy!, 'dist', browser)).filter((f) => f.endsWith('.js'));
    expect(js.sort()).toEqual([...ALL_BUNDLES].sort());
  });

  it.each(browsers)('%s: innerHTML only in Preact’s dangerouslySetInnerHTML branch', (browser) => {
    for (const file of ALL_BUNDLES) {
      const text = read(browser, file);
      const all = text.match(/innerHTML/g)?.length ?? 0;
      const preact = [...text.matchAll(PREACT_INNER_HTML)].length;
      if (PREACT_BUNDLES.includes(file)) {
        expect({ file, preact }).toEqual({ file, preact: 1 });
        expect({ file, all }, 'every innerHTML is inside that one Preact statement').toEqual({ file, all: 2 });
      } else {
        expect({ file, all }).toEqual({ file, all: 0 });
      }
      // dangerouslySetInnerHTML appears only as the prop name Preact's diff compares against
      // (src/ uses none, checked above).
      const props = text.match(/dangerouslySetInnerHTML/g)?.length ?? 0;
      const compared = text.match(/=="dangerouslySetInnerHTML"/g)?.length ?? 0;
      expect({ file, props }).toEqual({ file, props: compared });
    }
  });

  it.each(browsers)('%s: no network API, eval or other raw-HTML API in any bundle', (browser) => {
    const banned = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|WebTransport|RTCPeerConnection|importScripts|(?<![\w$.])eval\s*\(|new Function\s*\(|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc/g;
    for (const file of ALL_BUNDLES) expect({ file, found: read(browser, file).match(banned) ?? [] }).toEqual({ file, found: [] });
    // Workers are started only from the packaged file.
    for (const file of ALL_BUNDLES) for (const m of read(browser, file).matchAll(/new (?:Shared)?Worker\(([^)]*)\)/g)) expect(m[1]).toBe('"review-worker.js"');
  });

  it.each(browsers)('%s: every http(s) string in the package is a known identifier, never loaded', (browser) => {
    const dir = join(copy!, 'dist', browser);
    const found = new Map<string, Set<string>>();
    // (manifest.json's URLs are its content-script match patterns, checked under 'manifests'.)
    for (const file of filesUnder(dir).filter((f) => /\.(js|html|css|json)$/.test(f) && relative(dir, f) !== 'manifest.json')) {
      for (const url of readFileSync(file, 'utf8').match(URL_PATTERN) ?? []) {
        if (!found.has(url)) found.set(url, new Set());
        found.get(url)!.add(relative(dir, file));
      }
    }
    console.log(`${browser}: http(s) strings in the package:\n${[...found].map(([u, f]) => `  ${u}  (${[...f].join(', ')}): ${ALLOWED_URLS[u] ?? 'NOT ALLOWED'}`).join('\n')}`);
    expect([...found.keys()].filter((u) => !(u in ALLOWED_URLS))).toEqual([]);
    // The scan sees them at all (Preact's SVG namespace is in every Preact bundle), and pages, styles
    // and messages have none: no remote script, stylesheet, font or image.
    expect([...(found.get('http://www.w3.org/2000/svg') ?? [])].sort()).toEqual([...PREACT_BUNDLES].sort());
    for (const [url, files] of found) for (const f of files) expect(`${f}: ${url}`).toMatch(/\.js: /);
    // Self-check of the pattern on a planted sample.
    expect('x="https://evil.example/a.js"'.match(URL_PATTERN)).toEqual(['https://evil.example/a.js']);
  });
});

describe('manifests', () => {
  const WEBMAIL = [
    'https://mail.google.com/*',
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
    'https://calendar.google.com/*',
  ];
  const NOT_WANTED = [
    'host_permissions',
    'optional_permissions',
    'optional_host_permissions',
    'externally_connectable',
    'web_accessible_resources',
    'update_url',
    'sandbox',
    'oauth2',
    'declarative_net_request',
    'chrome_url_overrides',
    'devtools_page',
  ];
  const manifests = () => ({
    source: JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')),
    chrome: JSON.parse(readFileSync(join(copy!, 'dist', 'chrome', 'manifest.json'), 'utf8')),
    firefox: JSON.parse(readFileSync(join(copy!, 'dist', 'firefox', 'manifest.json'), 'utf8')),
  });

  it('ask only for storage and unlimitedStorage, and no hosts', () => {
    for (const [which, m] of Object.entries(manifests())) {
      expect({ which, permissions: m.permissions }).toEqual({ which, permissions: ['storage', 'unlimitedStorage'] });
      for (const key of NOT_WANTED) expect(m[key], `${which}: ${key}`).toBeUndefined();
    }
  });

  it('have a strict content security policy for extension pages', () => {
    for (const [which, m] of Object.entries(manifests())) {
      expect(Object.keys(m.content_security_policy), which).toEqual(['extension_pages']);
      const csp: string = m.content_security_policy.extension_pages;
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
      expect(scriptSrc?.length, `${which}: script-src`).toBeGreaterThan(0);
      for (const v of scriptSrc!) expect(["'self'", "'none'"], `${which}: script-src ${v}`).toContain(v);
      expect(directives.get('object-src'), `${which}: object-src`).toEqual(["'none'"]);
      expect(directives.get('base-uri'), `${which}: base-uri`).toEqual(["'none'"]);
      expect(csp, which).not.toMatch(/unsafe|https?:|\*|data:|blob:/);
    }
  });

  it('run content scripts only on the webmail hosts', () => {
    for (const [which, m] of Object.entries(manifests())) {
      const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect({ which, matches: [...matches].sort() }).toEqual({ which, matches: [...WEBMAIL].sort() });
      for (const c of m.content_scripts) expect(c.world, which).toBeUndefined();
    }
  });

  it('declare to Firefox that no data is collected', () => {
    const { firefox, source } = manifests();
    for (const m of [firefox, source]) {
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });
});
