// A one-line progress bar for long runs, drawn on a terminal only: bytes read of the total,
// messages per second. Redrawn at most ten times a second so drawing never costs more than
// the work, and cleared at the end so the terminal is left as it was.

const REDRAW_MS = 100;
const BAR = 24;

export interface Progress {
  /** Reports bytes read so far (of every file) and messages done; draws when it is time. */
  update(bytes: number, messages: number): void;
  /** Removes the bar. */
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

function size(bytes: number): string {
  return bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(2)} GB` : bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A progress bar writing to `write` (standard error), or nothing when that is not a terminal. */
export function progressBar(write: (text: string) => void, isTerminal: boolean, totalBytes: number, now: () => number = Date.now): Progress {
  if (!isTerminal) return NONE;
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(bytes, messages) {
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const filled = Math.round(share * BAR);
      const rate = messages / Math.max(0.001, (t - started) / 1000);
      // \r and "erase line" redraw in place; the bar stays short enough for an 80-column terminal.
      write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${size(bytes)} of ${size(totalBytes)} · ${Math.round(rate).toLocaleString('en-US')} msg/s`);
      drawn = true;
    },
    done() {
      if (drawn) write('\r\u001b[2K');
      drawn = false;
    },
  };
}
