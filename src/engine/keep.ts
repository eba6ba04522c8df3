/**
 * Keeps one small instance of each class the engine makes per draft (Line, Prepared, Thread,
 * Message, the search state and its indexes) alive for as long as the engine is loaded.
 *
 * Why: V8 compiles the engine's hot functions for the hidden class ("map") of those instances,
 * and holds that map only as long as some instance uses it. A full garbage collection that
 * finds none alive (in a webmail tab, between two drafts; in npm run bench, before each pass)
 * drops the map and discards every function compiled for it: about 50 functions, recompiled
 * over the next drafts at some 120 ms of CPU on this project's test machines, while the drafts
 * in between run slower code. A kept instance holds the map, so the compiled code survives.
 * The samples hold no user text.
 */
const kept: object[] = [];

export function keepShape<T extends object>(sample: T): T {
  kept.push(sample);
  return sample;
}
