// A plural role before coordinated names is each one's title: `Presidents Ana Ruiz and Tomas
// Berg` gives both `President`, `Foreign Ministers A, B and C` each `Foreign Minister`.
import { ROLE_NOUNS } from "./lexicon.js";

/** A name with the title found for it, in text order. */
export interface Titled {
  start: number;
  end: number;
  title: [number, number] | null;
  /** The title as it applies to this one person, when it is not the text's own words. */
  titleText?: string;
}

// What stands between two coordinated names: a comma, `and`, or both.
const COORDINATION = /^(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$/u;
const OF_PLACE = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}/u;
// Past this many characters, what stands between two names is not a coordination.
const GAP_REACH = 8;

/** The singular of a title that ends in a plural role noun (`Foreign Ministers`), or null. */
export function singularTitle(title: string): string | null {
  if (!title.endsWith("s")) return null;
  const head = title.slice(title.lastIndexOf(" ") + 1, -1);
  // (not the plural a body's name ends with: "Speaker of the House of Representatives")
  if (!ROLE_NOUNS.has(head.toLowerCase()) || /\bof\s+(?:the\s+)?\S+$/u.test(title)) return null;
  return title.slice(0, -1);
}

/** Gives each name coordinated after a plural title that title, in the singular (in place). */
export function shareTitles(text: string, names: Titled[]): void {
  for (let i = 0; i < names.length; i++) {
    const lead = names[i]!;
    if (!lead.title) continue;
    const singular = singularTitle(text.slice(lead.title[0], lead.title[1]));
    if (!singular) continue;
    lead.titleText = singular;
    for (let j = i + 1; j < names.length; j++) {
      const next = names[j]!;
      let gap = text.slice(names[j - 1]!.end, next.start);
      // "Presidents A of Nigeria and B of Poland": each name may carry its country
      const place = OF_PLACE.exec(gap);
      if (place) gap = gap.slice(place[0].length);
      if (next.title || gap.length > GAP_REACH || !COORDINATION.test(gap)) break;
      next.title = lead.title;
      next.titleText = singular;
    }
  }
}
