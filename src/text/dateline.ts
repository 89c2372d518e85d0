// Datelines and outlet prefixes at the start of a paragraph: `MOSCOW, November 28. /TASS/.`,
// `BEIJING, May 13 (Xinhua) --`, `Tashkent, Uzbekistan, May 12`, `ASTANA. KAZINFORM -`,
// `Baku / 22.02.20 / Turan:`, `Tianjin [China], August 31 (ANI):`, `Hyderabad:`, `RIYADH —`,
// `PanARMENIAN.Net - `, `(MENAFN) `, `New Delhi, July 30 Three …` (no separator at all).
import { findCalendarDates, type CalendarDate } from "./calendar.js";

export interface Dateline {
  /** Offsets inside the searched string: the prefix, and where the text after it starts. */
  end: number;
  bodyStart: number;
  /** The first day named in the prefix, with its offsets inside the searched string. */
  date: CalendarDate | null;
}

// One token of a dateline. Words start with a capital or a digit: a lower-case word means prose.
const TOKEN =
  /[^\S\n]*(?:(?<sep>-{2,}|-(?=\s)|:-|:,?|[|–—])|(?<paren>\([^()\n]{1,40}\)|\[[^[\]\n]{1,30}\])|(?<agency>\/[^/\n]{1,30}\/\.?)|(?<word>[\p{Lu}\d](?:[\p{L}\p{M}\d'’&/]|[.-](?=[\p{L}\d]))*)|(?<comma>,)|(?<dot>\.))/uy;
const MAX_PREFIX = 120;
// A date of the Hijri calendar, as Gulf agencies give it before the Gregorian one.
const HIJRI_DATE =
  /\b(?:Muharram|Safar|Rabi['’]?\s?(?:al|ul|I)[- ]?(?:Awwal|Thani|Akhir)?|Jumad[ao]\s?(?:al|ul)[- ](?:Awwal|Ula|Thani|Akhirah?)|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu\s?al[- ](?:Qa['’]?dah|Hijjah))\s\d{1,2},?\s\d{4}\s?(?:A\.?H|H)\.?,?/u;
const MAX_WORDS = 10;

// Words of a clause in a headline written in capitals, which no place's name holds.
export const CAPS_HEADLINE_WORD = /\b(?:TO|FOR|WITH|ON|AT|IS|ARE|WILL|CALLS|SAYS|URGES|MEETS)\b/u;
const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * Reads a dateline or outlet prefix at the start of `s`. `strict` (for headline lines, where
 * `Serdar Berdimuhamedov: Turkmenistan will …` is a speaker and not a place) accepts only a
 * prefix with a date or one in capitals.
 */
export function readDateline(s: string, strict = false): Dateline | null {
  // "Riyadh, Rabi' al-Awwal 14, 1447 H., Sep 6, 2025, SPA --": the Hijri date before the Gregorian
  // one is read as blank, keeping every offset
  const head = s.slice(0, MAX_PREFIX + 40).replace(HIJRI_DATE, (m) => " ".repeat(m.length));
  const dates = findCalendarDates(head).filter((d) => d.day !== null);
  TOKEN.lastIndex = 0;
  let words = 0;
  let wordsText = "";
  let sawParen = false;
  for (;;) {
    const at = TOKEN.lastIndex;
    if (at > MAX_PREFIX) return null;
    const m = TOKEN.exec(head);
    if (!m) return noSeparator(head, at, dates, words);
    const g = m.groups!;
    const tokenStart = at + m[0].length - m[0].trimStart().length;
    if (g.word !== undefined) {
      if (++words > MAX_WORDS) return null;
      wordsText += ` ${g.word}`;
      continue;
    }
    if (g.comma !== undefined) continue;
    const prefixDate = dates.find((d) => d.end <= tokenStart) ?? null;
    if (g.dot !== undefined) {
      // "BAKU, Azerbaijan, April 4. The EU …": a dated place ends at its full stop
      if (prefixDate && words > 0 && /^\s+\p{Lu}/u.test(head.slice(TOKEN.lastIndex))) {
        return finish(head, tokenStart, TOKEN.lastIndex + (/^\s*/u.exec(head.slice(TOKEN.lastIndex))?.[0].length ?? 0), prefixDate);
      }
      continue;
    }
    if (g.agency !== undefined) {
      // "/TASS/." may be followed by a dash: "/RIA Novosti/ --"; "Baku / 22.02.20 / Turan:"
      // names the agency after the date
      const agencyDate = dates.find((d) => d.end <= TOKEN.lastIndex) ?? null;
      const named = /^[^\S\n]*\p{Lu}[\p{L}-]*(?=:)/u.exec(head.slice(TOKEN.lastIndex));
      const end = named ? TOKEN.lastIndex + named[0].length : TOKEN.lastIndex;
      return finish(head, tokenStart, afterSeparator(head, end), agencyDate);
    }
    if (g.paren !== undefined) {
      const next = afterSeparator(head, TOKEN.lastIndex);
      const inner = g.paren.slice(1, -1);
      // "(Xinhua) --", "(STL.News) Secretary …", "(MENAFN) On …"; not "Li Qiang (R) meets"
      const placed = head.slice(0, tokenStart).includes(",");
      if (inner.length >= 3 && (separatorAt(head, TOKEN.lastIndex) || words === 0 || prefixDate || placed)) {
        if (strict && !prefixDate) return null;
        return finish(head, tokenStart, next, prefixDate);
      }
      sawParen = true;
      continue;
    }
    // a separator
    const sep = g.sep!;
    if (words === 0 && !sawParen && at > 0) return null;
    if (sep === "|") return null;
    if (strict && !prefixDate && !isAllCaps(wordsText)) return null;
    if (sep.startsWith(":")) {
      // a place ("Hyderabad:", "New Delhi:", "Doha, Qatar:", "WASHINGTON:"), not a speaker label
      // of three or more words ("President Gurbanguly Berdimuhamedov: …")
      // (not a headline in capitals: "PRESIDENT X TO ECOWAS LEADERS: …" has a preposition of its own)
      const placeLike = (isAllCaps(wordsText) && !CAPS_HEADLINE_WORD.test(wordsText)) || prefixDate !== null || words <= 2 || head.slice(0, tokenStart).includes(",");
      if (!placeLike) return null;
    } else if (words > 6 && !prefixDate) {
      return null;
    }
    return finish(head, tokenStart, afterSeparator(head, tokenStart), prefixDate);
  }
}

/** Past a separator (and a comma after it) and the white space that follows. */
function afterSeparator(s: string, i: number): number {
  const m = /^[^\S\n]*(?:-{1,3}|:-|[–—:])?,?\s*/u.exec(s.slice(i));
  return i + (m ? m[0].length : 0);
}

/** Does a separator (dash, colon) follow at `i`? */
function separatorAt(s: string, i: number): boolean {
  return /^[^\S\n]*(?:-{1,3}|[–—:])/u.test(s.slice(i));
}

function finish(s: string, end: number, bodyStart: number, date: CalendarDate | null): Dateline | null {
  if (bodyStart >= s.length) return { end, bodyStart: s.length, date };
  return { end, bodyStart, date };
}

/** "New Delhi, July 30 Three Memorandum …": a place and a day, then the text, with nothing between. */
function noSeparator(s: string, failedAt: number, dates: CalendarDate[], words: number): Dateline | null {
  if (words === 0) return null;
  const date = dates.find((d) => d.end <= failedAt && d.start > 0);
  if (!date) return null;
  const before = s.slice(0, date.start);
  if (!/^\p{Lu}[\p{L}\p{M}.'’ -]*(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]*)*,\s*$/u.test(before)) return null;
  // "Tashkent, Uzbekistan, Nov. 3" alone on its line, or with the agency's name: "Baku, 21 May, APA"
  if (/^(?:,\s*\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)?\.?\s*$/u.test(s.slice(date.end))) return { end: date.end, bodyStart: s.length, date };
  const rest = /^\.?\s+(?=[\p{Lu}"“«])/u.exec(s.slice(date.end));
  if (!rest) return null;
  return { end: date.end, bodyStart: date.end + rest[0].length, date };
}
