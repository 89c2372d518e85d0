// The top of a scraped press release, before the body: the `date …` line, page chrome
// (navigation, section labels, clocks, counters, captions, bylines), standalone date lines,
// the headline, and the dateline or outlet prefix of the first body paragraph. Both the
// publication date and the heading are read from here.
import { findCalendarDates, type CalendarDate } from "./calendar.js";
import { CAPS_HEADLINE_WORD, readDateline } from "./dateline.js";
import { splitSentences } from "./sentences.js";
import { trimSpan } from "./lines.js";
import { wordCount } from "./letters.js";
import type { ParsedText } from "./parsed.js";
import { packedMap } from "./packed.js";
import { pluralOrPresent, verbForm } from "./verbForms.js";
import { ROLE_NOUNS } from "../rules/people/lexicon.js";

export interface FoundDate {
  /** Offsets of the date expression in the text. */
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

export interface FrontMatter {
  /** The scraped `date YYYY-MM-DD` line, when the text starts with one. */
  dateLine: FoundDate | null;
  /** The first date standing alone on a line at the top, or in a dateline. */
  topDate: FoundDate | null;
  /** The headline line, cleaned of bullets, labels and trailing place and date. */
  headline: { start: number; end: number } | null;
  /** The first sentence of the body, without dateline, byline or outlet prefix. */
  lead: { start: number; end: number } | null;
}

/** A trimmed piece of the top: a line, a hard-wrapped paragraph, or the rest of the date line. */
interface Segment {
  start: number;
  end: number;
}

const DATE_LINE = /\s*date (?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?/y;
// How far down the top may go before the body must have started.
const MAX_SEGMENTS = 40;
const HEADLINE_MAX = 220;

export function readFrontMatter(parsed: ParsedText): FrontMatter {
  const { text } = parsed;
  const result: FrontMatter = { dateLine: null, topDate: null, headline: null, lead: null };
  const segments: Segment[] = [];
  for (const p of parsed.paragraphs) {
    if (segments.length >= MAX_SEGMENTS) break;
    segments.push(...withoutByline(text, p));
  }

  const first = segments[0];
  if (first) {
    DATE_LINE.lastIndex = first.start;
    const m = DATE_LINE.exec(text);
    if (m) {
      const g = m.groups!;
      const at = m.index + m[0].indexOf("date");
      result.dateLine = { start: at, end: at + `date ${g.year}-${g.month}-${g.day}`.length, year: Number(g.year), month: Number(g.month), day: Number(g.day) };
      const [s, e] = trimSpan(text, m.index + m[0].length, first.end);
      if (e > s) segments[0] = { start: s, end: e };
      else segments.shift();
    }
  }

  // a date a site prints on every page ("Last updated: Tue 18 Feb 2025"): the top date only when
  // the article gives none of its own
  let pageDate: FoundDate | null = null;
  const noteDate = (d: CalendarDate, offset: number, line = "") => {
    if (result.topDate || d.day === null) return;
    const found = { start: offset + d.start, end: offset + d.end, year: d.year, month: d.month, day: d.day };
    // ("Published: 08/09/2024 | Updated: 09/09/2024": the label before the date is the one that counts)
    if (PAGE_DATE_LABEL.test(line.slice(0, d.start))) pageDate ??= found;
    else result.topDate = found;
  };

  // the headline so far is a line that gives way to a headline under it (a site's name, a letterhead)
  let givesWay = false;
  // a page kind ("Press release") stood between the headline so far and this line
  let typeSeen = false;
  // is the text in Latin letters? asked only of a top line that has none
  let latinText: boolean | undefined;
  for (let n = 0; n < segments.length; n++) {
    const seg = segments[n]!;
    let start = seg.start;
    let line = text.slice(start, seg.end);
    const standalone = standaloneDate(line);
    if (standalone) {
      noteDate(standalone, start, line);
      continue;
    }
    if (isChrome(line)) {
      // "State Information Service" over "Home > Egypt and the World" and "العربية | English": a
      // short line with no verb over the site's navigation is the site's name, not a headline
      if (result.headline && !typeSeen && navigation(line)) {
        const named = text.slice(result.headline.start, result.headline.end);
        if (words(named) <= 6 && !headlineVerb(named)) result.headline = null;
      }
      // "Source: Xinhua | 2024-07-09 21:48:16 | Editor: …": the item's date in its metadata line
      if (META_LINE.test(line)) {
        const date = findCalendarDates(line).find((d) => d.day !== null && d.year !== null);
        if (date) noteDate(date, start, line);
      }
      continue;
    }
    // a site's name in the script of its country over an English page ("وكالة الأنباء العمانية")
    if (!LATIN.test(line) && (latinText ??= mostlyLatin(text))) continue;
    // … or in its language: "Ministère des Affaires Etrangères et des Marocains Résidant à l'Etranger"
    if (inAnotherLanguage(line)) continue;

    // a dateline that opens the line ("UZBEKISTAN, August 8 - President chairs …")
    const looksProse = isProse(line);
    const dateline = readDateline(line, !looksProse);
    if (dateline) {
      if (dateline.date) noteDate(dateline.date, start);
      if (dateline.bodyStart >= line.length) continue; // "Tashkent, Uzbekistan, Nov. 3" alone
      start += dateline.bodyStart;
      line = text.slice(start, seg.end);
    }

    // (a line of two words is read again as a headline only where what stands around it says so)
    const headline = cleanHeadline(line) ?? (shortTitleOverDate(text, segments, n) ? cleanHeadline(line, true) : null);
    // "The minister held talks with his counterpart" then, after a break, "in Banjul on Friday, …":
    // a sentence cut by a line break, not a headline over the body
    const goesOn =
      segments[n + 1] &&
      /^\p{Ll}/u.test(text.slice(segments[n + 1]!.start, segments[n + 1]!.start + 1)) &&
      !/^\s*by\s/iu.test(text.slice(segments[n + 1]!.start, segments[n + 1]!.start + 4)) &&
      !DOMAIN_NAME.test(text.slice(segments[n + 1]!.start, segments[n + 1]!.end));
    if (headline && !looksProse && goesOn && words(line) >= 5) {
      const next = segments[n + 1]!;
      const rest = splitSentences(text, next.start, next.end)[0];
      result.lead = { start, end: rest ? rest.end : next.end };
      break;
    }
    if (headline && !looksProse) {
      if (headline.date) noteDate(headline.date, start);
      // the name of the site's owner over its headline ("Prime Minister's Office", "Kingdom of
      // Bahrain – Ministry of Foreign Affairs") gives way to the headline under it
      // (a letterhead may give several: "Ministry of Foreign Affairs", then "Government of Pakistan")
      const candidate = text.slice(start + headline.start, start + headline.end);
      // "Presidencia del Perú" then "President X and President Y sign …" over the page's date: the
      // line with a verb right over the date is the headline, not the verbless line above it
      const overDate = () => segments[n + 1] !== undefined && standaloneDate(text.slice(segments[n + 1]!.start, segments[n + 1]!.end)) !== null;
      const verbless = () => result.headline !== null && !headlineVerb(text.slice(result.headline.start, result.headline.end));
      // under a headline, a photo's caption ("Foreign Minister A greeting Minister B at …") or a
      // speaker's name line ("Spokesperson Yoon Da-eun") is no headline of its own
      const underHeadline = result.headline !== null && (CAPTION.test(candidate) || nameLine(candidate)) && !hasFiniteVerb(candidate);
      if (!underHeadline && (!result.headline || givesWay || ((typeSeen || (verbless() && overDate())) && headlineVerb(candidate)))) {
        typeSeen = false;
        result.headline = { start: start + headline.start, end: start + headline.end };
        const named = text.slice(result.headline.start, result.headline.end);
        // a short line with no verb right under a letterhead is more of it: its name in another
        // language, a department ("Kagawaran ng Ugnayang Panlabas")
        givesWay = isLetterhead(named) || (givesWay && words(named) <= 4 && !hasFiniteVerb(named));
      }
      continue;
    }
    // "Press release", "News story": the kind of page, right over its headline
    // (it may follow the headline too: only a headline with a verb takes over from the line before it)
    if (CONTENT_TYPE.test(line.trim())) {
      typeSeen = result.headline !== null;
      continue;
    }
    if (!looksProse && words(line) < 8) continue; // a stray fragment of chrome
    // the body has begun: its first sentence is the lead
    const first = splitSentences(text, start, seg.end)[0];
    if (first) result.lead = { start: first.start, end: first.end };
    // "… received a delegation of the" / "Sejm of Poland on Tuesday.": a line break inside the
    // sentence; it goes on in the next piece
    const next = segments[n + 1];
    if (first && next && first.end === seg.end && !SENTENCE_END.test(text.slice(first.start, first.end)) && /^[\p{L}\p{N}]/u.test(text.slice(next.start, next.start + 1))) {
      const rest = splitSentences(text, next.start, next.end)[0];
      if (rest) result.lead = { start: first.start, end: rest.end };
    }
    if (!result.topDate) result.topDate = dateUnderStandfirst(text, segments, n + 1);
    break;
  }
  // "BEIJING, March 19 (Xinhua)" under "Updated: 2025-03-19 22:41": the dateline's year is the page's
  const page = pageDate as FoundDate | null;
  const top = result.topDate;
  if (top && top.year === null && page?.year && page.month === top.month && Math.abs(page.day - top.day) <= 1) result.topDate = { ...top, year: page.year };
  result.topDate ??= pageDate;
  // a site's name with no headline under it is not the heading, the lead is; unless it has a
  // verb, a headline in title case ("Ministry of Energy Opens New Office in Mombasa")
  if (givesWay && result.headline) {
    const line = text.slice(result.headline.start, result.headline.end);
    if (isSiteName(line) && !hasFiniteVerb(line)) result.headline = null;
  }
  return result;
}

// How many short lines under the first paragraph may stand before the page's date.
const UNDER_STANDFIRST = 6;
const SHORT_LINE_WORDS = 8;

/**
 * A page that sets its summary above its metadata ("… in Tallinn." / "From:" / "Ministry of
 * Defence" / "Published" / "12 May 2025"): a date alone on a line among the short lines right
 * under the first paragraph, before the next paragraph of prose. Not one labelled as the page's
 * ("Last updated").
 */
function dateUnderStandfirst(text: string, segments: Segment[], from: number): FoundDate | null {
  for (let k = from; k < segments.length && k < from + UNDER_STANDFIRST; k++) {
    const line = text.slice(segments[k]!.start, segments[k]!.end);
    const date = standaloneDate(line);
    if (date && date.day !== null && !PAGE_DATE_LABEL.test(line)) {
      const at = segments[k]!.start;
      return { start: at + date.start, end: at + date.end, year: date.year, month: date.month, day: date.day };
    }
    if (words(line) > SHORT_LINE_WORDS) return null;
  }
  return null;
}

/**
 * Where a sentence's own words start: after the dateline, in the sentence that holds one
 * ("RABAT (AFP) – France and Morocco signed …"); `bodyStart` is the lead's start.
 */
export function afterDateline(sentence: { start: number; end: number }, bodyStart: number | null): number {
  return bodyStart !== null && bodyStart > sentence.start && bodyStart < sentence.end ? bodyStart : sentence.start;
}

const LATIN = /\p{Script=Latin}/u;
// How much of the text tells its script.
const SCRIPT_SAMPLE = 3000;

/** Is the text written in Latin letters, mostly (an English press release with a line in Arabic)? */
function mostlyLatin(text: string): boolean {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return latin > letters * 0.8;
}

// Function words of the other languages of Latin script that name sites (some stand in people's
// names too: "de la Cruz", "van der Berg", so it takes three).
const FOREIGN_FUNCTION_WORDS = new Set(["de", "la", "des", "du", "et", "à", "les", "aux", "au", "del", "y", "los", "las", "e", "do", "dos", "das", "da", "und", "die", "der", "für", "het", "en", "van", "och", "og", "ng", "dan", "và", "ve", "ile", "i", "z", "na", "dla", "pro", "pour", "para", "della", "degli", "per", "em"]);
const ENGLISH_FUNCTION_WORDS = new Set(["the", "of", "and", "to", "in", "on", "for", "with", "a", "an", "at", "by", "from", "is", "are"]);

/** A line in another language than English: three of its function words, none of English's, no verb. */
function inAnotherLanguage(line: string): boolean {
  let foreign = 0;
  // (written in lower case and longer than a letter: "e", "y", "i" may be initials, "AU" an acronym)
  let longer = 0;
  for (const written of line.split(/\P{L}+/u)) {
    const word = written.toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(word)) return false;
    if (FOREIGN_FUNCTION_WORDS.has(word)) {
      foreign++;
      if (word.length > 1 && word === written) longer++;
    }
  }
  // (or one, in a line of four words or more with no verb at all: "Plataforma digital única del
  // Estado Peruano", "Embaixada do Brasil em Pretória"; an English headline has a function word or a verb)
  if (foreign >= FOREIGN_WORDS_MIN) return !hasFiniteVerb(line);
  // ("do" is an English verb too)
  return longer >= 1 && words(line) >= 4 && !headlineVerb(line.replace(/\p{L}+/gu, (w) => (FOREIGN_FUNCTION_WORDS.has(w.toLowerCase()) ? " " : w)));
}
const FOREIGN_WORDS_MIN = 3;

// A site's domain on a line of its own ("gob.pe"): chrome, never the rest of a sentence.
const DOMAIN_NAME = /^\s*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\/?\s*$/u;

// A caption: names, then a participle of what they do in the picture (not a possessive's noun in
// -ing: "PM's meeting with …" is a headline).
const CAPTION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?<![’']s\s)\p{Ll}+ing\s/u;
/** "Spokesperson Yoon Da-eun": a role word and a name of two or three words, nothing else. */
function nameLine(line: string): boolean {
  const parts = line.trim().split(/\s+/u);
  return parts.length >= 3 && parts.length <= 5 && ROLE_NOUNS.has(parts[0]!.toLowerCase()) && parts.slice(1).every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase()));
}

