// The title a text gives a person: the role phrase right before the name (`President of
// Kyrgyzstan Sadyr Japarov`, `Russian presidential aide Maxim Oreshkin`, `Kenya’s newly elected
// president, William Ruto`) or in apposition after it (`Sergey Lavrov, Minister of Foreign
// Affairs of Russia,`). A title must contain a role noun.
import { complementOfRole, kindOf, lastFieldOfTitle, type NameCandidate, type Token, type TokenKind } from "./names.js";
import { FIELD_QUALIFIER, NAME_PARTICLES, NON_PERSON_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from "./lexicon.js";
import { wordClass } from "./wordClasses.js";

const NO_NAMES: ReadonlySet<number> = new Set();
// A comma and a space between a title and a name: "president, William Ruto".
const COMMA_GAP = /^,[ \u00a0]$/u;
const CONNECTORS = new Set(["of", "the", "for", "at", "to", "on", "in", "and", "&"]);
const MAX_TITLE_TOKENS = 20;

// a hyphen joins the parts of a compound title ("Deputy Prime Minister-Minister of …"); a dash
// with spaces around it is punctuation ("ASTANA. KAZINFORM – President Tokayev")
const hyphenOrSpaces = (gap: string) => /^(?:[ \u00a0]{1,3}|[-–/])$/u.test(gap);

/** The role class of a word in a title, lower-case words included (`aide`, `presidential`, `of`). */
function titleKind(t: Token): TokenKind | "connector" | "other" {
  // ("d’Ivoire", marked as the second word of a country's name)
  if (t.kind === "country") return "country";
  if (/^\p{Ll}/u.test(t.core)) {
    if (ROLE_NOUNS.has(t.lower)) return "role";
    if (ROLE_MODIFIERS.has(t.lower)) return "modifier";
    if (CONNECTORS.has(t.lower)) return "connector";
    return "other";
  }
  return kindOf(t);
}

// Words of a title that may stand next to an "and" inside it ("Prime Minister and Minister of
// Foreign Affairs", "Political and Security Affairs"), unlike a name ("Putin and President …").
const TITLE_SIDE = new Set<string>(["role", "modifier", "org", "country", "place"]);

/** The title before the name, as [start, end) in the text, or null. */
export function titleBefore(text: string, tokens: Token[], candidate: NameCandidate, personTokens: ReadonlySet<number> = new Set(), bracketed = false): [number, number] | null {
  // "Additional Secretary (Europe and Central Asia) Tariq Mehmood Awan": a qualifier in brackets
  // between the role and the name belongs to the title
  const qualifier = bracketed ? null : bracketedQualifier(tokens, candidate.first);
  if (qualifier) {
    const title = titleBefore(text, tokens, { ...candidate, first: qualifier.open, start: tokens[qualifier.open]!.start }, personTokens, true);
    return title && title[1] === tokens[qualifier.open - 1]!.end ? [title[0], qualifier.end] : null;
  }
  let i = candidate.first - 1;
  // forms of address next to the name are not the title ("Prime Minister Shri Narendra Modi")
  // (and "the" between two, "Dr. the Hon. Everton Reid"; a role before "the Honourable" is one
  // too: "Senator the Honourable Keston Baptiste")
  while (i >= 0 && tokens[i + 1]!.spaced) {
    if (/honorific/u.test(kindOf(tokens[i]!))) i--;
    else if (tokens[i]!.core === "the" && /honorific/u.test(kindOf(tokens[i + 1]!))) {
      i--;
      if (i >= 0 && kindOf(tokens[i]!) === "role" && tokens[i + 1]!.spaced) i--;
    } else break;
  }
  if (i < 0) return null;
  const last = i;
  const gap = tokens[i + 1]!.gapBefore;
  // "president, William Ruto", "The Prime Minister of Mongolia, Ukhnaa Khurelsukh": a comma may
  // part a title from its name
  const nearest = titleKind(tokens[i]!);
  const spaced = bracketed || tokens[i + 1]!.spaced;
  if (!spaced) {
    if (!COMMA_GAP.test(gap) || !(TITLE_SIDE.has(nearest) || complementOfRole(tokens, i) || institutionInTitle(tokens, i) || lastFieldOfTitle(tokens, i) || abroadInTitle(tokens, i))) return null;
    // "The presidents, Michel Temer and Mauricio Macri": a plural before a comma opens a list
    // (not one a body's name ends with: "Speaker of the House of Representatives, X")
    if (nearest === "role" && /s$/u.test(tokens[i]!.lower) && tokens[i - 1]?.lower !== "of") return null;
  }
  // a word after "of", "and" or "for" is the end of a title, not a name ("Minister of Religious Affairs")
  if (nearest === "connector") return null;

  let first = -1;
  let hasRole = false;
  for (let n = 0; i >= 0 && n < MAX_TITLE_TOKENS; i--, n++) {
    const t = tokens[i]!;
    if (t.endsSentence || personTokens.has(i)) break;
    const kind = titleKind(t);
    // "Minister of Trade, Industry and Energy": a comma inside a series of fields, before the role
    const inSeries = !hasRole && COMMA_GAP.test(tokens[i + 1]!.gapBefore) && (kind === "org" || kind === "modifier") && seriesAhead(tokens, i + 1, last);
    if (n > 0 && !hyphenOrSpaces(tokens[i + 1]!.gapBefore) && !inSeries) break;
    // "chairman of the lower house of the Parliament": plain words inside a title after its "of"
    if (kind === "other" && insideRolePhrase(tokens, i)) continue;
    // "Governor of Rio Grande do Sul": a particle inside a place's name
    if (kind === "other" && NAME_PARTICLES.has(t.lower) && i > 0 && kindOf(tokens[i - 1]!) !== "not-name" && /^\p{Lu}/u.test(tokens[i + 1]!.core)) continue;
    // "Minister for Foreign Affairs and East African Cooperation": a point of the compass before a
    // region or nationality inside the title
    const compass = kind === "not-name" && ((compassInTitle(tokens, i) && tokens[i + 1]!.start < candidate.start) || abroadInTitle(tokens, i));
    if (kind === "other" || kind === "honorific" || (kind === "not-name" && !/^the$/iu.test(t.core) && !compass)) break;
    if (kind === "connector" && (t.lower === "and" || t.lower === "&")) {
      const before = tokens[i - 1];
      if (!before || !(TITLE_SIDE.has(titleKind(before)) || fieldInTitle(tokens, i - 1, candidate) || abroadInTitle(tokens, i - 1))) break;
    }
    // a capitalised word that is not a title word belongs to the title only as part of an
    // organisation's name inside it ("University Grants Commission Chairman")
    if (kind === "name") {
      const after = tokens[i + 1]!;
      const afterKind = titleKind(after);
      // (the name's side of the title begins at a form of address before it: "… of Hajj and Umrah Dr. X")
      const nameSide = after.start >= tokens[last + 1]!.start;
      // (a body's own name after "of the" too: "Speaker of the Jogorku Kenesh X Y")
      const placeOfRole = (nameSide || NAME_PARTICLES.has(after.lower)) && complementOfRole(tokens, i, nameSide);
      if (!placeOfRole && !fieldInTitle(tokens, i, candidate) && !lastFieldOfTitle(tokens, i) && (nameSide || (afterKind !== "org" && afterKind !== "role" && afterKind !== "name" && afterKind !== "modifier"))) break;
    }
    if (kind === "role") hasRole = true;
    first = i;
  }
  if (!hasRole || first < 0) return null;
  first = afterRolelessAnd(tokens, first, last);
  // "the Vice-Chancellor of NDFUT, Professor Ebiere Tonye-Amadi": an academic rank right before the
  // name, after a comma, addresses the person the office before the comma names
  if (first === last && ACADEMIC_RANK.test(tokens[first]!.core) && COMMA_GAP.test(tokens[first]!.gapBefore) && !bracketed) {
    const office = titleBefore(text, tokens, { ...candidate, first, start: tokens[first]!.start }, personTokens);
    // ("Algeria's candidate for Vice-Chair of …, Ambassador Ada Obi": a candidacy is no office)
    if (office && !CANDIDACY.test(text.slice(office[0], office[1]))) return office;
  }
  // "received at Bayan Palace President of the Republic …": a place after "at" or "in" ends there;
  // the title begins at its role
  if (/^(?:at|in)$/u.test(tokens[first]!.core)) {
    first++;
    while (first < last && titleKind(tokens[first]!) !== "role" && titleKind(tokens[first]!) !== "modifier" && titleKind(tokens[first]!) !== "country") first++;
  }
  // "Mr. Nisar Ghoryani Acting Minister of Industry, Mr. Mahmoud Karzai …": a title right after
  // another name, with no comma between, is that name's
  if (!spaced && first > 0 && personTokens.has(first - 1) && tokens[first]!.spaced) return null;
  // "According to the Timorese minister, Dili hopes …": the comma closes the adverbial the role is
  // in; what follows is the clause's subject, not the role's name
  // (unless the name is closed by a comma of its own: "According to the spokesman, Ada Obi, …")
  if (!spaced && accordingTo(tokens, first) && !/^,/u.test(tokens[candidate.last + 1]?.gapBefore ?? "")) return null;
  // "Sultan Azzan bin Hamad, Sultan of Oman, Dr. Samuel Langat": a title between commas after a
  // name is that name's apposition, not the title of the name after it; unless that name has its
  // own title before it, the same way ("the Prime Minister of Portugal, Rui Cunha, the Prime
  // Minister of Ghana, Adilson Lopes, …": each title opens its name)
  if (!spaced && first > 0 && COMMA_GAP.test(tokens[first]!.gapBefore) && kindOf(tokens[first - 1]!) === "name" && !titledAfterComma(text, tokens, first - 1, candidate, personTokens)) return null;
  return trimTitle(tokens, first, last, candidate);
}


/**
 * "… of the Marshall Islands and Assistant Secretary of …", "signed the Memorandum for the United
 * States and Minister of Finance …": an "and" with no role before it in the title joins two
 * people or two clauses, not two offices; the title starts after it.
 */
function afterRolelessAnd(tokens: Token[], first: number, last: number): number {
  let roleSeen = false;
  for (let k = first; k < last; k++) {
    const kind = titleKind(tokens[k]!);
    if (kind === "role") roleSeen = true;
    else if (kind === "connector" && (tokens[k]!.lower === "and" || tokens[k]!.lower === "&") && !roleSeen) {
      first = k + 1;
    }
  }
  return first;
}

const FIELD_BEFORE = new Set(["of", "the", "for", "and", "&"]);
const FIELD_AFTER = new Set(["of", "for", "and", "&"]);

/**
 * "Minister of Oceans and Fisheries of Korea", "Chairman of the Mazhilis of the Parliament": a
 * capitalised word between the connectors of a title names its field or body, whatever it is alone.
 */
function fieldInTitle(tokens: Token[], i: number, candidate: NameCandidate): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && after.start < candidate.start && FIELD_BEFORE.has(before.core) && FIELD_AFTER.has(after.core) && tokens[i]!.spaced && after.spaced;
}

