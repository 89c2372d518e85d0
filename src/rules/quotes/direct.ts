// Direct quotes: the quoted spans that are somebody's speech or writing, each with the attribution
// that goes with it. Names, titles and formats in quotation marks, and scare quotes, are not quotes.
import type { ParsedText } from "../../text/parsed.js";
import { pairQuotationMarks, type QuotedSpan } from "./marks.js";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution.js";
import { phraseAfter, subjectAtStart } from "./nounPhrase.js";
import { wordCount } from "../../text/letters.js";
import { firstIndex } from "../../text/spans.js";

export interface DirectQuote {
  span: QuotedSpan;
  attribution: Attribution | null;
}

// A quoted fragment of one or two words is a scare quote or a name, never a quote (SPEC).
const MIN_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;
// Small words that stay lower-case inside a capitalised name or title ("Belt and Road").
const TITLE_SMALL_WORDS = new Set([
  "of", "and", "the", "for", "in", "on", "a", "an", "to", "at", "with", "by", "–", "—", "-", "+", "&", "plus", "vs", "versus",
  "under", "towards", "toward", "between", "among", "from", "into", "without", "about", "per", "via", "against", "through", "as",
  "de", "la", "del", "y", "und", "et", "bin", "bint", "ibn", "al", "el", "von", "van", "der",
]);
// Nouns that a quoted name or title stands before or after: the “Central Asia – China” format.
const NAMED_THING = /^\s*(?:format|initiative|project|programme|program|company|corporation|agency|group|forum|summit|festival|strategy|concept|plan|award|order|medal|prize|channel|newspaper|magazine|platform|campaign|operation|exercise|brand|complex|centre|center|park|zone|corridor|route|railway|pipeline|plant|station|university|institute|foundation|movement|party|doctrine|agreement|declaration|memorandum|treaty|charter|act|law|resolution|principle|exhibition|fair|conference|session|dialogue|mechanism|model|policy|system|network|framework|partnership|alliance|club|contest|competition|week|days|year|cup|games|show|event|ceremony|mission|palace|hall|airport|square|street|avenue|school|hospital|museum|theatre|theater|bank|fund|cluster|region|council|committee|commission|association|union|organization|organisation|society|holding|enterprise|factory|mine|field|deposit|port|terminal|bridge|dam|hotel|resort|approach|formula|vision|agenda|scheme|package|state\s+program)\b/iu;
const NAMING_WORDS = /\b(?:titled|entitled|called|named|dubbed|so-called|themed|known\s+as|under\s+the\s+(?:theme|motto|slogan|title|name)|theme|motto|slogan|brand|(?:policy|concept|principle|idea|formula|strategy|programme|program|initiative|format|doctrine|vision)\s+of)[ \t]*$/iu;
// A quoted title that begins with the kind of document it is: “Declaration towards an innovative …”
const DOCUMENT_NAME = /^(?:Joint\s+)?(?:Declaration|Agreement|Memorandum|Protocol|Treaty|Convention|Programme|Program|Plan|Roadmap|Road\s+Map|Statement|Communiqu[eé]|Charter|Concept|Strategy|Provision|Regulations?|Action\s+Plan)\b/u;
// Russian-style document titles: the Agreement "On cooperation in the field of …"
const DOCUMENT_TITLE = /^On\s+\p{Ll}/u;
const DOCUMENT_BEFORE = /\b(?:agreement|memorandum|declaration|protocol|treaty|convention|programme|program|plan|roadmap|communiqu[eé]|law|decree|resolution|statement|document|concept|strategy)[ \t]*$/iu;

const wordsOf = (s: string) => s.match(WORD) ?? [];

const PAGE_LINKS = /^\s*(?:previous|next|older|newer)(?:\s+(?:article|post|story|news))?\s*(?::|(?:previous|next|older|newer)(?:\s+(?:article|post|story|news))?\s*$)/iu;

