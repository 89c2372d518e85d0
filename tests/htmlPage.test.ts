// --format html as a reader meets it: the page the built command writes, opened from disk in a real
// browser (Debian's Chromium, headless, driven by playwright-core; no browser is downloaded). The
// highlighted spans must give back the JSON's items by their code point offsets, the panel must
// take the reader to an item, and markup in a hostile text must stay text and run nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sliceCodePoints } from "../src/text/offsets.js";
import type { Result } from "../src/types.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixture = (name: string) => join(root, "fixtures", name);
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const underCi = process.env.CI !== undefined && !/^(?:0|false)?$/i.test(process.env.CI);
const INSTALL = `no Chromium at ${CHROMIUM}: install Debian's package with apt-get install chromium`;

// The default reporter shows a skipped suite only as a count: say why, and what to install.
if (!hasChromium && !underCi) console.warn(`html page tests skipped: ${INSTALL}`);

function extract(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let context: BrowserContext;
let page: Page;
let problems: string[];

/** Writes the command's page for `path` and opens it from disk, as a reader would. */
async function open(path: string): Promise<Result> {
  const html = extract(["--format", "html", path]);
  expect(html.code, html.stderr).toBe(0);
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html.stdout);
  await page.goto(pathToFileURL(file).href);
  return JSON.parse(extract(["--format", "json", path]).stdout) as Result;
}

/** The text of one item on the page: its pieces, in order. */
const shown = async (id: string) => (await page.locator(`#text [data-s~="${id}"]`).allTextContents()).join("");

const source = (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/u, "");

