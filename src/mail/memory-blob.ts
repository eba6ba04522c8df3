/**
 * An in-memory Blob for reading mail in bulk (the review worker and the CLI). The mail parser
 * (postal-mime) joins every decoded MIME part by making a Blob and reading it back; in Chromium
 * each real Blob is registered with the browser process and read through it, and node's Blob
 * copies through its own store, which for thousands of messages costs more than the parsing
 * itself (the CLI's review of the SpamAssassin corpus: about a third of its CPU time). This
 * stand-in keeps the bytes in memory. It covers what the parser uses (constructor, size, type,
 * arrayBuffer, text, slice), and is installed only where nothing else needs a real Blob: the
 * review worker (Files given to the page stay real) and the `tactful` command.
 */
const encoder = new TextEncoder();

type Part = ArrayBuffer | ArrayBufferView | string | MemoryBlob | Blob;

export class MemoryBlob {
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    this.type = options.type ?? '';
    const arrays: Uint8Array[] = parts.map((p) => {
      if (typeof p === 'string') return encoder.encode(p);
      if (p instanceof MemoryBlob) return p.bytes;
      if (p instanceof ArrayBuffer) return new Uint8Array(p);
      if (ArrayBuffer.isView(p)) return new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
      throw new TypeError('MemoryBlob: unsupported part');
    });
    if (arrays.length === 1) {
      this.bytes = arrays[0]!;
    } else {
      const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
      let at = 0;
      for (const a of arrays) {
        out.set(a, at);
        at += a.length;
      }
      this.bytes = out;
    }
  }

  get size(): number {
    return this.bytes.length;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    // A copy, as a real Blob gives: the caller owns it.
    return Promise.resolve(this.bytes.slice().buffer as ArrayBuffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }

  slice(start?: number, end?: number, type?: string): MemoryBlob {
    return new MemoryBlob([this.bytes.slice(start, end)], { type: type ?? '' });
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

/** Puts MemoryBlob in place of the global Blob (in the review worker and the CLI only). */
export function useMemoryBlob(scope: { Blob: unknown } = globalThis as unknown as { Blob: unknown }): void {
  scope.Blob = MemoryBlob;
}