/** Is the quoted content a name, a title or a format rather than speech? */
function isNameOrTitle(text: string, span: QuotedSpan): boolean {
  const content = text.slice(span.start, span.end);
  const words = wordsOf(content);
  if (words.length < MIN_WORDS) return true;
  // "« Previous: … Next: … »": arrows of a page's links to other articles, not quotation marks
  if (PAGE_LINKS.test(content)) return true;
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const after = text.slice(span.close + 1, span.close + 30);
  // `the memorandum "Cooperation in the field of youth policy"`: a document's title
  if ((DOCUMENT_TITLE.test(content) || !/[.!?]/u.test(content)) && DOCUMENT_BEFORE.test(before)) return true;
  if (words.length <= 6 && (NAMED_THING.test(after) || NAMING_WORDS.test(before))) return true;
  if (/[.!?;:]/u.test(content.replace(/\b\p{Lu}\./gu, ""))) return false;
  if (DOCUMENT_NAME.test(content) && !/,/u.test(content)) return true;
  // every word capitalised: a name or a title (“Belt and Road”, «Road Maps», ‘Epicentrum of Growth’)
  const capitalised = content.split(/\s+/u).filter(Boolean).every((w) => TITLE_SMALL_WORDS.has(w.toLowerCase()) || /^\P{L}*[\p{Lu}\p{N}]/u.test(w));
  if (capitalised) return true;
  return false;
}