/** Has the name that ends at token `last` a title before it, parted from it by a comma? */
function titledAfterComma(text: string, tokens: Token[], last: number, candidate: NameCandidate, personTokens: ReadonlySet<number>): boolean {
  let first = last;
  while (first > 0 && tokens[first]!.spaced && /^(?:name|particle)$/u.test(kindOf(tokens[first - 1]!))) first--;
  if (!COMMA_GAP.test(tokens[first]!.gapBefore)) return false;
  const name = { ...candidate, first, last, start: tokens[first]!.start, end: tokens[last]!.end };
  return titleBefore(text, tokens, name, personTokens) !== null;
}

/** Do the words before token `first` (and its article) read "according to"? */
function accordingTo(tokens: Token[], first: number): boolean {
  // past the connectors the title's run took in ("to the")
  while (tokens[first] && CONNECTORS.has(tokens[first]!.lower)) first++;
  let i = first - 1;
  if (tokens[i] && /^(?:the|a|an)$/u.test(tokens[i]!.lower)) i--;
  return i >= 1 && tokens[i]!.lower === "to" && tokens[i - 1]!.lower === "according";
}

/** The title in apposition after the name (`, Minister of Foreign Affairs of Russia`), or null. */
export function titleAfter(text: string, tokens: Token[], candidate: NameCandidate, names: ReadonlySet<number> = NO_NAMES): [number, number] | null {
  let i = candidate.last + 1;
  const next = tokens[i];
  if (!next || tokens[candidate.last]!.endsSentence) return null;
  // "Mr. Nisar Ahmad Ghoryani Acting Minister of Industry, Mr. …": a title right after a name
  // that a form of address opens, with no comma, as lists of signatories write it
  const bare = candidate.honorificLed && next.spaced && (titleKind(next) === "role" || titleKind(next) === "modifier");
  if (!bare && !/^,[ \u00a0]{1,2}$/u.test(next.gapBefore)) return null;
  while (tokens[i] && /^(?:the|a|an|former|then)$/iu.test(tokens[i]!.core)) i++;
  const head = tokens[i];
  if (!head) return null;
  const headKind = titleKind(head);
  // "Christa Schweng, EESC President": an acronym or organisation name may open the title
  const roleSoon = tokens.slice(i, i + 4).some((t) => titleKind(t) === "role");
  if (!TITLE_SIDE.has(headKind) && !(headKind === "name" && roleSoon)) return null;
  let last = -1;
  let hasRole = false;
  for (let n = 0; tokens[i] && n < MAX_TITLE_TOKENS; i++, n++) {
    const t = tokens[i]!;
    const kind = titleKind(t);
    // "Farah Ismail, Minister of Investment, Trade and Industry;": a comma inside a series of fields
    const inSeries = n > 0 && hasRole && COMMA_GAP.test(t.gapBefore) && (kind === "org" || kind === "modifier" || kind === "country") && seriesAhead(tokens, i, Math.min(tokens.length - 1, i + 4));
    if (names.has(i) || (n > 0 && !hyphenOrSpaces(t.gapBefore) && !inSeries)) break;
    const compass = kind === "not-name" && (compassInTitle(tokens, i) || abroadInTitle(tokens, i));
    if (kind === "other" || kind === "honorific" || (kind === "not-name" && !/^the$/iu.test(t.core) && !compass)) break;
    if (kind === "role") hasRole = true;
    last = i;
    // "Péter Horváth, Hungary's Minister of Agriculture,": a possessive opens a title; later it ends one
    if (t.endsSentence || (t.possessive && n > 0)) break;
  }
  if (!hasRole || last < 0) return null;
  if (tokens.slice(candidate.last + 1, last + 1).some((t) => t.lower === "of" || t.lower === "for")) last = commonNounTail(tokens, last) ?? last;
  return trimTitle(tokens, candidate.last + 1, last, candidate);
}

