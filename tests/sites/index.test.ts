import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites/index';

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'manifest.json'), 'utf8')) as {
  content_scripts: { matches: string[] }[];
  permissions?: string[];
  host_permissions?: string[];
};
const matches = manifest.content_scripts.flatMap((c) => c.matches);

describe('sites and the manifest', () => {
  it('runs the content script on exactly the hosts an adapter guards, over https only', () => {
    for (const pattern of matches) {
      expect(pattern, pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      const host = pattern.slice('https://'.length, -2);
      expect(adapterFor(new URL(`https://${host}/`))?.name, host).toBeDefined();
    }
    expect(matches).toContain('https://mail.google.com/*');
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(matches).toContain(`https://${host}/*`);
      expect(adapterFor(new URL(`https://${host}/mail/`))?.name).toBe('outlook');
    }
  });

  it('asks for no host permissions beyond its content scripts', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    // unlimitedStorage: the contact memory at capacity (50,000 contacts) is near storage.local's 10 MB default quota.
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage']);
  });

  it('leaves other sites alone', () => {
    expect(adapterFor(new URL('https://example.com/'))).toBeUndefined();
    expect(adapterFor(new URL('https://mail.google.com.evil.test/'))).toBeUndefined();
  });
});