// A line of an item's metadata, with its date among the labels.
const META_LINE = /^\s*(?:source|editor|author|published|posted|date)\s*:/iu;

// The kinds of page a site files its items under, on a line of their own.
const CONTENT_TYPE = /^(?:(?:press|media|news)\s+(?:releases?|stor(?:y|ies)|statements?|briefs?)|news|speech(?:es)?|statements?|readouts?|transcripts?|announcements?)$/iu;

const PAGE_DATE_LABEL = /\b(?:(?:last\s+)?(?:updated|modified)|today(?:'s\s+date)?|current\s+date)\b/iu;
const SENTENCE_END = /[.!?…:;]["”»’)]?\s*$/u;

// A byline under a headline that a hard wrap joined to it: "by Mr. X, Minister for Trade".
const BYLINE = /^[ \t]*[Bb]y[ \t]+\p{Lu}/u;

/** The paragraph, cut before and after a byline line inside it. */
function withoutByline(text: string, p: { start: number; end: number; lines: { start: number; end: number; text: string }[] }): Segment[] {
  const at = p.lines.findIndex((l, i) => i > 0 && BYLINE.test(l.text));
  if (at < 0) return [{ start: p.start, end: p.end }];
  const pieces: Segment[] = [];
  const before = trimSpan(text, p.start, p.lines[at - 1]!.end);
  if (before[1] > before[0]) pieces.push({ start: before[0], end: before[1] });
  const byline = trimSpan(text, p.lines[at]!.start, p.lines[at]!.end);
  pieces.push({ start: byline[0], end: byline[1] });
  if (at + 1 < p.lines.length) {
    const after = trimSpan(text, p.lines[at + 1]!.start, p.end);
    if (after[1] > after[0]) pieces.push({ start: after[0], end: after[1] });
  }
  return pieces;
}

const words = wordCount;

/**
 * A line that is a date or timestamp standing alone: `June 9, 2022`, `POLITICS | 19:42 / 05.04.2024`,
 * `Monday, 02 December 2019 12:10`, `2016-11-09 11:34CCTV Editor: …`, `Our Correspondent April 05, 2017`.
 * Not a headline that mentions a date, not a sentence, not a range (`19.10- 24.10.2009`).
 */
function standaloneDate(line: string): CalendarDate | null {
  if (line.length > 140) return null;
  // "By U.S. Embassy Prague | 12 September, 2024 | Topics: Energy": a metadata line's date
  // stands alone between its pipes
  if (line.includes(" | ")) {
    let at = 0;
    for (const piece of line.split(" | ")) {
      const date = /\d/u.test(piece) && !piece.includes("|") ? standaloneDate(piece) : null;
      if (date) return { ...date, start: at + date.start, end: at + date.end };
      at += piece.length + 3;
    }
  }
  const date = findCalendarDates(line).find((d) => d.day !== null && d.year !== null);
  if (!date) return null;
  const before = line.slice(0, date.start);
  const after = line.slice(date.end);
  // a range, but not a time after a dash ("10/04/2024 - 18:20")
  if (/\d\.?\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d(?!\d?:\d\d)/.test(after)) return null;
  if (/^[\s(]*(?:\p{L}+,?\s+)?$/u.test(before) && /^\s*(?:[,|/]|\d{1,2}:\d\d|\.?$)/.test(after)) return date;
  if (/^\s*\d{1,2}:\d\d/.test(after) && before.trim() === "") return date;
  const residue = (before + " " + after)
    .replace(/\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.? ?m\.?)?/giu, " ")
    .replace(/\b(?:published|updated?|posted|date|current|on|at|in|by|the)\b/giu, " ");
  return words(residue) <= 4 && !/[.!?]\s*$/.test(after.replace(/\b[ap]\. ?m\.$/i, "")) ? date : null;
}

// Calls to action and site furniture that open a line.
const CHROME_START =
  /^(?:subscribe|follow us|stay up to date|share\b|connect with us|skip to|read (?:also|more)|download|print\b|sign (?:in|up)|log ?in|menu\b|home\b|search\b|advertisement|related (?:news|articles|posts|stories)|most (?:popular|read)|top stories|(?:tags?|category|categories|section|source|author|current date|editor|photo|image|video)\s*:|published\b|posted\b|updated?\b|file (?:photo|image)|photo\b|image\b|video\b|copyright|©|all rights reserved)/iu;
// A function word cannot end a headline: "This page is also available in", "Declaration by".
const DANGLING_END = /\b(?:in|of|by|to|for|and|or|the|a|an|with|from|on|at)$/iu;
const CAPTION_POSITION = /^\((?:from\s+)?(?:left|right|l\s?-\s?r|r\s?-\s?l|l\s+to\s+r|left\s+to\s+right|right\s+to\s+left)\)\s/iu;
const CAPTION_END = /(?:\((?:photo|image|picture|file)\s*[:/][^)]*\)|\/\s?(?:xinhua|afp|reuters|ap|tass|sputnik|ani|ians|pti|spa|wam|anadolu))\s*$/iu;

// A release's reference number on a line of its own: "No:312/25", "Press Release No. 241/2024",
// "PR No 57", "Ref. 12/2024", "N° 318".
const REFERENCE_NUMBER = /^(?:\p{L}+\s){0,3}(?:No|Nr|N°|Nº|Ref)\.?(?:\s*:)?\s*\d[\d/.-]*$/iu;
// A cookie notice: "We use cookies to … By continuing you agree to our cookie policy. Accept".
const COOKIES = /\bcookies?\b/iu;
const COOKIE_CONSENT = /\b(?:accept|agree|consent|policy|privacy|settings|preferences|use)\b/iu;
// A consent notice that does not say "cookies": it speaks to the reader and ends in its buttons
// ("… to remember your preferences. Accept all | Settings").
const ADDRESSES_READER = /\b(?:you|your)\b/iu;
const CONSENT_BUTTONS = /(?:^|[.!|]\s*)(?:accept(?:\s+all)?|i\s+agree|agree|got\s+it|ok|reject(?:\s+all)?|decline|settings|manage\s+(?:settings|preferences))(?:\s*\|\s*(?:accept(?:\s+all)?|agree|reject(?:\s+all)?|decline|settings|more\s+info|learn\s+more|manage\s+(?:settings|preferences)))*\s*$/iu;

const SLOGAN_GLUE = new Set(["and", "the", "for", "of", "with", "our", "in", "to", "from", "all"]);

/** Page furniture that is neither headline nor body. */
// (no `i` flag: the body it is of is written in capitals)
// (also "Press service of the President of the Republic of X", "Press Office of the Prime Minister")
const PRESS_TEAM = /^(?:[Tt]he\s+)?(?:[Pp]ress|[Mm]edia|[Cc]ommunications?|[Ii]nformation)\s+(?:and\s+[Ii]nformation\s+)?(?:[Tt]eam|[Uu]nit|[Dd]esk|[Ss]ection|[Ss]ervice|[Oo]ffice)(?:\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:of|the|and)\s+)*\p{Lu}[\p{L}.-]*){0,7})?\s*$/u;

