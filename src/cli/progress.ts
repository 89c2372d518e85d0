// The progress line of a long batch: one line on standard error, redrawn in place when it is a
// terminal (`\r`, the text, erase to the end of the line), at most ten times a second, and erased
// before anything else reaches the screen and when the run ends. A few lines of our own: the
// libraries (cli-progress, progress, log-update) know no batch of unknown length, print no line
// above the bar with one bar, or bring a terminal-width package into the start-up of every run.

/** Fewer inputs than this finish before a line would be read: a line only flickers. */
export const PROGRESS_FROM = 10;
/** Ten redraws a second at most: what changes faster cannot be read, and each redraw costs. */
const REDRAW_EVERY_MS = 100;
/** How often the line is refreshed while no input finishes (a slow input, a slow writer). */
const REFRESH_EVERY_MS = 1000;

const ERASE_LINE = "\r\u001b[K";

export interface ProgressState {
  done: number;
  /** The number of inputs, or null when it is not known (--input ndjson). */
  total: number | null;
  failed: number;
  elapsedMs: number;
}

/** `1:05`, `12:00`, `1:02:03`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** The text of the line: done / total, docs/s, elapsed, ETA (when the total is known), failures. */
export function progressText({ done, total, failed, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [total === null ? `${done} lines` : `${done}/${total} files`, `${rate.toFixed(0)} docs/s`, `${clock(seconds)} elapsed`];
  if (total !== null) parts.push(`ETA ${rate > 0 ? clock((total - done) / rate) : "?"}`);
  parts.push(`${failed} failed`);
  return `extract: ${parts.join(", ")}`;
}

/**
 * Whether a run shows the line: standard error is a terminal that takes `\r` and erase-line,
 * neither --no-progress nor --quiet was given, no CI variable is set (unless to 0 or false), and
 * the batch is more than a few files or of unknown length.
 */
export function showsProgress(flags: { progress: boolean; quiet: boolean }, env: NodeJS.ProcessEnv, stderrIsTerminal: boolean, total: number | null): boolean {
  if (!flags.progress || flags.quiet || !stderrIsTerminal || env.TERM === "dumb") return false;
  if (env.CI && !/^(?:0|false)$/i.test(env.CI)) return false;
  return total === null || total >= PROGRESS_FROM;
}

export interface Terminal {
  write(text: string): unknown;
  columns?: number;
}

export interface Progress {
  /** After each input: the counts so far. Draws the line when it is due, or puts it back. */
  update(done: number, failed: number): void;
  /**
   * Before output of this input: erases the line if messages are coming to standard error, or
   * output to standard output when that is the same terminal; `update` puts it back.
   */
  hide(coming: { stderr: boolean; stdout: boolean }): void;
  /** Erases the line for good. */
  end(): void;
}

const noProgress: Progress = { update() {}, hide() {}, end() {} };

export function createProgress(options: { enabled: boolean; total: number | null; stderr: Terminal; stdoutIsTerminal: boolean; now?: () => number }): Progress {
  if (!options.enabled) return noProgress;
  const { total, stderr, stdoutIsTerminal } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  let failed = 0;
  let shown = ""; // the text on the screen, or "" when none is
  let hidden = ""; // the text erased by hide(), to put back
  let drawnAt = -Infinity;
  let ended = false;

  const draw = (text: string) => {
    // one column short of the width: a line that fills it would wrap, and `\r` would go back to
    // the start of its second half only
    const width = Math.max((stderr.columns || 80) - 1, 20);
    shown = text.length > width ? text.slice(0, width) : text;
    stderr.write(`\r${shown}\u001b[K`);
  };
  const due = (at: number) => !ended && done >= PROGRESS_FROM && at - drawnAt >= REDRAW_EVERY_MS;
  const redraw = () => {
    const at = now();
    if (!due(at)) return false;
    drawnAt = at;
    draw(progressText({ done, total, failed, elapsedMs: at - started }));
    return true;
  };
  // timers do not keep the process alive: the run ends when its work does
  const refresh = setInterval(() => {
    if (shown) redraw();
  }, REFRESH_EVERY_MS);
  refresh.unref();

  return {
    update(nowDone, nowFailed) {
      done = nowDone;
      failed = nowFailed;
      if (!redraw() && hidden) draw(hidden);
      hidden = "";
    },
    hide(coming) {
      if (!shown || !(coming.stderr || (coming.stdout && stdoutIsTerminal))) return;
      stderr.write(ERASE_LINE);
      hidden = shown;
      shown = "";
    },
    end() {
      ended = true;
      clearInterval(refresh);
      if (shown) stderr.write(ERASE_LINE);
      shown = hidden = "";
    },
  };
}
