// pretty: a summary for a person at a terminal. Colour comes from the chalk instance passed in,
// so the caller decides (NO_COLOR, --no-color, not a terminal) and tests can render plain text.
import { stripVTControlCharacters } from "node:util";
import type { ChalkInstance } from "chalk";
import type { OutputRecord, Result } from "../types.js";

export interface PrettyOptions {
  chalk: ChalkInstance;
  /** Columns to wrap at. */
  width: number;
}

/** Columns a string takes on screen: colour codes take none. */
const columns = (s: string) => [...stripVTControlCharacters(s)].length;

/** Wraps `text` to `width` columns, every line starting with `indent`. */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const words = text.replace(/\s+/gu, " ").trim().split(" ");
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of words) {
    const room = width - columns(line) - (empty ? 0 : 1);
    if (!empty && columns(word) > room) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

// Past this many quotes, long ones are cut to about LONG_QUOTE characters.
const MANY_QUOTES = 8;
const LONG_QUOTE = 200;
// Cues that are no verb to put before `that`.
const NOT_VERB_CUES = /^(?:according\s+to|learnt\s+from|learned\s+from)$/iu;

export function renderPretty(record: OutputRecord, options: PrettyOptions): string {
  const { chalk: c, width } = options;
  const out: string[] = [];
  const name = record.source.path ?? (record.id !== undefined ? `(line id ${JSON.stringify(record.id)})` : "(text)");
  if ("error" in record) {
    out.push(`${c.bold(name)}  ${c.red(`error ${record.error.code}`)}: ${record.error.message}`);
    return out.join("\n") + "\n";
  }
  const r: Result = record;
  out.push(c.bold.underline(name));
  out.push(`${c.dim("date    ")} ${r.date ? c.cyan(r.date.value) : c.dim("none")}`);
  out.push(r.heading ? wrap(r.heading.text, width, "         ", `${c.dim("heading ")} `) : `${c.dim("heading ")} ${c.dim("none")}`);

  if (r.quotes.length) {
    out.push("", c.bold(`Quotes (${r.quotes.length})`));
    // each quote under its speaker; consecutive quotes of one speaker share the line
    let previous: string | undefined;
    for (const q of r.quotes) {
      const who = q.speaker ? q.speaker.name : "(no speaker named)";
      if (who !== previous) out.push(`  ${c.yellow(who)}`);
      previous = who;
      // many quotes: each cut to a few lines, so the list stays one to scan (the JSON has them whole)
      const text = r.quotes.length > MANY_QUOTES && q.text.length > LONG_QUOTE ? `${q.text.slice(0, q.text.lastIndexOf(" ", LONG_QUOTE))} …` : q.text;
      // direct speech in its marks with the verb after; reported speech as it reads: "noted that …",
      // with or without `that` in the text; `according to X, …` and news credits as "reported:"
      const verb = q.cue && !NOT_VERB_CUES.test(q.cue) ? `${q.cue} that` : "reported:";
      const said = q.kind === "direct" ? `“${text}”${q.cue ? c.dim(` (${q.cue})`) : ""}` : `${c.dim(verb)} ${text}`;
      out.push(wrap(said, width, "      ", "    – "));
    }
  }
  if (r.documents.length) {
    out.push("", c.bold(`Signed documents (${r.documents.length})`));
    for (const d of r.documents) {
      const number = `${String(d.index).padStart(3)}. `;
      out.push(wrap(`${c.green(`[${d.type}]`)} ${d.title}`, width, "       ", `  ${number}`));
      if (d.parties.length) out.push(wrap(`parties: ${d.parties.join("; ")}`, width, "       "));
    }
  }
  if (r.people.length) {
    out.push("", c.bold(`People (${r.people.length})`));
    for (const p of r.people) out.push(wrap(`${c.yellow(p.name)}${p.title ? c.dim(`, ${p.title}`) : ""}`, width, "    ", "  "));
  }
  if (r.dates.length) {
    out.push("", c.bold(`Dates (${r.dates.length})`));
    for (const d of r.dates) out.push(`  ${c.cyan(d.value.padEnd(23))} ${c.dim(d.text.replace(/\s+/gu, " "))}`);
  }
  if (r.warnings.length) {
    out.push("", c.bold(`Warnings (${r.warnings.length})`));
    for (const w of r.warnings) out.push(wrap(`${c.magenta(w.code)} ${w.message}`, width, "    ", "  "));
  }
  return out.join("\n") + "\n";
}
