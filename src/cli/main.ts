import { analyze } from '../engine/analyze';
import { severityRank, type Severity } from '../engine/draft';
import { rules } from '../rules/index';
import { readInput } from './inputs';
import { colours, formatFindingText, inert, plain, rulesAsJson, rulesAsMarkdown, rulesAsText } from './format';
import { loadPolicy, parseOptions, UsageError } from './options';
import { review } from './review';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin(): Promise<Buffer>;
  colour: boolean;
  /** Standard error is a terminal: long commands draw a progress bar there. */
  errIsTerminal?: boolean;
}

declare const TACTFUL_VERSION: string;
const VERSION = typeof TACTFUL_VERSION === 'string' ? TACTFUL_VERSION : 'dev';

const USAGE = `Usage:
  tactful check [--format text|json] [--policy FILE] [--fail-on info|warning|error|never] [FILE ... | -]
  tactful rules [--format text|json|markdown]
  tactful review FILE ... --from TEAM [--out FILE|-] [--format html|json|csv] [--policy FILE]
  tactful --help | --version

check   reads .eml, .mbox, .json (a draft or an array) and .jsonl (one draft per line) files,
        or standard input with '-', and reports what may put the recipient off.
        Exit status: 0 when nothing reaches --fail-on (default: warning), 1 when something does,
        2 on a usage or input error (the other inputs are still checked).
rules   lists every rule with its rationale and examples.
review  the manager's report on a team's sent mail: only mail from TEAM (addresses and/or
        domains, comma-separated) counts. Writes one self-contained HTML page (default
        tactful-review.html), or JSON or CSV, with counts per category, rule, sender and week
        that drill down to each flagged email. "tactful review --help" says more.`;

async function check(args: string[], io: Io): Promise<number> {
  const options = parseOptions(args, ['text', 'json']);
  if (options.files.length === 0) throw new UsageError('name at least one file, or - to read standard input');
  const policy = await loadPolicy(options.policy);
  const paint = io.colour && options.format === 'text' ? colours : plain;
  const threshold = options.failOn === 'never' ? Infinity : severityRank[options.failOn];
  let failed = false;
  let inputErrors = 0;
  let messages = 0;
  let flagged = 0;
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 };

  for (const file of options.files) {
    for await (const input of readInput(file, io.stdin)) {
      if (!input.draft) {
        inputErrors++;
        io.err(`tactful: ${inert(input.source)}: ${inert(input.error ?? 'unreadable')}\n`);
        continue;
      }
      messages++;
      const findings = analyze(input.draft, policy, {
        onRuleError: (rule, error) => io.err(`tactful: ${input.source}: rule ${rule} failed (${String(error)}); other rules still ran\n`),
      });
      if (findings.length > 0) flagged++;
      for (const f of findings) {
        counts[f.severity]++;
        if (severityRank[f.severity] >= threshold) failed = true;
      }
      if (options.format === 'json') {
        io.out(`${JSON.stringify({ id: input.draft.id ?? null, source: input.source, findings })}\n`);
      } else {
        for (const f of findings) io.out(`${formatFindingText(input, input.draft, f, paint)}\n\n`);
      }
    }
  }

  if (options.format === 'text') {
    const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    const summary = `Checked ${messages} message${messages === 1 ? '' : 's'}: ${messages - flagged} clean, ${flagged} with findings${parts.length ? ` (${parts.join(', ')})` : ''}${inputErrors ? `; ${inputErrors} could not be read` : ''}.`;
    io.out(`${summary}\n`);
  }
  return inputErrors > 0 ? 2 : failed ? 1 : 0;
}

function listRules(args: string[], io: Io): number {
  const options = parseOptions(args, ['text', 'json', 'markdown']);
  if (options.files.length > 0) throw new UsageError(`tactful rules takes no files (got ${options.files[0]})`);
  const text =
    options.format === 'json' ? rulesAsJson(rules) : options.format === 'markdown' ? rulesAsMarkdown(rules) : rulesAsText(rules, io.colour ? colours : plain);
  io.out(`${text}\n`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'rules':
        return listRules(rest, io);
      case 'review':
        return await review(rest, io);
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case undefined:
        io.err(`${USAGE}\n`);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tactful: ${error.message}\nRun "tactful --help" for usage.\n`);
      return 2;
    }
    io.err(`tactful: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}
