// A document named twice is one item (SPEC: documents). Press releases name a document again in
// another words: "a memorandum of understanding (MoU) to create the Strategic Partnership Council"
// and, later, "A MoU was signed regarding the formation of the Strategic Partnership Council
// between …". The first naming stands; the parties of a later one fill in what it lacks.
import type { DocumentType } from "../../types.js";

export interface Naming {
  start: number;
  end: number;
  title: string;
  type: DocumentType;
  parties: string[];
  /** Named by its head alone ("A MoU"): the same as an earlier document of its type. */
  bare?: boolean;
  /** An item of an enumerated list: lists name each document once. */
  listed?: boolean;
  /** Distributed from one plural head in prose: where that head starts. */
  group?: number;
}

// Words every title may share without being about the same thing.
const GENERIC = new Set([
  "cooperation", "field", "fields", "area", "areas", "between", "countries", "country", "sides", "both",
  "development", "understanding", "memorandum", "memoranda", "memorandums", "agreement", "agreements", "protocol",
  "treaty", "declaration", "statement", "document", "documents", "plan", "programme", "program", "joint", "bilateral",
  "with", "from", "that", "this", "their", "further", "mutual", "other", "also", "signed",
]);
// How many earlier namings of the same type a later one is compared with.
const LOOK_BACK = 20;

function contentWords(title: string): Set<string> {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length >= 4 && !GENERIC.has(w)));
}

/** Do two namings in prose speak of the same document? Most of the shorter one's words recur. */
function sameDocument(a: Set<string>, b: Set<string>): boolean {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return shared >= 3 && shared / short.size > 0.6;
}

function normalized(title: string): string {
  return title.toLowerCase().replace(/\b(?:the|a|an)\b/gu, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The documents, each once, in text order. */
export function onceEach<T extends Naming>(found: T[]): T[] {
  const seen = new Map<string, T>();
  const typesSeen = new Set<DocumentType>();
  const inProse = new Map<DocumentType, { doc: T; words: Set<string> }[]>();
  const sorted = [...found].sort((a, b) => a.start - b.start || a.end - b.end);
  // "Memorandum of Understanding signed" in a summary above the text that names it in full: a
  // naming by its head alone, with no sides, is the one document of its type named elsewhere
  const headOnly = (f: T) => !f.listed && !f.parties.length && contentWords(f.title).size === 0;
  const namedInFull = new Map<DocumentType, number>();
  for (const f of sorted) if (!headOnly(f)) namedInFull.set(f.type, (namedInFull.get(f.type) ?? 0) + 1);
  const out: T[] = [];
  for (const f of sorted) {
    const key = normalized(f.title);
    if (!key) continue;
    if (namedInFull.get(f.type) === 1 && headOnly(f)) continue;
    // named again word for word: one document, with the sides either naming gives
    const again = seen.get(key);
    if (again) {
      if (!again.parties.length) again.parties = f.parties;
      continue;
    }
    if (f.bare && !f.parties.length && typesSeen.has(f.type)) continue;
    seen.set(key, f);
    typesSeen.add(f.type);
    if (!f.listed) {
      const words = contentWords(f.title);
      const earlier = inProse.get(f.type) ?? [];
      const first = earlier.find((e) => sameDocument(e.words, words));
      if (first) {
        if (!first.doc.parties.length) first.doc.parties = f.parties;
        continue;
      }
      earlier.push({ doc: f, words });
      if (earlier.length > LOOK_BACK) earlier.shift();
      inProse.set(f.type, earlier);
    }
    out.push(f);
  }
  return out;
}
