/**
 * Storage for the per-text indexes (the n-gram bitmap and word lists of anchors.ts, the word
 * table of starts.ts), carved from blocks. Making a typed array's storage (an ArrayBuffer,
 * kept outside V8's heap) costs about a microsecond, more than filling it: with four or five
 * per draft, that was some 5% of checking one.
 *
 * Two arenas:
 * - `draftArena`, for the texts of the draft being checked (body, subject): used again from
 *   its start for each draft. What is carved stays valid until `nextDraft()`, which analyze
 *   calls before each draft; a text's search state made before that is made again (match.ts
 *   compares `generation()`).
 * - `lastingArena`, for long texts kept from draft to draft by content (a long thread's words,
 *   which stay the same while a reply is written): never reused; a block is freed by the
 *   garbage collector once nothing carved from it is left. Short strings use the draft arena
 *   and are indexed again for each draft (match.ts): cheaper than a fresh block every few.
 * Nothing is zeroed: a caller that needs zeros fills them.
 */
export class Arena {
  private block: ArrayBuffer;
  private used = 0;

  constructor(private readonly blockBytes: number) {
    this.block = new ArrayBuffer(blockBytes);
  }

  /** `length` 32-bit integers. A request over a quarter of a block gets storage of its own. */
  carve(length: number): Int32Array {
    const bytes = length * 4;
    if (bytes > this.blockBytes >> 2) return new Int32Array(length);
    if (this.used + bytes > this.blockBytes) {
      // Full: a fresh block; what was carved from the old one stays valid.
      this.block = new ArrayBuffer(this.blockBytes);
      this.used = 0;
    }
    const view = new Int32Array(this.block, this.used, length);
    this.used += bytes;
    return view;
  }

  /** Everything carved so far may be overwritten from now on. */
  reset(): void {
    this.used = 0;
  }
}

/** A copy of a scratch array at twice its length, for work arrays that outgrow their size. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export const draftArena = new Arena(1 << 18);
export const lastingArena = new Arena(1 << 15);

let current = 0;

/** Changes with every draft: a search state in the draft arena made in another generation is stale. */
export function generation(): number {
  return current;
}

export function nextDraft(): void {
  draftArena.reset();
  current++;
}
