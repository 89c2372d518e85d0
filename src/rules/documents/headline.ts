// A document named by the headline (SPEC: documents): "Joint Declaration of Ghana and Portugal"
// above the text of that declaration, "Text of the Joint Communiqué on the Visit of …". A headline
// that opens with a document's name, and is not a plan to sign it, names a document of the event
// when the text is that document (a declaration, statement or communiqué, or "Text of …") or the
// text reports a signing. The body naming it again ("the Joint Declaration") is the same item.
import { verbForm } from "../../text/verbForms.js";
import type { Naming } from "./namedTwice.js";
import type { ParsedText } from "../../text/parsed.js";
import { documentHead, documentType, isPluralHead } from "./vocabulary.js";
import { signingStillToCome } from "./signing.js";

const TEXT_OF = /^(?:(?:full\s+)?text\s+of\s+(?:the\s+)?|full\s+text\s*:\s*)/iu;
// The words before the head: names and "Joint", capitalised as a title is ("Tashkent Declaration").
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'-]*|joint|of|and|the)$/u;
const signingVerb = /\b(?:sign|signs|signed|signing|ink|inks|inked|seal|seals|sealed|conclude|concludes|concluded|adopt|adopts|adopted)\b/iu;
const TEXT_KINDS = new Set(["declaration", "statement", "communique"]);

/** `bodySigns`: does the body report a signing? Asked only of a headline that names a document. */
export function headlineDocument(parsed: ParsedText, headline: { start: number; end: number }, body: Naming[], bodySigns: () => boolean, publishedYear: number | null): Naming | null {
  const text = parsed.text;
  const line = text.slice(headline.start, headline.end);
  const textOf = TEXT_OF.exec(line);
  const from = textOf ? textOf[0].length : 0;
  documentHead.lastIndex = 0;
  const head = documentHead.exec(line.slice(from, from + 80));
  // a plural ("List of Agreements signed …") names several documents, which the body lists
  if (!head || !/^\p{Lu}/u.test(line.slice(from)) || isPluralHead(head[0])) return null;
  const before = line.slice(from, from + head.index).trim().split(/\s+/u).filter(Boolean);
  if (before.length > 4 || !before.every((w) => NAME_WORD.test(w))) return null;
  // "Statement by the Spokesperson" is what someone said; "Joint Statement" is signed
  const type = documentType(head[0]);
  if (type === "other" || (type === "statement" && !before.some((w) => /^joint$/iu.test(w)))) return null;
  // a headline with a signing verb reports the signing ("MoU on Trade Signed"): the body names it
  if (signingVerb.test(line) || signingStillToCome(line, publishedYear)) return null;
  if (!textOf && !TEXT_KINDS.has(type) && !bodySigns()) return null;
  // the body names a document of its kind: the headline names that one again
  if (body.some((d) => d.type === type)) return null;
  // a headline that is a sentence ("Joint statement of the leaders meets expectations") reports
  // on the document rather than naming it: a finite verb, as compromise's lexicon knows it
  const words = text.slice(headline.start + from, headline.end).toLowerCase().split(/[^\p{L}'’-]+/u);
  if (words.some((w) => FINITE.has(verbForm(w) ?? ""))) return null;
  const start = headline.start + from;
  return { start, end: headline.end, title: text.slice(start, headline.end), type, parties: [] };
}

const FINITE = new Set(["past", "present", "modal", "copula"]);
const titleWords = (title: string) => title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && w !== "the");

/** The documents without the body's namings of the headline's document ("the Joint Declaration"). */
export function withoutRepeats<T extends Naming>(found: T[], headlineDoc: Naming): T[] {
  const own = new Set(titleWords(headlineDoc.title));
  return found.filter((f) => f.type !== headlineDoc.type || !titleWords(f.title).every((w) => own.has(w)));
}