describe.skipIf(!hasChromium && !underCi)("--format html in Chromium", () => {
  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI is set and there is ${INSTALL}`);
    dir = mkdtempSync(join(tmpdir(), "extract-html-"));
    // the flags keep Chromium off a closed network: without them its connections hang
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 320 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    problems = [];
    // a script error, or the Content-Security-Policy refusing something, is reported here
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(["date-line-lead.txt", "astral-characters.txt", "crlf-dateline.txt", "kazinform.txt", "tass-dateline.txt"])(
    "%s: the page shows the whole text, and every highlighted item gives back the JSON's text",
    async (name) => {
      const result = await open(fixture(name));
      const text = source(fixture(name));
      expect(await page.locator("#text").textContent()).toBe(text);
      const expected: Array<[id: string, kind: string, text: string]> = [];
      if (result.heading) expected.push(["heading", "heading", result.heading.text]);
      if (result.date) expected.push(["pubdate", "pubdate", result.date.text]);
      result.documents.forEach((d, i) => expected.push([`d${i + 1}`, "document", d.text]));
      result.quotes.forEach((q, i) => {
        expected.push([`q${i + 1}`, "quote", q.text]);
        if (q.speaker) expected.push([`q${i + 1}s`, "speaker", q.speaker.text]);
      });
      result.dates.forEach((d, i) => expected.push([`t${i + 1}`, "date", d.text]));
      // a mention has no text of its own in the JSON: its offsets, read as code points, give it
      result.people.forEach((p, i) => p.mentions.forEach((m, j) => expected.push([`p${i + 1}.${j + 1}`, "person", sliceCodePoints(text, m.start, m.end)])));
      expect(expected.length).toBeGreaterThan(1);
      for (const [id, kind, itemText] of expected) {
        expect(await shown(id), id).toBe(itemText);
        // every piece of the item carries its kind's class
        const pieces = await page.locator(`#text [data-s~="${id}"]`).count();
        expect(await page.locator(`#text .${kind}[data-s~="${id}"]`).count(), id).toBe(pieces);
      }
      // and nothing is highlighted that the JSON does not report
      const ids = (await page.evaluate(`[...document.querySelectorAll("#text [data-s]")].flatMap((e) => e.dataset.s.split(" "))`)) as string[];
      const items = new Set(ids.filter((id) => !/^p\d+$/u.test(id)));
      expect([...items].sort()).toEqual(expected.map(([id]) => id).sort());
      expect(problems).toEqual([]);
    },
  );

  test("the astral-characters page places spans by code points, not UTF-16 units", async () => {
    const result = await open(fixture("astral-characters.txt"));
    const text = source(fixture("astral-characters.txt"));
    // the fixture's point: its spans come after characters that take two UTF-16 units
    expect([...text].length).toBeLessThan(text.length);
    expect(result.date!.start).toBeLessThan(text.indexOf(result.date!.text));
    expect(await shown("pubdate")).toBe("May 12");
    expect(await shown("heading")).toContain("🌍");
  });

  test("clicking a document in the panel scrolls to its span and marks it, and only it", async () => {
    const result = await open(fixture("date-line-lead.txt"));
    expect(result.documents.length).toBeGreaterThanOrEqual(3);
    const viewport = page.viewportSize()!;
    const inView = async (id: string) => {
      const box = (await page.locator(`#text [data-s~="${id}"]`).first().boundingBox())!;
      return box.y >= 0 && box.y + box.height <= viewport.height;
    };
    const marked = async (id: string) => {
      const classes = await page.locator(`#text [data-s~="${id}"]`).evaluateAll((pieces) => pieces.map((p) => String((p as { className: unknown }).className)));
      return classes.length > 0 && classes.every((c) => c.split(" ").includes("marked"));
    };
    const last = `d${result.documents.length}`;
    // the last document is far down the text: out of view until asked for
    expect(await inView(last)).toBe(false);
    await page.locator('aside [data-goto="d1"]').click();
    expect(await marked("d1")).toBe(true);
    await page.locator(`aside [data-goto="${last}"]`).click();
    expect(await inView(last)).toBe(true);
    expect(await marked(last)).toBe(true);
    expect(await marked("d1")).toBe(false);
    // a person marks every mention
    const person = result.people.findIndex((p) => p.mentions.length > 1) + 1;
    expect(person).toBeGreaterThan(0);
    await page.locator(`aside [data-goto="p${person}"]`).click();
    expect(await marked(`p${person}`)).toBe(true);
    expect(await page.locator("#text .marked").count()).toBe(await page.locator(`#text [data-s~="p${person}"]`).count());
    expect(problems).toEqual([]);
  });

  test("markup in a hostile text and file name shows as text and runs nothing", async () => {
    const hostile = join(dir, `"><img src=x onerror=window.__pwned=1>.txt`);
    const text = [
      `<script>window.__pwned = 2; document.title = "pwned"</script> Ministers meet </title></style> & "talk" 'freely'`,
      "",
      `date 2025-04-05 The envoys met in the capital. The minister noted that <img src=x onerror="window.__pwned=3"> was no image.`,
      "",
      `«<script>window.__pwned = 4</script> is only text,» the minister said. <svg onload="window.__pwned=5"></svg> <!-- no comment --> ]]> &amp; &lt;b&gt;`,
      "",
      "The two sides signed a memorandum on <b>cooperation</b> in <i>fisheries</i>.",
      "",
    ].join("\n");
    writeFileSync(hostile, text);
    const result = await open(hostile);
    // the text held markup in a quote and a document, and in the heading shown in the title
    expect(result.quotes.some((q) => q.text.includes("<script>"))).toBe(true);
    expect(result.documents.some((d) => d.text.includes("<b>"))).toBe(true);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.title()).toBe(`${hostile} — extract`);
    expect(await page.locator("#text").textContent()).toBe(text);
    expect(await page.locator("h1").textContent()).toBe(hostile);
    // the page's one script, and no element made from the text
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("img, svg, b, i, title ~ title").count()).toBe(0);
    for (const [i, q] of result.quotes.entries()) expect(await shown(`q${i + 1}`)).toBe(q.text);
    // the panel shows them as text too
    expect(await page.locator("aside").textContent()).toContain("<b>cooperation</b>");
    await page.locator('aside [data-goto="q1"]').click();
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test("--out-dir: index.html links each page by a relative path, odd names included", async () => {
    const news = join(dir, "news");
    mkdirSync(join(news, "sub dir"), { recursive: true });
    const names = [`<b>bold<b> & "q".txt`, join("sub dir", "50% #1?.txt")];
    for (const name of names) writeFileSync(join(news, name), "date 2025-05-06 The ministers signed an agreement on river transport.\n");
    const out = join(dir, "pages");
    const r = extract(["--format", "html", "--out-dir", out, news]);
    expect(r.code, r.stderr).toBe(0);
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    expect(await page.locator("a").allTextContents()).toEqual(names.map((name) => join(news, name)).sort());
    expect(await page.locator("b").count()).toBe(0);
    for (const name of names) {
      await page.goto(pathToFileURL(join(out, "index.html")).href);
      await page.locator("a", { hasText: join(news, name) }).click();
      expect(fileURLToPath(page.url())).toBe(join(out, `${name}.html`));
      expect(await page.title()).toBe(`${join(news, name)} — extract`);
      expect(await shown("d1")).toBe("an agreement on river transport");
    }
    expect(problems).toEqual([]);
  });
});
