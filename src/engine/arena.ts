/**
 * Storage for the per-text indexes (the n-gram bitmap and word lists of anchors.ts, the word
 * table of starts.ts), carved from one block that is used again for each draft. Making a
 * typed array's storage (an ArrayBuffer, kept outside V8's heap) costs about a microsecond,
 * more than filling it: with four or five per draft, that was some 5% of checking one.
 *
 * What is carved stays valid until `nextDraft()`, which analyze calls before each draft; a
 * text's search state made before that is made again (match.ts compares `generation()`).
 * Nothing is zeroed: a caller that needs zeros fills them.
 */
const BLOCK_BYTES = 1 << 18;
/** Larger requests (a body of several hundred KB) get storage of their own, so the block stays small. */
const LARGEST_CARVED = BLOCK_BYTES >> 2;

let block = new ArrayBuffer(BLOCK_BYTES);
let used = 0;
let current = 0;

/** Changes with every draft: a search state made in another generation is stale. */
export function generation(): number {
  return current;
}

/** Everything carved so far may be overwritten from now on. */
export function nextDraft(): void {
  used = 0;
  current++;
}

/** `length` 32-bit integers, not zeroed. */
export function carve(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes > LARGEST_CARVED) return new Int32Array(length);
  if (used + bytes > BLOCK_BYTES) {
    // Full (a draft with many texts): a fresh block; what was carved from the old one stays valid.
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const view = new Int32Array(block, used, length);
  used += bytes;
  return view;
}
