// A plural head that names each of its items after it (SPEC: documents, an inline plural head
// distributes): "two memoranda: the first on X, and the second on Y", "two agreements, one on X and
// the other on Y", "two memoranda were signed – one with the Ministry of A on X, the other with the
// Ministry of B on Y", "three agreements – on trade, on tourism and on education". Each item is
// announced by an ordinal or "one … the other / another", or, after a dash or colon, by the same
// preposition repeated.
import type { Part } from "./distribution.js";

const PREPOSITION = String.raw`(?:on|for|in|regarding|concerning|to|between|with)\s`;
// Between the head and the items: a passive signing verb, then a colon, comma or dash.
const ITEMS_LEAD = /^\s*(?:(?:were|have been|had been)\s+(?:also\s+)?(?:signed|inked|exchanged|concluded)\s*)?([,:–—]|\s-\s)\s*/iu;
// An ordinal or "one … the other" that opens an item.
const ORDINAL = new RegExp(
  String.raw`^(?:and\s+)?(?:one|the\s+(?:first|other|second|third|fourth|fifth|last|latter)|another|a\s+(?:first|second|third|fourth|fifth))\s+(?=${PREPOSITION})`,
  "iu",
);
const BARE = new RegExp(String.raw`^(?:and\s+)?(${PREPOSITION})`, "iu");
// Where one item gives way to the next: a comma or semicolon, or "and", before the next opener.
const BETWEEN_ITEMS = /^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)/iu;
const MAX_ITEMS = 12;
// An item that says when or where, not what: "– on Monday and on Tuesday", "one in Lima".
export const notASubject =
  /^(?:in|at)\s+(?!the\b)\p{Lu}|^(?:on|in|for)\s+(?:the\s+)?(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|sidelines|occasion|behalf)\b)/iu;

/**
 * The items named after a plural head ending at `from`, each ending no later than `runEnd(start)`
 * (where a phrase starting there would end). Empty unless at least two items each name a subject.
 */
export function enumeratedParts(text: string, from: number, to: number, runEnd: (start: number) => number): Part[] {
  const lead = ITEMS_LEAD.exec(text.slice(from, Math.min(to, from + 60)));
  if (!lead) return [];
  let at = from + lead[0].length;
  const window = (i: number) => text.slice(i, Math.min(to, i + 60));
  const ordinal = ORDINAL.exec(window(at));
  const bare = ordinal ? null : BARE.exec(window(at));
  // bare items only after a dash or colon, and all with the first item's preposition
  if (!ordinal && !(bare && /[:–—-]/u.test(lead[1]!))) return [];
  const preposition = bare ? bare[1]!.trim().toLowerCase() : null;
  const opener = (i: number): RegExpExecArray | null => {
    if (!preposition) return ORDINAL.exec(window(i));
    const m = BARE.exec(window(i));
    return m && m[1]!.trim().toLowerCase() === preposition ? m : null;
  };
  const parts: Part[] = [];
  let marker = ordinal ?? bare;
  while (marker && parts.length < MAX_ITEMS) {
    // a bare item keeps its preposition in its subject
    const start = at + (preposition ? marker[0].length - marker[1]!.length : marker[0].length);
    const limit = runEnd(start);
    let end = limit;
    let next: RegExpExecArray | null = null;
    let nextAt = -1;
    // the next item opens where a joint is followed by an opener
    for (let i = start + 1; i <= limit && i < to; i++) {
      const c = text[i];
      if (c !== "," && c !== ";" && c !== " ") continue;
      const joint = BETWEEN_ITEMS.exec(text.slice(i, i + 12));
      if (!joint) continue;
      const m = opener(i + joint[0].length);
      if (m) {
        end = i;
        next = m;
        nextAt = i + joint[0].length;
        break;
      }
    }
    while (end > start && /[\s,;.]/u.test(text[end - 1]!)) end--;
    if (end <= start) break;
    parts.push({ subject: text.slice(start, end).trim(), start, end });
    if (!next) {
      // the last item: it may run on to its phrase end, but a joint there must open an item
      break;
    }
    at = nextAt;
    marker = next;
  }
  return parts.length > 1 && parts.every((p) => p.subject.split(/\s+/u).length > 1 && !notASubject.test(p.subject)) ? parts : [];
}