function isChrome(line: string): boolean {
  if (line.length > 400) return false; // chrome is short; this also bounds every test below
  const s = line.trim();
  const w = words(s);
  if (w === 0) return true;
  if (CHROME_START.test(s)) return true;
  if (/\S {3,}\S/.test(s) || /\t/.test(s)) return true; // a navigation bar flattened into one line
  // … or with two spaces between its sections: four or more, of a word or two each
  if (s.includes("  ")) {
    const sections = s.split(/ {2,}/u);
    if (sections.length >= 4 && sections.every((p) => words(p) <= 2 && !/[.!?]$/u.test(p))) return true;
  }
  if (/^\d+\s*min(?:ute)?s?\s+read$/iu.test(s)) return true;
  // the text-size buttons of a page: "Font size  A-  A  A+"
  if ((s.match(/(?<!\S)\p{Lu}[+-]?(?!\S)/gu)?.length ?? 0) >= 3 && /(?<!\S)\p{Lu}[+-](?!\S)/u.test(s)) return true;
  if (/\w@[\w-]+\.\w|\+\d{1,3} \d/u.test(s)) return true; // contact lines
  if (/^(?:\.{3}|…)/u.test(s)) return true; // a fragment cut from a longer page
  if (/^\[[^\]]*\]$/u.test(s)) return true; // "[Provisional translation]"
  if (REFERENCE_NUMBER.test(s)) return true;
  if (COOKIES.test(s) && COOKIE_CONSENT.test(s)) return true;
  if (ADDRESSES_READER.test(s) && CONSENT_BUTTONS.test(s)) return true;
  if (w <= 3 && /news/iu.test(s)) return true; // "All news", "Latest World News", "Newsfrom Japan"
  // a site's account of what it offers: "Exclusive news, data and analytics for professionals"
  if (w <= 12 && /\bnews\b/u.test(s) && !hasFiniteVerb(s) && !/(?<!\S)\p{Ll}+ed\b/u.test(s)) return true;
  if (/^by[:\s]/iu.test(s) && w <= 6 && !/[.!?]$/u.test(s)) return true; // a byline
  // a credit to the office that wrote it: "Press and information team of the EEAS"
  if (PRESS_TEAM.test(s)) return true;
  if (CAPTION_END.test(s) || /^photo\s*:/iu.test(s) || /^\((?:photos?|video|image)\)/iu.test(s)) return true;
  // a caption that opens with where its people stand: "(From left) …", "(L-R) …"
  if (CAPTION_POSITION.test(s)) return true;
  if (/\|$/u.test(s) && w > 20) return true; // a long caption closed by a pipe
  // a credit line: "(MENAFN- The Peninsula) QNA"
  if (/^\(/u.test(s) && words(s.replace(/\([^()]*\)/gu, " ")) <= 2) return true;
  // a slogan: a short line of capitalised words ending in a full stop ("An Integrated,
  // Prosperous and Peaceful Africa."): no numbers, and no lower-case word but function words
  if (/\.$/u.test(s) && w <= 8 && !/\d/u.test(s)) {
    const lower = (s.match(/(?<![\p{L}\p{M}])\p{Ll}\p{L}{2,}/gu) ?? []).filter((word) => !SLOGAN_GLUE.has(word));
    if (lower.length === 0) return true;
  }
  // "Current Date:", "Text begins:" — not a dateline with a byline ("BAKU, March 4. By A. Aliyev – Trend:")
  if (/[:;]$/u.test(s) && w < 8 && !findCalendarDates(s).length) return true;
  return chromeByShape(s, w);
}