// How many lower-case words an apposition may end with (`head of the city council`).
const TAIL_WORDS = 5;

/**
 * `Anna Kovacs, head of the city council, said`: after `of` or `for` an apposition may name its office in
 * lower case. It runs to the comma or full stop that closes the apposition, over plain nouns
 * and adjectives only: a function word, a verb form or a line break means it was a clause.
 */
function commonNounTail(tokens: Token[], last: number): number | null {
  if (tokens[last]!.endsSentence || /^[,;]/u.test(tokens[last]!.charAfter)) return null;
  for (let i = last + 1; i <= last + TAIL_WORDS && tokens[i]; i++) {
    const t = tokens[i]!;
    if (!t.spaced || !/^\p{Ll}/u.test(t.core)) return null;
    if (!CONNECTORS.has(t.lower) && ((wordClass(t.lower) === "function" || wordClass(t.lower) === "adverb") || /(?:ed|ing)$/u.test(t.lower))) return null;
    if (t.endsSentence || /^[,;]/u.test(t.charAfter)) return CONNECTORS.has(t.lower) ? null : i;
  }
  return null;
}

// How far back from a plain word the role and its "of" may stand.
const ROLE_PHRASE_REACH = 10;

/**
 * Is the lower-case word at `i` a plain word of an office named after a role and its `of` or
 * `for` (`deputy head of the presidential administration`)? Not a function word or verb form.
 */
