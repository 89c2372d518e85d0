// Measures date engines on the corpus with the real scorer (issue 5: "measure before you choose").
// Prints the CLI's ndjson, but with `dates` from the chosen engine:
//
//   node ../shared/tools/score.mjs --cmd "node bench/compare-dates.mjs chrono"
//   node ../shared/tools/score.mjs --cmd "node bench/compare-dates.mjs compromise"
//   node ../shared/tools/score.mjs --cmd "node bench/compare-dates.mjs rules"
//
// The scorer calls `CMD --format ndjson FILE…`. Time spent in the engine alone goes to stderr.
// Needs `npm run build` first (it runs the built library for everything but `dates`).
import { readFileSync } from "node:fs";
import { argv, stderr, stdout } from "node:process";
import { performance } from "node:perf_hooks";
import { extract } from "../dist/index.js";

const [engine, ...rest] = argv.slice(2);
const files = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--format");

const pad = (n) => String(n).padStart(2, "0");
const isoDay = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const codePoints = (s, i) => [...s.slice(0, i)].length;

/** The reference every relative date is resolved against: the publication day, when it has a year. */
function reference(result) {
  const v = result.date?.value;
  return v && /^\d{4}-\d\d-\d\d$/.test(v) ? v : null;
}

/** chrono-node 2.x, English, looking backward (press releases speak of the past or near future). */
async function chronoEngine() {
  const chrono = await import("chrono-node");
  return (text, ref) => {
    const refDate = new Date(`${ref ?? "2025-01-01"}T12:00:00Z`);
    return chrono.en.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false }).flatMap((r) => {
      const value = (c) => {
        // SPEC: a relative expression is listed only when the publication date has a year
        if (ref === null && !c.isCertain("month") && !c.isCertain("year")) return null;
        const yearKnown = c.isCertain("year") || ref !== null;
        const d = c.date();
        if (c.isCertain("day") || c.isCertain("weekday") || !c.isCertain("month")) {
          if (!c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday") && c.isCertain("year")) return String(c.get("year"));
          return yearKnown ? isoDay(d) : `--${pad(c.get("month"))}-${pad(c.get("day"))}`;
        }
        return yearKnown ? isoMonth(d) : null;
      };
      const a = value(r.start);
      if (!a) return [];
      const b = r.end ? value(r.end) : null;
      return [{ value: b && b !== a ? `${a}/${b}` : a, text: r.text, start: r.index, end: r.index + r.text.length }];
    });
  };
}

/** compromise-dates 3.x on top of the project's compromise. */
async function compromiseEngine() {
  const { default: nlp } = await import("compromise");
  const { default: datesPlugin } = await import("compromise-dates");
  nlp.plugin(datesPlugin);
  return (text, ref) => {
    const today = ref ?? "2025-01-01";
    return nlp(text)
      .dates({ today, timezone: "UTC" })
      .json({ offset: true })
      .flatMap((j) => {
        const { start, end, unit } = j.dates ?? {};
        if (!start) return [];
        // SPEC: a relative expression is listed only when the publication date has a year
        if (!ref && !/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(j.text)) return [];
        const s = new Date(start), e = end ? new Date(end) : s;
        let value;
        if (unit === "year") value = String(s.getUTCFullYear());
        else if (unit === "month") value = isoMonth(s);
        else value = isoDay(s) === isoDay(e) ? isoDay(s) : `${isoDay(s)}/${isoDay(e)}`;
        return [{ value, text: j.text, start: j.offset.start, end: j.offset.start + j.offset.length }];
      });
  };
}

/** The project's own rules (src/rules/dates.ts), built: timed alone, on the same parsed text. */
async function rulesEngine() {
  const { ParsedText } = await import("../dist/text/parsed.js");
  const { readFrontMatter } = await import("../dist/text/frontMatter.js");
  const { publicationDate } = await import("../dist/rules/date.js");
  const { findDates } = await import("../dist/rules/dates.js");
  return (text) => {
    const parsed = new ParsedText(text);
    const front = readFrontMatter(parsed);
    const published = publicationDate(parsed, front);
    return findDates({ parsed, front, published, warnings: [] });
  };
}

const engines = { chrono: chronoEngine, compromise: compromiseEngine, rules: rulesEngine };
const run = await engines[engine]?.();
if (!run) {
  stderr.write(`usage: compare-dates.mjs chrono|compromise|rules --format ndjson FILE…\n`);
  throw new Error(`unknown engine ${engine}`);
}

let spent = 0;
for (const path of files) {
  let text = readFileSync(path, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = extract(text, { path });
  {
    const t0 = performance.now();
    const found = run(text, reference(result));
    spent += performance.now() - t0;
    result.dates = found.map((d) => ({ ...d, start: codePoints(text, d.start), end: codePoints(text, d.end) }));
  }
  stdout.write(`${JSON.stringify(result)}\n`);
}
stderr.write(`${engine}: ${(spent / Math.max(files.length, 1)).toFixed(2)} ms per text\n`);