// Chrome is told by its shape, not by the names of sites: a language switcher or a menu cut into
// short pieces ("en | fr | ar"), a breadcrumb ("Government News › Top Stories"), a site name in two
// scripts, a postal address or a tag line of names ("Ruto, Kagame, Museveni, EAC").
const MENU_SEPARATOR = /\s[|/·•]\s|\s?[›»>]\s/u;
const SCRIPTS = [/\p{Script=Latin}{2}/u, /\p{Script=Arabic}{2}/u, /\p{Script=Cyrillic}{2}/u, /\p{Script=Han}/u, /\p{Script=Hebrew}{2}/u, /\p{Script=Devanagari}{2}/u, /\p{Script=Greek}{2}/u, /\p{Script=Hangul}/u, /\p{Script=Thai}{2}/u, /\p{Script=Georgian}{2}/u, /\p{Script=Armenian}{2}/u];
// A word of a name or an address: capitalised, an acronym, a number, or glue between names.
const NAME_PIECE_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|\d[\d/-]*\p{L}?|of|and|the|de|du|des|al|el)$/u;

/** A breadcrumb ("Home > News") or a language switcher ("ES | EN", a line in two scripts). */
function navigation(s: string): boolean {
  if (/\s?[›»>]\s/u.test(s)) return true;
  if (SCRIPTS.filter((script) => script.test(s)).length >= 2) return true;
  const pieces = s.split("|").map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => /^\p{L}{2,3}$/u.test(p) || /^(?:English|Español|Français|Português|Deutsch|Русский|العربية)$/u.test(p));
}

