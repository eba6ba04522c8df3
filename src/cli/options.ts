// Command-line options and the policy file, shared by the commands of src/cli/main.ts.
import { readFile } from 'node:fs/promises';
import type { Severity } from '../engine/draft';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../settings/schema';

/** A mistake in how the command was called: reported in a line with a hint, exit status 2. */
export class UsageError extends Error {}

export interface Options {
  format: string;
  policy?: string;
  failOn: Severity | 'never';
  /** Values of the command's own flags (`review`: --from, --out), by flag. */
  values: Record<string, string>;
  files: string[];
}

/** Parses flags and files; `own` names the flags that take a value only this command knows. */
export function parseOptions(args: string[], formats: string[], own: readonly string[] = [], defaultFormat = 'text'): Options {
  const options: Options = { format: defaultFormat, failOn: 'warning', values: {}, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      options.format = value();
      if (!formats.includes(options.format)) throw new UsageError(`--format must be one of ${formats.join(', ')} (got "${options.format}")`);
    } else if (flag === '--policy') {
      options.policy = value();
    } else if (flag === '--fail-on') {
      const v = value();
      if (!['info', 'warning', 'error', 'never'].includes(v)) throw new UsageError(`--fail-on must be info, warning, error or never (got "${v}")`);
      options.failOn = v as Options['failOn'];
    } else if (own.includes(flag)) {
      options.values[flag] = value();
    } else if (flag === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

export async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (!path) return DEFAULT_POLICY;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read policy (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: policy is not valid JSON (${(error as Error).message})`);
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new UsageError(`${path}: invalid policy: ${parsed.error}`);
  return parsed.value;
}