function insideRolePhrase(tokens: Token[], i: number): boolean {
  const word = tokens[i]!;
  if (!/^\p{Ll}/u.test(word.core) || wordClass(word.lower) === "function" || wordClass(word.lower) === "adverb" || /(?:ed|ing)$/u.test(word.lower)) return false;
  let connector = false;
  // ("Governor of Savannakhet province", "Khokim of Tashkent region": a kind of place after its name)
  const placeKind = PLACE_KIND.test(word.lower);
  for (let k = i - 1; k >= 0 && k >= i - ROLE_PHRASE_REACH; k--) {
    const t = tokens[k]!;
    if (t.endsSentence || !hyphenOrSpaces(tokens[k + 1]!.gapBefore)) return false;
    const kind = titleKind(t);
    if (kind === "role") return connector;
    if (t.lower === "of" || t.lower === "for") connector = true;
    else if (kind !== "connector" && kind !== "modifier" && kind !== "org" && kind !== "country" && kind !== "other" && !(placeKind && (kind === "name" || kind === "place"))) return false;
  }
  return false;
}

const PLACE_KIND = /^(?:province|region|district|state|city|county|oblast|prefecture|municipality|governorate|territory|island|canton)$/u;

/** "Director of the Department of Asian Affairs at the ministry, …": the institution a title ends with. */
function institutionInTitle(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // (a nationality may qualify it: "Executive Director of the Chilean agency")
  const qualified = tokens[i - 1] !== undefined && kindOf(tokens[i - 1]!) === "country" ? 1 : 0;
  return /^\p{Ll}/u.test(t.core) && NON_PERSON_WORDS.has(t.lower) && tokens[i - 1 - qualified]?.lower === "the" && /^(?:at|of|in)$/u.test(tokens[i - 2 - qualified]?.lower ?? "") && insideRolePhrase(tokens, i);
}