function chromeByShape(s: string, w: number): boolean {
  if (w > 16) return false;
  // pieces cut by a menu separator, each one or two words
  if (MENU_SEPARATOR.test(s)) {
    const pieces = s.split(/[|/·•›»>]/u).map((p) => p.trim()).filter(Boolean);
    // a breadcrumb's last step may name a long section: "News › Foreign Trade and Development Cooperation"
    if (pieces.length >= 2 && pieces.every((p) => words(p) <= 2 || (/›|\s>\s/u.test(s) && words(p) <= 6))) return true;
    // a menu of three sections or more, one of a few words ("News | Activities of the Minister | Press releases")
    if (pieces.length >= 3 && pieces.every((p) => words(p) <= 4 && !/[.!?]$/u.test(p))) return true;
  }
  if (SCRIPTS.filter((script) => script.test(s)).length >= 2) return true;
  // three or more comma pieces of names, numbers and places, and nothing else
  // (a dateline, "DUSHANBE, Tajikistan, May 4.", is names and a date: read, not skipped)
  const pieces = packedMap(s.replace(/\.$/u, "").split(","), (p) => p.trim());
  if (pieces.length >= 3 && findCalendarDates(s).length === 0 && pieces.every((p) => p && words(p) <= 4 && p.split(/\s+/u).every((t) => NAME_PIECE_WORD.test(t)))) return true;
  // a postal address: comma pieces, numbers in two of them or more ("14th floor", "No. 8",
  // "Jakarta 12710"), and no verb
  if (pieces.length >= 3 && pieces.filter((p) => /\d/u.test(p)).length >= 2 && findCalendarDates(s).length === 0 && pieces.every((p) => words(p) <= 5) && !hasFiniteVerb(s)) return true;
  return false;
}

