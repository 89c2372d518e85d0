// The words press releases use for the documents they report: the head nouns of a document's
// name, the closed vocabulary of types they map to, and the words around a head that say whether a
// phrase names a document or only counts or refers back to documents.
import type { DocumentType } from "../../types.js";

// A document's head noun, longest forms first so that "memorandum of understanding" wins over
// "memorandum". Every alternative is a fixed word sequence: no quantifier can overlap another.
export const documentHead =
  /\b(?:memorand(?:um|a|ums)(?: of (?:understanding|cooperation|intent)(?: and cooperation)?)?|mous?|letters? of intent|declarations? of intent|exchanges? of (?:letters|notes)|exchange letters?|protocols? of intent|action plans?|plans? of action|road ?maps?|agreements?|arrangements?|deals?|accords?|treat(?:y|ies)|conventions?|declarations?|statements?|communiqu[eé]s?|programmes?|programs?|plans?|contracts?|charters?|regulations|statutes?|documents?|instruments?|minutes|notes|letters|protocols?)(?![\p{L}\p{N}])/giu;

/** The type (SPEC: documents.type) a head noun gives its document. */
export function documentType(head: string): DocumentType {
  const h = head.toLowerCase();
  if (h.startsWith("memorand") || h.startsWith("mou")) return "memorandum";
  if (h === "letters") return "exchange_of_notes";
  if (h.startsWith("letter") || h.endsWith("of intent") && h.startsWith("declaration")) return "letter_of_intent";
  if (h.startsWith("exchange")) return "exchange_of_notes";
  if (h === "notes") return "exchange_of_notes";
  if (h.startsWith("protocol") || h === "minutes") return "protocol";
  if (h.startsWith("road")) return "roadmap";
  if (h.startsWith("action plan") || h.startsWith("plan")) return "plan";
  if (h.startsWith("agreement") || h.startsWith("deal") || h.startsWith("accord")) return "agreement";
  if (h.startsWith("treat")) return "treaty";
  if (h.startsWith("convention")) return "convention";
  if (h.startsWith("declaration")) return "declaration";
  if (h.startsWith("statement")) return "statement";
  if (h.startsWith("communiqu")) return "communique";
  if (h.startsWith("program")) return "programme";
  if (h.startsWith("contract")) return "contract";
  if (h.startsWith("charter")) return "charter";
  if (h === "regulations" || h.startsWith("statute")) return "regulation";
  return "other";
}

/**
 * Heads that are everyday words too ("said in a statement", "plans to visit", "notes with
 * satisfaction"): in prose they name a document only with a modifier or a complement.
 */
export function isWeakHead(head: string): boolean {
  return /^(?:statements?|plans?|programmes?|programs?|documents?|instruments?|notes|letters|minutes|regulations|statutes?|charters?|contracts?|deals?|accords?|declarations?|conventions?|arrangements?)$/iu.test(head);
}

/** Is the head a plural ("agreements", "memoranda", "letters of intent")? */
export function isPluralHead(head: string): boolean {
  const first = head.toLowerCase().split(" ")[0] ?? "";
  if (first === "memoranda" || first === "treaties") return true;
  if (/^(?:exchanges?|notes|minutes|regulations)$/u.test(first)) return first === "exchanges";
  return first.endsWith("s") && !first.endsWith("ss");
}

/** The head in the singular, for the title of a distributed item ("agreements" → "agreement"). */
export function singularHead(head: string): string {
  const words = head.split(" ");
  const first = words[0] ?? head;
  let single = first;
  // "memoranda", "treaties" stay as written: every word of a title must stand in its source span
  if (/^(?:memoranda|treaties)$/iu.test(first)) single = first;
  else if (/^memorandums$/iu.test(first) || /^mous$/iu.test(first)) single = first.slice(0, -1);
  else if (isPluralHead(first)) single = first.slice(0, -1);
  return [single, ...words.slice(1)].join(" ");
}

// Words left of a head that still belong to the name: anything but these. A determiner opens the
// phrase; the rest end it without being part of it.
export const DETERMINERS = new Set(["a", "an", "the", "another", "one"]);
export const PHRASE_BREAKERS = new Set([
  "signed", "sign", "signs", "signing", "inked", "ink", "exchanged", "exchange", "adopted", "adopt", "concluded",
  "initialled", "initialed", "ratified", "also", "have", "has", "had", "was", "were", "is", "are", "be", "been",
  "of", "on", "in", "with", "between", "by", "for", "to", "and", "or", "as", "including", "include", "includes",
  "these", "those", "such", "among", "following", "that", "which", "who", "its", "their", "his", "her", "our",
  "this", "at", "from", "into", "under", "about", "after", "before", "during", "other", "witnessed", "attended",
  "put", "reached", "he", "she", "they", "we", "it", "i", "you", "while", "all", "both", "each", "said", "says",
  "first", "second", "third", "regarding", "concerning", "various", "several", "some", "many", "number",
  "series", "package", "total", "set", "range", "couple",
]);

// What right before a phrase makes it a count, not a name: "15 new agreements", "a number of
// bilateral documents", "several memoranda". Read on the few words before the phrase.
const COUNT_WORDS = new Set([
  "several", "various", "some", "many", "numerous", "multiple", "other", "further", "more", "additional", "these",
  "those", "all", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "fifteen", "twenty", "dozens", "of",
]);
const COUNT_NOUNS = new Set(["number", "series", "package", "total", "set", "range", "couple", "host", "raft", "slew", "dozens"]);
const COUNT_ADJECTIVES = new Set([
  "new", "more", "other", "important", "key", "bilateral", "major", "further", "different", "additional",
  "intergovernmental", "cooperation", "joint",
]);

/** The last of `words` before any count adjectives ("11 new" → "11"), or "". */
export function wordBeforeAdjectives(words: string[]): string {
  let i = words.length - 1;
  while (i >= 0 && COUNT_ADJECTIVES.has(words[i]!.toLowerCase())) i--;
  return words[i] ?? "";
}

/** Do the words before a phrase count its documents rather than name them? */
export function isCounted(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  let i = lower.length - 1;
  while (i >= 0 && COUNT_ADJECTIVES.has(lower[i]!)) i--;
  const word = lower[i];
  if (word === undefined) return false;
  if (word === "of") return COUNT_NOUNS.has(lower[i - 1] ?? "");
  return COUNT_WORDS.has(word) || /^\d+$/u.test(word);
}