/** "Minister of … and the National Community Abroad": where a field's people live, after them. */
function abroadInTitle(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return /^(?:Abroad|Overseas)$/u.test(tokens[i]!.core) && before !== undefined && tokens[i]!.spaced && /^\p{Lu}/u.test(before.core) && TITLE_SIDE.has(titleKind(before));
}

/** A point of the compass or a field's adjective before a title's word of place or field ("East African", "Bilateral Relations"). */
function compassInTitle(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return FIELD_QUALIFIER.test(tokens[i]!.core) && next !== undefined && next.spaced && TITLE_SIDE.has(titleKind(next));
}
// (and "Ambassador", which a former envoy keeps as a form of address: "The Minister of Foreign
// Affairs, Ambassador Ada Obi")
const CANDIDACY = /\b(?:candidate|nominee|contender)\b/iu;
const ACADEMIC_RANK = /^(?:Professor|Prof\.?|Doctor|Dr\.?|Engineer|Eng\.?|Ambassador|Amb\.)$/u;

/** A one-word rank that also serves to address its holder: an academic or diplomatic rank, or a royal or religious form. */
export const isRankAsAddress = (title: string): boolean => ACADEMIC_RANK.test(title) || /^(?:Prince|Princess|Sheikh|Sheikha|General)$/u.test(title);
const BRACKET_CLOSE = /^\)[ \u00a0]$/u;
const BRACKET_OPEN = /^[ \u00a0]\($/u;
const QUALIFIER_TOKENS = 6;

/**
 * The words in brackets right before the token at `at` ("(Europe)", "(Trade and Investment)"):
 * the index of the first one and where the closing bracket ends, or null.
 */
function bracketedQualifier(tokens: Token[], at: number): { open: number; end: number } | null {
  if (at < 2 || !BRACKET_CLOSE.test(tokens[at]!.gapBefore)) return null;
  for (let k = at - 1; k >= 1 && at - k <= QUALIFIER_TOKENS; k--) {
    const gap = tokens[k]!.gapBefore;
    if (BRACKET_OPEN.test(gap)) return tokens[k - 1]!.spaced || /^[ \u00a0]/u.test(tokens[k - 1]!.gapBefore) || k - 1 === 0 ? { open: k, end: tokens[at - 1]!.end + 1 } : null;
    if (!/^[ \u00a0]+$/u.test(gap)) return null;
  }
  return null;
}

/** An "and" among the tokens from `from` to `to`, before any comma: the rest of a series. */
function seriesAhead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (tokens[k]!.lower === "and" || tokens[k]!.lower === "&") return true;
    if (k > from && !hyphenOrSpaces(tokens[k]!.gapBefore)) return false;
  }
  return false;
}

/** Drops connectors and articles at either end of a title. */
function trimTitle(tokens: Token[], first: number, last: number, candidate: NameCandidate): [number, number] | null {
  const loose = (t: Token) => CONNECTORS.has(t.lower) || /^(?:the|a|an|his|her|their|its)$/iu.test(t.core) || kindOf(t) === "honorific";
  while (first <= last && loose(tokens[first]!)) first++;
  while (last >= first && (loose(tokens[last]!) || tokens[last]!.start >= candidate.start && tokens[last]!.end <= candidate.end)) last--;
  if (first > last) return null;
  const end = tokens[last]!.possessive ? tokens[last]!.end + 2 : tokens[last]!.end;
  return [tokens[first]!.start, end];
}