// A line that calls itself the site: "Official website of the President of …", "Official Internet
// Resource of …", "Web portal of the Government".
// (also after its address: "Region.eu – official portal of …"; and the outlet's account of itself: "State news agency of the Republic of X", "Official
// information source of the Prime Minister", "BelTA - News from Belarus")
const SITE_SELF =
  /^\s*(?:[\p{L}.-]+\s+[-–|]\s+)?(?:the\s+|an?\s+)?(?:official\s+(?:web\s?site|(?:internet\s+|web\s+)?portal|site|internet\s+resource|page)|web\s?site|web\s+portal|(?:official\s+)?information\s+(?:source|resource|portal)|(?:(?:state|national|official|international)\s+)?(?:news|information|press)\s+agency)\s+(?:of|for)\s|^\s*(?:\S+\s+[-–|]\s+)?(?:the\s+)?(?:latest\s+)?news\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s*$/iu;

// A name that says after a separator that it is the site: "President of the Republic of X · Official
// website", "Chancellery of the Prime Minister - Gov.pl website".
// (or "European Commission - Press release", "… | Newsroom": the section of the site; "… – English
// version": the site in a language)
const SITE_SUFFIX = /\s[·|–—-]\s+(?:(?:the\s+)?(?:official\s+)?(?:[\p{L}.]+\s+)?(?:web\s?site|web\s+portal|portal|internet\s+resource)|press\s+releases?|newsroom|news|press\s+(?:room|corner|centre|center)|media\s+(?:centre|center|room)|english\s+(?:version|edition))\s*$/iu;

