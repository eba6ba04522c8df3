import { parseDraft, type Draft } from '../engine/draft';

export interface ReadItem {
  /** Where the message is, for people: `file`, `file:LINE` (JSON Lines, mbox) or `file[N]` (JSON array). */
  source: string;
  /** 1-based line in the file where the message starts. */
  line: number;
  draft?: Draft;
  error?: string;
}

function jsonError(error: unknown): string {
  return `malformed JSON (${error instanceof Error ? error.message : String(error)})`;
}

/** A .json file: one Draft or an array of Drafts. */
export function readJson(text: string, file: string): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [{ source: file, line: 1, error: jsonError(error) }];
  }
  if (Array.isArray(value)) {
    return value.map((entry, i) => {
      const parsed = parseDraft(entry);
      const source = `${file}[${i}]`;
      return parsed.ok ? { source, line: 1, draft: parsed.value } : { source, line: 1, error: `not a draft: ${parsed.error}` };
    });
  }
  const parsed = parseDraft(value);
  return [parsed.ok ? { source: file, line: 1, draft: parsed.value } : { source: file, line: 1, error: `not a draft: ${parsed.error}` }];
}

/** One JSON Lines record; blank lines are skipped by the caller. */
export function readJsonLine(line: string, file: string, lineNo: number): ReadItem {
  const source = `${file}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { source, line: lineNo, error: jsonError(error) };
  }
  const parsed = parseDraft(value);
  return parsed.ok ? { source, line: lineNo, draft: parsed.value } : { source, line: lineNo, error: `not a draft: ${parsed.error}` };
}
