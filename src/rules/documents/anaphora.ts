// The sides a later sentence gives a document named before without them: "… witnessed the signing
// of a memorandum on polar research. The memorandum, concluded between the A Institute and the B
// Institute, provides for …", "The letter, signed on behalf of A and B, …". The sentence opens with
// the document's head under "the", and a participle or a passive of signing names the sides.
import type { Naming } from "./namedTwice.js";
import { documentType } from "./vocabulary.js";
import { isBody, partiesBetween } from "./parties.js";

// "The memorandum", "The new agreement", "This MoU": the sentence's subject, a document's head.
const DEFINITE_HEAD =
  /^(?:The|This)\s+(?:(?:new|signed|bilateral|joint)\s+)?(memorand(?:um|a)(?:\s+of\s+understanding)?|mou|agreement|protocol|contract|letter(?:\s+of\s+intent)?|declaration|convention|treaty|roadmap|road\s+map|programme|program|plan|charter)\b/iu;
// ", concluded between", " was signed by", ", signed on behalf of": where the sides come.
const SIDES_AFTER = /^(?:,\s*|\s+(?:was|were|has\s+been|had\s+been)\s+)(?:also\s+)?(?:signed|concluded|inked)\s+(between|by|on\s+behalf\s+of)\s/iu;
// How far after the naming the sentence may be.
const REACH = 1500;

/** Fill in the sides of a document without any from a sentence that opens with its head later on. */
export function sidesNamedAfter(text: string, sentences: readonly { start: number; end: number }[], found: Naming[]): void {
  if (found.every((d) => d.parties.length)) return;
  for (const sentence of sentences) {
    const head = DEFINITE_HEAD.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
    if (!head) continue;
    const type = documentType(head[1]!);
    // (one document of the type named before it: with two, the sentence could mean either)
    const before = found.filter((d) => d.type === type && d.end <= sentence.start && sentence.start - d.end <= REACH);
    const sameType = found.filter((d) => d.type === type);
    if (before.length !== 1 || sameType.length !== 1 || before[0]!.parties.length) continue;
    const rest = text.slice(sentence.start + head[0].length, sentence.end);
    const how = SIDES_AFTER.exec(rest);
    if (!how) continue;
    // (an aside between commas ends at its closing comma: ", concluded between A and B, provides …")
    let after = rest.slice(how[0].length);
    const closing = how[0].startsWith(",") ? /,\s+\p{Ll}/u.exec(after) : null;
    if (closing) after = after.slice(0, closing.index);
    const word = how[1]!.toLowerCase();
    // ("signed by the two ministers": the people who sign are no sides)
    const named = partiesBetween(`between ${after}`);
    const sides = word === "by" ? named.filter(isBody) : named;
    if (sides.length >= 2) before[0]!.parties = sides;
  }
}