// The institutions whose names head their own websites.
const SITE_OWNER = /\b(?:Ministry|Office|Embassy|Consulate|Agency|Authority|Government|Administration|Department|Directorate|Presidency|Secretariat|Chancellery|Mission|State House)\b/u;
const STATE_NAME = /^\s*(?:the\s+)?(?:united\s+|federal\s+|people's\s+|islamic\s+|democratic\s+|socialist\s+)*(?:republic|kingdom|sultanate|state|emirate|principality|federation|commonwealth)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*$/iu;
// "Office of the Special Adviser to the President on Media and Publicity"
const SITE_NAME_WORDS = 14;
const TITLE_CASE_WORD = /^(?:\p{Lu}[\p{L}’'.-]*|of|the|and|&|for|on|in|at|to|de|da|das|do|dos|des|du|la|le|el|et|[ye–—|-]|und|van|der|al)$/u;

/**
 * A short line in title case that names an institution: the site's name, not a headline; also in
 * two languages ("Kementerian Luar Negeri | Ministry of Foreign Affairs").
 */
function isSiteName(written: string): boolean {
  // a letterhead in capitals ("MINISTRY OF FOREIGN AFFAIRS") reads as one in title case
  const line = /\p{Ll}/u.test(written) ? written : written.replace(/\p{L}+/gu, (w) => (/^(?:OF|THE|AND|FOR|ON|IN|AT|TO)$/u.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()));
  // the state's own name: "The United Republic of Tanzania", "Kingdom of Bahrain"
  if (STATE_NAME.test(line)) return true;
  if (SITE_SELF.test(line) && words(line) <= SITE_NAME_WORDS) return true;
  if (SITE_SUFFIX.test(line) && words(line) <= SITE_NAME_WORDS && !hasFiniteVerb(line)) return true;
  // "Jordan News Agency (Petra)", "Ministry of Foreign Affairs, Migration and Tunisians Abroad"
  const names = line.replace(/\s\([^()]{1,40}\)\s*$/u, "").split(/\s[|/]\s/u);
  const titleCase = (name: string) => {
    const parts = name.replace(/,(?=\s)/gu, "").trim().split(/\s+/u);
    return parts.length <= SITE_NAME_WORDS && parts.every((w) => TITLE_CASE_WORD.test(w));
  };
  // in two languages, the other one short and capitalised as it likes ("Úrad vlády SR | Government
  // Office of the Slovak Republic")
  const otherLanguage = (name: string) => words(name) <= 4 && /^\p{Lu}/u.test(name.trim()) && !hasFiniteVerb(name);
  return SITE_OWNER.test(line) && ownerIsHead(line) && names.length <= 2 && names.every((name) => titleCase(name) || (names.length === 2 && otherLanguage(name) && names.some(titleCase)));
}

const SITE_OWNERS = new RegExp(SITE_OWNER.source, "gu");

/**
 * Is the institution the head of the name, with nothing after it but what it is of ("Ministry of
 * Foreign Affairs", "Prime Minister's Office")? Not in "Foreign Ministry Spokesperson Gao Lin's
 * Regular Press Conference", which names an event.
 */
function ownerIsHead(line: string): boolean {
  let last: RegExpExecArray | null = null;
  SITE_OWNERS.lastIndex = 0;
  for (let m = SITE_OWNERS.exec(line); m; m = SITE_OWNERS.exec(line)) last = m;
  if (!last) return false;
  const after = line.slice(last.index + last[0].length);
  return /^(?:\s*$|\s+(?:of|for|to|on|in|at)\s|\s*[|/–—-]|:\s|\s\([^()]{1,40}\)\s*$)/u.test(after);
}

// At most this many words in a letterhead line ("STATE HOUSE, ABUJA", "Niger Delta Federal University of Technology").
const LETTERHEAD_WORDS = 8;

/**
 * A line over the headline that gives way to one under it: a site's name, or a short line in title
 * case or capitals, or of names cut by a pipe, with no verb (a letterhead, an institution's name).
 */
function isLetterhead(line: string): boolean {
  if (isSiteName(line)) return true;
  if (words(line) > LETTERHEAD_WORDS || hasFiniteVerb(line)) return false;
  // names cut by a pipe, or a breadcrumb's sections ("International cooperation / Friendship groups")
  if (/\s[|/›»]\s/u.test(line)) return true;
  // ("Department: Trade, Industry and Competition": a name and what it is of)
  return line.split(/[\s,:]+/u).filter(Boolean).every((w) => TITLE_CASE_WORD.test(w) || !/\p{Ll}/u.test(w));
}

/** A verb as headlines write it: finite, or the bare present ("UK and Estonia deepen ties"). */
function headlineVerb(line: string): boolean {
  // the lexicon lists many bare forms only by their present ("hold" by "holds", "sign" by "signs")
  return hasFiniteVerb(line) || line.split(/\P{L}+/u).some((w) => /^\p{Ll}/u.test(w) && (verbForm(w) === "base" || verbForm(`${w}s`) === "present" || pluralOrPresent(`${w}s`)));
}

/** A word the lexicon knows as a verb's present or past ("Opens", "Signed", "Hosts"). */
function hasFiniteVerb(line: string): boolean {
  return line.split(/\P{L}+/u).some((w) => {
    const lower = w.toLowerCase();
    const form = verbForm(lower);
    return form === "present" || form === "past" || pluralOrPresent(lower);
  });
}

/** Body text: a sentence that ends as sentences do, or a line too long for a headline. */
function isProse(line: string): boolean {
  const s = line.trim();
  if (s.length > HEADLINE_MAX) return true;
  if (words(s) < 3 || trailingPlaceDate(s)) return false;
  // a headline may ask or exclaim; a body paragraph of several sentences may end the same way
  if (/[!?]["”»’)]?$/u.test(s)) return /[.!?]\s+\p{Lu}/u.test(s);
  return /[.…]["”»’)]?$/u.test(s);
}

/**
 * A headline of two words ("Russian-Lao talks", "Official Visit") is told from a section label
 * ("Press Releases", "Bilateral relations") by what stands around it: it is no page kind or office,
 * and under it comes the body, or the page's date and then the body or a place ("The Kremlin,
 * Moscow"), not another headline.
 */
function shortTitleOverDate(text: string, segments: Segment[], n: number): boolean {
  const line = segmentText(text, segments[n]).trim();
  if (!/^\S+\s+\p{L}{3,}$/u.test(line) || CONTENT_TYPE.test(line) || SITE_OWNER.test(line)) return false;
  // (its last word in lower case, or both words in title case: "Official Visit")
  if (!/(?<!\S)\p{Ll}{3,}$/u.test(line) && !/^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}{2,}$/u.test(line)) return false;
  let next = n + 1;
  if (standaloneDate(segmentText(text, segments[next]))) next++;
  // under it (and its date), the body, or a place ("The Kremlin, Moscow")
  const after = segmentText(text, segments[next]);
  if (next === n + 1) return after !== "" && isProse(after);
  return !after || isProse(after) || !/(?<!\S)\p{Ll}/u.test(after);
}

function segmentText(text: string, seg: Segment | undefined): string {
  return seg ? text.slice(seg.start, seg.end) : "";
}

interface CleanHeadline {
  start: number;
  end: number;
  date: CalendarDate | null;
}

/**
 * The headline inside a line, or null when the line cannot be one. Strips a list bullet, a label
 * in capitals (`PRESS RELEASE :`), and a trailing place and date (`, New Delhi, 12 September 2018.`,
 * `10/26/2023 11:52 PM EDT`, `[September 2023]`, ` |`).
 */
function cleanHeadline(line: string, short = false): CleanHeadline | null {
  if (line.length > HEADLINE_MAX + 60) return null;
  let start = 0;
  let end = line.length;
  let date: CalendarDate | null = null;
  const bullet = /^\s*[•·*▪►-]\s+/u.exec(line);
  if (bullet) start = bullet[0].length;
  const label = /^\p{Lu}[\p{Lu} ]{2,30}\s?:\s+(?=\p{L})/u.exec(line.slice(start));
  // (not the first half of a headline in capitals: "MINISTER X TO EXPORTERS: …")
  if (label && words(line.slice(start + label[0].length)) >= 3 && !CAPS_HEADLINE_WORD.test(label[0])) start += label[0].length;

  const trailing = trailingPlaceDate(line.slice(start, end));
  if (trailing) {
    end = start + trailing.cut;
    date = trailing.date ? { ...trailing.date, start: trailing.date.start + start, end: trailing.date.end + start } : null;
  }
  [start, end] = trimSpan(line, start, end);
  const s = line.slice(start, end);
  if (!s || s.length > HEADLINE_MAX || /[.:;]$/u.test(s)) return null;
  // section labels ("Press Conferences", "F.P Report") are shorter than any headline
  if (s.split(/\s+/u).filter((t) => /\p{L}/u.test(t)).length < (short ? 2 : 3) || DANGLING_END.test(s)) return null;
  return { start, end, date };
}

// A US timestamp closing a headline: " 10/26/2023 11:52 PM EDT".
const STAMP_END = /\s\d{1,2}\/\d{1,2}\/\d{4}(?:\s\d{1,2}:\d\d(?::\d\d)?(?:\s?[AP]M)?(?:\s[A-Z]{2,4})?)?$/u;

/** A place and date, a timestamp, a bracketed month or a pipe at the end of a headline. */
function trailingPlaceDate(s: string): { cut: number; date: CalendarDate | null } | null {
  s = s.trimEnd();
  if (s.endsWith("|")) return { cut: s.length - 1, date: null };
  const open = s.lastIndexOf("[");
  if (s.endsWith("]") && open >= 0 && /\d{4}\]$/u.test(s)) return { cut: open, date: null };
  const stamp = STAMP_END.exec(s);
  if (stamp) return { cut: stamp.index, date: null };
  const dates = findCalendarDates(s);
  const last = dates[dates.length - 1];
  if (last && last.day !== null && /^[.\s]*$/u.test(s.slice(last.end))) {
    // ", New Delhi, 12 September 2018", " – Brasília, May 14, 2024"
    const place = /(?:,|\s[–—-])\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*\s){0,3}\p{Lu}[\p{L}\p{M}.'’-]*,\s*$/u.exec(s.slice(0, last.start));
    if (place) return { cut: place.index, date: last };
  }
  return null;
}
