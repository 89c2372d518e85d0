// A document named without its head noun, which it takes from the document named before it (SPEC:
// documents): "a memorandum on customs and a second on diplomas", "Another on cooperation between
// the broadcasters was also signed", "one more for the supply of grain", "The first, on fisheries, was
// signed by …" after "three memoranda were signed". The head is the last one
// named in the sentence, or else in the sentences before.

import { asciiPattern } from "../../text/asciiPattern.js";

// An opener that stands for "another <head>", right before the complement that names it.
const OPENER = asciiPattern(
  /\b(?:another|a\s+(?:second|third|fourth|fifth|further)|one\s+more|the\s+(?:second|third|fourth|fifth|other|last)|the\s+first(?=,))(?:,\s+|\s+)(?=(?:on|for|regarding|concerning|between|to|with|in\s+the\s+(?:fields?|areas?|spheres?|sectors?))\s)/giu,
);

// Ahead of a phrase's complement: where the next, elliptic, document begins ("…, and one more for …").
export const ellipticAhead =
  /^(?:(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+)?(?:another|a\s+(?:second|third|fourth|fifth|further)|one\s+more)\s+(?:on|for|regarding|concerning|between|to|with)\s/iu;

export interface EllipticOpener {
  start: number;
  /** Where the complement starts. */
  complementStart: number;
}

/** The elliptic openers of text[from, to), in order. */
export function ellipticOpeners(text: string, from: number, to: number): EllipticOpener[] {
  const sentence = text.slice(from, to);
  const found: EllipticOpener[] = [];
  const ellipticOpener = OPENER.for(sentence);
  ellipticOpener.lastIndex = 0;
  for (let m = ellipticOpener.exec(sentence); m; m = ellipticOpener.exec(sentence)) {
    found.push({ start: from + m.index, complementStart: from + m.index + m[0].length });
  }
  return found;
}
