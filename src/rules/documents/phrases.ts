// Document names in running prose: "signed a joint declaration", "an agreement between X and Y on
// Z was signed", "memorandums on X and on Y" (one plural head over two subjects). A phrase is a
// head noun (vocabulary.ts), the words left of it that belong to the name, and the complement
// right of it, up to where the sentence goes on about something else. Where a phrase ends is
// extent.ts's question, whether it names a document naming.ts's, its title titles.ts's.
import { documentHead, documentType, isPluralHead } from "./vocabulary.js";
import type { DocumentType } from "../../types.js";
import { enumeratedParts, notASubject } from "./enumerated.js";
import { ellipticOpeners } from "./ellipsis.js";
import { partyOfItem } from "./parties.js";
import { extendLeft, extendRight, timeAfterOn, trimEnd, type Head } from "./extent.js";
import { judge } from "./naming.js";
import { composedTitle, singularLead } from "./titles.js";

export interface DocumentPhrase {
  start: number;
  end: number;
  /** The title: the source text, or for a distributed item head + subject. */
  title: string;
  type: DocumentType;
  /** Where the complement starts (after the head, or this item's own subject), for finding parties. */
  complementStart: number;
  /** The end of the sentence, how far the parties may run on. */
  sentenceEnd: number;
  /** The head noun as written, and where it ends. */
  head: string;
  headEnd: number;
  plural: boolean;
  /** "the Joint Communique": a name without complement after "the", which may refer back. */
  bareDefinite: boolean;
  /** "an agreement", "A MoU": the head alone, which may name again a document named before. */
  bare: boolean;
  /** "a statement on …" without "joint": a document only beside a joint statement. */
  plainStatement?: boolean;
  /** The sides its own item names ("one with the Ministry of Health on …"), when it has one. */
  parties?: string[];
  /** Where the plural head starts that this item is distributed from ("memoranda on A, B and C"). */
  group?: number;
}

const signedThenSubject = /^\s+(?:was|were|have been|has been)\s+(?:also\s+)?(?:signed|concluded|inked|exchanged)\s+(?=on\s|regarding\s|concerning\s)/iu;
// "An MoU was exchanged in the field of energy": one document, its domain after the verb.
const signedThenDomain = /^\s+(?:was|has been)\s+(?:also\s+)?(?:signed|concluded|inked|exchanged)\s+(?=in\s+the\s+(?:field|area|sphere|sector)\s+of\s)/iu;

/**
 * The document phrases of the sentence text[from, to). `previousHead` is the last head named
 * before the sentence, which an elliptic phrase ("Another on …") opening it stands for.
 */
export function documentPhrases(text: string, from: number, to: number, previousHead: string | null = null): DocumentPhrase[] {
  const sentence = text.slice(from, to);
  const heads: Head[] = [];
  documentHead.lastIndex = 0;
  for (let m = documentHead.exec(sentence); m; m = documentHead.exec(sentence)) {
    heads.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  // where a head starts, to tell a coordinated document ("and an agreement …") in one look
  const headStarts = new Set(heads.map((h) => h.start));
  const phrases: DocumentPhrase[] = [];
  let covered = from;
  let countedUntil = -1;
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i]!;
    // "(MoU)" after "Memorandum of Understanding" abbreviates the head before it
    if (head.start < covered || text[head.start - 1] === "(") continue;
    const left = extendLeft(text, head.start, Math.max(covered, from));
    // "Agreements were also signed on X and on Y": the subject comes after the verb
    // ("The MoU was signed on Tuesday in Abuja": a time, not a subject)
    let detour = signedThenSubject.exec(text.slice(head.end, head.end + 60)) ?? signedThenDomain.exec(text.slice(head.end, head.end + 60));
    if (detour && timeAfterOn.test(text.slice(head.end + detour[0].length, head.end + detour[0].length + 40))) detour = null;
    const complementFrom = detour ? head.end + detour[0].length : head.end;
    // "two memoranda: the first on X, and the second on Y": a count that names each of its items
    const ordinal = isPluralHead(head.text) ? enumeratedParts(text, head.end, to, (start) => extendRight(text, start, to, headStarts)) : [];
    if (ordinal.length > 1) {
      const lead = singularLead(text, left.nameStart, head);
      const type = documentType(head.text);
      phrases.push(
        ...ordinal.map((part, n) => ({
          start: n === 0 ? left.start : left.nameStart,
          end: part.end,
          title: composedTitle(lead, part.subject),
          type,
          head: head.text,
          headEnd: head.end,
          plural: true,
          complementStart: part.start,
          sentenceEnd: part.end,
          bareDefinite: false,
          bare: false,
          parties: partyOfItem(part.subject),
        })),
      );
      covered = ordinal[ordinal.length - 1]!.end;
      countedUntil = -1;
      continue;
    }
    const end = extendRight(text, complementFrom, to, headStarts);
    // "15 agreements and memoranda": the count goes on over a coordinated head
    const coordinated = countedUntil >= 0 && /^\s*(?:,|and|,\s*and|or)\s*$/u.test(text.slice(countedUntil, left.start));
    const judged = coordinated ? { phrases: [], counted: true } : judge(text, head, left, complementFrom, end);
    countedUntil = judged.counted ? head.end : -1;
    // a dropped phrase does not swallow the heads in its complement
    covered = judged.phrases.length ? end : head.end;
    const distributed = judged.phrases.length > 1;
    phrases.push(...judged.phrases.map((p) => (distributed ? { ...p, group: head.start } : { ...p, sentenceEnd: to })));
  }
  return withElliptic(text, from, to, heads, headStarts, phrases, previousHead);
}


/** The phrases with those that borrow the head named before them ("and a second on …"). */
function withElliptic(text: string, from: number, to: number, heads: Head[], headStarts: Set<number>, phrases: DocumentPhrase[], previousHead: string | null): DocumentPhrase[] {
  const openers = ellipticOpeners(text, from, to);
  if (!openers.length) return phrases;
  const all = [...phrases];
  for (const o of openers) {
    if (phrases.some((p) => p.start <= o.start && o.start < p.end) || headStarts.has(o.complementStart)) continue;
    const head = heads.filter((h) => h.end <= o.start).pop()?.text ?? previousHead;
    if (!head || notASubject.test(text.slice(o.complementStart, o.complementStart + 40))) continue;
    const [start, end] = trimEnd(text, o.start, extendRight(text, o.complementStart, to, headStarts));
    if (end <= o.complementStart) continue;
    const title = text.slice(start, end);
    all.push({ start, end, title, type: documentType(head), head, headEnd: o.complementStart, plural: false, complementStart: o.complementStart, sentenceEnd: to, bareDefinite: false, bare: false });
  }
  return all.sort((a, b) => a.start - b.start);
}
