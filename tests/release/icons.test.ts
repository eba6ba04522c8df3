// Icons at every size the stores ask for: Chrome Web Store 128 (and 16/32/48 in the browser),
// Firefox AMO 48 and 96. Each one the manifest lists is a real PNG of exactly its size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, which must be its first chunk, with a valid CRC. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: bad signature');
  const length = bytes.readUInt32BE(8);
  if (length !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: IHDR is not the first chunk');
  if (crc32(bytes.subarray(12, 16 + length)) >>> 0 !== bytes.readUInt32BE(16 + length)) throw new Error('not a PNG: IHDR CRC mismatch');
  if (!bytes.includes(Buffer.from('IEND'))) throw new Error('not a PNG: no IEND');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The manifest's paths are relative to the package, where build.mjs puts assets/icons at icons/. */
const source = (path: string) => join(root, 'assets', path);

describe('icons', () => {
  it('the manifest lists 16, 32, 48, 96 and 128', () => {
    expect(Object.keys(manifest.icons).map(Number).sort((a, b) => a - b)).toEqual(expect.arrayContaining([16, 32, 48, 96, 128]));
    expect(Object.keys(manifest.action.default_icon).map(Number)).toEqual(expect.arrayContaining([16, 32]));
  });

  const listed: [string, string, number][] = [
    ...Object.entries(manifest.icons as Record<string, string>).map(([size, path]) => ['icons', path, Number(size)] as [string, string, number]),
    ...Object.entries(manifest.action.default_icon as Record<string, string>).map(([size, path]) => ['action', path, Number(size)] as [string, string, number]),
  ];
  it.each(listed)('%s %s is a %i×%i PNG', (_, path, size) => {
    expect(path).toMatch(/^icons\/[\w-]+\.png$/);
    expect(pngSize(readFileSync(source(path)))).toEqual({ width: size, height: size });
  });

  it('self-check: the reader refuses what is not a PNG of that size', () => {
    const good = readFileSync(source(manifest.icons['16']));
    const badCrc = Buffer.from(good);
    badCrc.writeUInt8(badCrc.readUInt8(20) ^ 1, 20);
    expect(() => pngSize(badCrc)).toThrow(/CRC/);
    expect(() => pngSize(Buffer.from('GIF89a....................'))).toThrow(/signature/);
  });
});