// The words before a quotation that may attribute it.
const HEAD_REACH = 400;
const ENDS_SENTENCE = /[.!?…]["'”»’]*$/u;

/** Where the sentence holding `at` starts (`at` itself when no sentence holds it). */
function sentenceStart(parsed: ParsedText, at: number): number {
  const found = parsed.sentences[firstIndex(parsed.sentences, (s) => s.start > at) - 1];
  return found && found.end > at ? found.start : at;
}

/** Where the clause before `at` begins: its sentence start, or just after a sentence end in between. */
function clauseFloor(parsed: ParsedText, at: number): number {
  const floor = Math.max(sentenceStart(parsed, at), at - HEAD_REACH);
  const head = parsed.text.slice(floor, at);
  // an earlier quotation closed in the same sentence: the attribution of this one comes after it
  const lastEnd = Math.max(head.lastIndexOf(".” "), head.lastIndexOf('." '), head.lastIndexOf(".» "), head.lastIndexOf('""'));
  return lastEnd >= 0 ? floor + lastEnd + 2 : floor;
}

/** The direct quotes of the text, in order, with the attributions found around each. */
export function findDirectQuotes(parsed: ParsedText): DirectQuote[] {
  const { text } = parsed;
  const spans = pairQuotationMarks(text, parsed.paragraphs).filter((s) => !isNameOrTitle(text, s));
  const quotes: DirectQuote[] = [];
  for (const unclosed of spans) {
    // a quotation never closed that names its speaker after a comma of its own first paragraph
    // ("“… a new chapter, the Uzbek leader said at the briefing.") ends at that comma
    const inner = unclosed.closedBy === "cut" ? innerAttribution(text, unclosed) : null;
    const span = inner ? { ...unclosed, end: inner.at, close: inner.at } : unclosed;
    if (inner) {
      quotes.push({ span, attribution: inner.attribution });
      continue;
    }
    const content = text.slice(span.start, span.end);
    const after = attributionAfter(text, closingEnd(text, span), ENDS_SENTENCE.test(content));
    if (span.closedBy === "orphan" && !after) continue;
    let attribution = after;
    if (!attribution && span.closedBy !== "orphan") {
      const floor = clauseFloor(parsed, span.open);
      attribution = creditedOnLineAfter(text, span) ?? attributionBefore(text, floor, span.open) ?? introducedOnLineBefore(parsed, span) ?? introducedByColon(text, floor, span) ?? introducedByNaming(text, floor, span);
    }
    quotes.push({ span, attribution });
  }
  lendNeighbourAttributions(text, quotes);
  for (const q of quotes) {
    if (q.attribution) continue;
    // "“…” That warning came from X, an analyst …": the next sentence names who spoke
    q.attribution = cameFrom(text, closingEnd(text, q.span));
    if (q.attribution) continue;
    // a quotation standing alone after a sentence that names a speaker: `Kenya and Algeria, Ruto said, …`
    const previous = sentenceBefore(parsed, q.span.open);
    if (previous) q.attribution = attributionBefore(text, previous.start, previous.end);
  }
  return quotes;
}

// "The remark came from", "That warning came from", "These words came from": a noun for what was said.
const CAME_FROM = /^[\s"'’”»]*(?:The|That|This|These|Those)\s+(?:[\p{Ll}-]+\s+)?(?:remarks?|warning|comments?|assessment|message|appeal|words|view|call|statement|verdict|point|criticism|praise|plea)\s+came\s+from\s+/u;

/** The speaker a sentence right after the quotation names ("That warning came from X"), on its line or the next paragraph's. */
function cameFrom(text: string, at: number): Attribution | null {
  const m = CAME_FROM.exec(text.slice(at, at + 120));
  if (!m || (text.slice(at, at + m[0].length).match(/\n/gu)?.length ?? 0) > 2) return null;
  const start = at + m[0].length;
  const lineEnd = text.indexOf("\n", start);
  const mention = phraseAfter(text, start, lineEnd < 0 ? text.length : lineEnd);
  return mention ? { mention, cue: "came from" } : null;
}

/** In an unclosed quotation's first paragraph: a comma and the attribution after it. */
function innerAttribution(text: string, span: QuotedSpan): { at: number; attribution: Attribution } | null {
  const newline = text.indexOf("\n", span.start);
  const end = newline >= 0 && newline < span.end ? newline : span.end;
  // (after a comma, or a dash: "„We welcome it – he stated.")
  for (let at = nextBreak(text, span.start); at >= 0 && at < end; at = nextBreak(text, at + 1)) {
    const attribution = attributionAfter(text, at, false);
    // the attribution closes its sentence there: a speech verb and its speaker, then a full stop
    if (attribution && /[.!?]/u.test(text.slice(attribution.mention?.end ?? at, end))) return { at, attribution };
  }
  return null;
}

/** The next comma or spaced dash from `from`, or -1. */
function nextBreak(text: string, from: number): number {
  const comma = text.indexOf(", ", from);
  const dash = Math.min(...[" – ", " — "].map((d) => text.indexOf(d, from)).filter((i) => i >= 0), Infinity);
  const at = Math.min(comma < 0 ? Infinity : comma, dash);
  return at === Infinity ? -1 : at;
}

/** The sentence that ends right before `at`, with only white space between. */
function sentenceBefore(parsed: ParsedText, at: number): { start: number; end: number } | null {
  const found = parsed.sentences[firstIndex(parsed.sentences, (s) => s.end > at) - 1];
  if (!found || !/^\s*$/u.test(parsed.text.slice(found.end, at))) return null;
  return found;
}

/** Just past the closing mark(s) of a span. */
function closingEnd(text: string, span: QuotedSpan): number {
  let i = span.end;
  while (i < text.length && /[\s,"'’”“»`]/u.test(text[i]!) && i - span.end < 6) {
    if (text[i] === "\n") break;
    i++;
  }
  return i;
}

const LABEL_BEFORE_COLON = /^\s*(?:\p{Lu}[\p{Lu}\s]*|(?:[Qq]uote|[Nn]ote|[Ss]ource|[Tt]ranslation|[Tt]ext|[Rr]ead|[Ff]ull\s+text)\b[^.]*)$/u;

/**
 * `He put it plainly: “…”`, `The minister was blunt: “…”`: a clause that ends in a colon right
 * before the quotation introduces it without a speech verb; its subject speaks.
 */
function introducedByColon(text: string, floor: number, span: QuotedSpan): Attribution | null {
  const before = text.slice(floor, span.open);
  const colon = /:[ \t]*$/u.exec(before);
  return colon ? colonClause(text, floor, floor + colon.index) : null;
}

/** The subject of the clause text[floor, colon) that ends in a colon: a clause, not a label ("Note:", "Quote of the day:"). */
function colonClause(text: string, floor: number, colon: number): Attribution | null {
  const before = text.slice(floor, colon);
  if (wordCount(before) < 3 || LABEL_BEFORE_COLON.test(before)) return null;
  const mention = subjectAtStart(text, floor, colon);
  return mention ? { mention, cue: null } : null;
}

// A verb that names a thing in the quotation's words: "X called Belarus “a reliable friend”", "X
// described the talks as “frank”", "X termed the deal “historic”".
const NAMING_VERB = /\b(?:called|termed|dubbed|labell?ed|branded|hailed|described)\s+(?:(?!said|says)[\p{L}\d'’-]+\s+){1,6}(?:as\s+)?$/u;

/** The quotation is what the subject of a naming verb right before it calls a thing: its words. */
function introducedByNaming(text: string, floor: number, span: QuotedSpan): Attribution | null {
  const before = text.slice(Math.max(floor, span.open - 80), span.open);
  const verb = NAMING_VERB.exec(before);
  if (!verb) return null;
  const at = span.open - before.length + verb.index;
  const mention = subjectAtStart(text, floor, at);
  return mention ? { mention, cue: verb[0].split(/\s/u)[0]! } : null;
}

/** A quotation alone on its line after `X said:` or `saying:` ending the line before. */
function introducedOnLineBefore(parsed: ParsedText, span: QuotedSpan): Attribution | null {
  const { text } = parsed;
  // back over the white space before the quotation: a line break, then the line's final colon
  let i = span.open;
  let brokeLine = false;
  while (i > 0 && /\s/u.test(text[i - 1]!) && span.open - i < 300) {
    if (text[i - 1] === "\n") brokeLine = true;
    i--;
  }
  if (!brokeLine || text[i - 1] !== ":") return null;
  const lineEnd = i - 1;
  const floor = clauseFloor(parsed, lineEnd);
  // "Quotes attributable to the Prime Minister:", a government's heading over its quotations
  const label = ATTRIBUTABLE_TO.exec(text.slice(floor, lineEnd));
  if (label) {
    const mention = phraseAfter(text, floor + label.index + label[0].length, lineEnd);
    return mention ? { mention, cue: label[0].trim() } : null;
  }
  // ("X issued the following statement:": a clause without a speech verb, whose subject speaks)
  return attributionBefore(text, floor, lineEnd) ?? colonClause(text, floor, lineEnd);
}

/**
 * A quotation alone in its paragraph, credited on the line under it: "“…”" then "– The Honourable
 * A. B., Minister of Foreign Affairs", as governments set the quotes of a news release.
 */
function creditedOnLineAfter(text: string, span: QuotedSpan): Attribution | null {
  const end = closingEnd(text, span);
  const credit = CREDIT_LINE.exec(text.slice(end, end + 300));
  if (!credit || !/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, span.open - 200), span.open))) return null;
  const start = end + credit.index + credit[0].length;
  const lineEnd = text.indexOf("\n", start);
  const mention = phraseAfter(text, start, lineEnd < 0 ? text.length : lineEnd);
  return mention ? { mention, cue: null } : null;
}

// The line under a quotation that credits it: a dash, then the speaker (after a blank line at most).
const CREDIT_LINE = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*[–—-][ \t]*(?=\p{Lu})/u;

const ATTRIBUTABLE_TO = /^\s*(?:(?:quotes?|comments?|remarks?|statement)\s+)?(?:attributable|attributed)\s+to\s+/iu;

/**
 * A quotation without words of its own belongs to the speaker of the quotation it continues
 * (`«A,» he said. «B»`, `"A.""B," he added.`, a quoted paragraph after a quoted paragraph).
 */
function lendNeighbourAttributions(text: string, quotes: DirectQuote[]): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.attribution) continue;
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    // «A,» X said. «B» at the end of its paragraph: X's, before the next paragraph's speaker
    if (prev?.attribution && continues(text, prev.span, q.span) && !PARAGRAPH_BREAK.test(text.slice(prev.span.end, q.span.open)) && next && PARAGRAPH_BREAK.test(text.slice(q.span.end, next.span.open))) {
      q.attribution = prev.attribution;
      continue;
    }
    // the next quotation follows right after this one and names its speaker after itself
    if (next?.attribution && /^[\s"'’”»`,.]*$/u.test(text.slice(q.span.end, next.span.open))) {
      q.attribution = next.attribution;
      continue;
    }
    if (prev?.attribution && continues(text, prev.span, q.span)) {
      q.attribution = prev.attribution;
    }
  }
}

const PARAGRAPH_BREAK = /\n\s*\n/u;

/** Does the quotation `b` continue `a`: nothing but an attribution or a paragraph break between? */
function continues(text: string, a: QuotedSpan, b: QuotedSpan): boolean {
  const between = text.slice(a.end, b.open);
  if (between.length > 250) return false;
  // only the closing mark, an attribution sentence and white space between
  return !/[.!?]\s+\p{Lu}[^"“”«»]*[.!?]\s/u.test(between) || /^[\s"'’”»`,.]*$/u.test(between);
}
