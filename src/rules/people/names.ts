// Candidate person names: runs of capitalised words on one line, split by the words that cannot
// be part of a name (roles, honorifics, countries, organisation words, sentence words).
// `President of Kyrgyzstan Sadyr Japarov` → candidate `Sadyr Japarov`, led by a role.
import {
  COUNTRIES,
  FIELD_QUALIFIER,
  HONORIFICS,
  NAME_PARTICLES,
  NATIONALITIES,
  NON_PERSON_WORDS,
  NOT_NAMES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOFT_HONORIFICS,
} from "./lexicon.js";
import type { ParsedText } from "../../text/parsed.js";
import { wordClass } from "./wordClasses.js";
import { misspeltRole } from "./misspelt.js";
import { letterAt } from "../../text/letters.js";
import { verbForm } from "../../text/verbForms.js";
import { detached } from "../../text/detached.js";
import { packedMap } from "../../text/packed.js";

/**
 * A word of the text. Every word of a press release becomes a token, but only capitalised runs and
 * their neighbours are ever read closely: the word itself, its lower-cased form and the gap before
 * are computed on first use, which saves most of the tokenizer's allocations.
 */
export class Token {
  readonly start: number;
  /** The end of the word without a possessive `’s` or a sentence-final full stop. */
  readonly end: number;
  readonly possessive: boolean;
  /** A full stop after the word ended the sentence. */
  readonly endsSentence: boolean;
  /** The word starts with a capital letter. */
  readonly capitalised: boolean;
  /** kindOf(), once computed. */
  kind: TokenKind | undefined = undefined;
  #core: string | undefined = undefined;
  #lower: string | undefined = undefined;
  readonly #text: string;
  readonly #previousEnd: number;

  constructor(text: string, start: number, end: number, previousEnd: number, possessive: boolean, endsSentence: boolean) {
    this.#text = text;
    this.start = start;
    this.end = end;
    this.#previousEnd = previousEnd;
    this.possessive = possessive;
    this.endsSentence = endsSentence;
    this.capitalised = startsUpperCase(text, start);
  }

  /** The word without a possessive `’s` or a sentence-final full stop. */
  get core(): string {
    return (this.#core ??= this.#text.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.#lower ??= this.core.toLowerCase());
  }

  /** The character right after the word (`,` after `Subsequently`), or "" at the end. */
  get charAfter(): string {
    return this.#text.charAt(this.end);
  }

  /** One to three spaces (or no-break spaces) alone part this token from the previous one. */
  get spaced(): boolean {
    const length = this.start - this.#previousEnd;
    if (length < 1 || length > 3) return false;
    for (let i = this.#previousEnd; i < this.start; i++) {
      const code = this.#text.charCodeAt(i);
      if (code !== 32 && code !== 0xa0) return false;
    }
    return true;
  }

  /** What separates this token from the previous one (a line break for anything long). */
  get gapBefore(): string {
    // a long gap never joins two words of a name or a title: it need not be kept
    return this.start - this.#previousEnd <= 4 ? this.#text.slice(this.#previousEnd, this.start) : "\n";
  }
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Whether the word at `start` starts with a capital letter; plain ASCII is answered without a regex. */
function startsUpperCase(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(text.slice(start, start + 2));
}

// English derivational endings that names do not have (-ence and -ance do: Lawrence, Constance).
// "-acy" after four letters: Diplomacy, Democracy, Advocacy; not Tracy or Stacy.
// Plurals too: Investments, Communications, Universities, Technologies.
// "-orate", "-ariat" and "-ary" after four letters: Inspectorate, Secretariat, Veterinary, Judiciary.
const FIELD_ENDING = /(?:(?:tion|sion|ment|ness|ism|ship|ative|orate|ariat)s?|ity|ities|ific|ical|ology|ologies|(?<=\p{L}{4})(?:acy|ary))$/u;

export type TokenKind = "role" | "modifier" | "honorific" | "soft-honorific" | "country" | "place" | "org" | "not-name" | "particle" | "name";

export interface NameCandidate {
  /** Token indices [first, last] of the name. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Name tokens without particles (`bin`, `von`). */
  parts: string[];
  /** An honorific stands right before the name (`Mr. KISHIDA Fumio`, `H.E. Amina J. Mohammed`). */
  honorificLed: boolean;
  /** An organisation or title word follows in the same run (`Maulana Azad National Urdu University`). */
  partOfOrganisation: boolean;
  /** A country stands right before the name in its run. */
  countryLed: boolean;
  /** `Sheikh` stands before or at the start of the name. */
  softHonorific: boolean;
}

// ("Ma. Lourdes Santos": the Filipino abbreviation of María)
const ABBREVIATED = /^(?:(?:\p{L}\.)+|mrs?\.|ms\.|dr\.|prof\.|engr?\.|st\.|ma\.|[js]r\.)$/iu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let at = 0; at < text.length; ) {
    const first = letterAt(text, at);
    if (!first) {
      at++;
      continue;
    }
    const start = at;
    at = wordEnd(text, at + first);
    // the word's end, read off its last characters without slicing it
    let end = at;
    let endsSentence = false;
    if (text.charCodeAt(end - 1) === FULL_STOP && !ABBREVIATED.test(text.slice(start, end))) {
      end--;
      endsSentence = true;
    }
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    const beforeLast = text.charCodeAt(end - 2);
    if (end - start > 3 && last === LOWER_S && isApostrophe(beforeLast)) {
      possessive = true;
      end -= 2;
    } else if (end - start > 3 && isApostrophe(last) && beforeLast === LOWER_S) {
      // a plural possessive: "Foreign Ministers’ Strategic Dialogue"
      possessive = true;
      end--;
    }
    while (end > start && (isApostrophe(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === HYPHEN)) end--;
    tokens.push(new Token(text, start, end, previousEnd, possessive, endsSentence));
    previousEnd = at;
  }
  return tokens;
}

const FULL_STOP = 46;
const HYPHEN = 45;
const LOWER_S = 115;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

// A word: letters with inner apostrophes, hyphens and dotted parts (`Kh.Battulga`, `A.V.Novakov`),
// an initial with its full stop (`M.`), or a possessive (`Putin’s`) — the words of
// /[\p{L}\p{M}](?:[\p{L}\p{M}\d'’-]|\.(?=\p{L}))*\.?/u, scanned by hand: a regex match per word
// of every text cost more than the rest of the tokenizer.

/** Where the word whose first letter ends at `at` ends, with a full stop after it. */
function wordEnd(text: string, at: number): number {
  while (at < text.length) {
    const letter = letterAt(text, at);
    if (letter) {
      at += letter;
      continue;
    }
    const code = text.charCodeAt(at);
    // digits, apostrophes and hyphens inside a word; a full stop before a letter (`A.V.Novakov`)
    if ((code >= 48 && code <= 57) || code === 39 || code === 0x2019 || code === 45 || (code === 46 && letterAt(text, at + 1, false) > 0)) {
      at++;
      continue;
    }
    break;
  }
  return text.charCodeAt(at) === 46 ? at + 1 : at;
}

const isCapitalised = (t: Token) => t.capitalised;
// An Arabic article joined by a hyphen to a capitalised name: "al-Saadi", "el-Sayed", "as-Sabah".
const ARTICLE_JOINED = /^(?:al|el|ad|as|ash|at|ar|an|az|ud|ul|ed)-\p{Lu}/u;
export const isAllCaps = (t: Token) => t.core.length > 1 && !/\p{Ll}/u.test(t.core);
/** Two words of one name stand apart by spaces only, never across a line or a mark. */
const joined = (t: Token) => t.spaced;

export function kindOf(t: Token): TokenKind {
  t.kind ??= cachedClass(t);
  return t.kind;
}

// The kind of a word depends on the word alone (and on a comma after an `-ly` word): the
// same words come back in every text, so each is classified once (up to a bound, for a stream of
// texts full of words seen once).
const classified = new Map<string, TokenKind>();
const CLASSIFIED_MAX = 50_000;

function cachedClass(t: Token): TokenKind {
  const key = t.charAfter === "," ? `${t.core},` : t.core;
  let kind = classified.get(key);
  if (kind === undefined) {
    kind = classify(t);
    if (classified.size >= CLASSIFIED_MAX) classified.clear();
    classified.set(detached(key), kind);
  }
  return kind;
}

function classify(t: Token): TokenKind {
  const w = t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
  // "Minister-Minister", "Vice-Chair", "Under-Secretary": a compound with a role in it is a role
  if (w.includes("-") && w.split("-").some((part) => ROLE_NOUNS.has(part))) return "role";
  if (HONORIFICS.has(t.lower) || HONORIFICS.has(w)) return "honorific";
  if (SOFT_HONORIFICS.has(w)) return "soft-honorific";
  if (ROLE_NOUNS.has(w)) return "role";
  // "al-Saadi", "el-Sayed": an Arabic article joined to a capitalised name is a part of it
  if (!isCapitalised(t)) return NAME_PARTICLES.has(w) ? "particle" : ARTICLE_JOINED.test(t.core) ? "name" : "not-name";
  // (a nationality's plural, as a field of a title: "Minister of … and Tunisians Abroad")
  if (COUNTRIES.has(w) || NATIONALITIES.has(w) || (w.endsWith("s") && NATIONALITIES.has(w.slice(0, -1)))) return "country";
  if (NON_PERSON_WORDS.has(w)) return "org";
  if (ROLE_MODIFIERS.has(w)) return "modifier";
  if (NOT_NAMES.has(w)) return "not-name";
  // the rest compromise's lexicon decides: a known given name or surname is a name; a sentence
  // adverb or connective (`Subsequently,`, `Nevertheless`) or a city or region is not
  // (a common noun or adjective of the lexicon is decided below as an unknown word is)
  const lexical = wordClass(w);
  const known = lexical === "common" ? undefined : lexical;
  // `Jean Le Drian`, `Charles De Gaulle`: a capitalised particle is a part of the name
  if (known === "givenName" || known === "surname" || NAME_PARTICLES.has(w)) return "name";
  if (known === "function" || known === "adverb" || (w.length > 4 && w.endsWith("ly") && t.charAfter === ",")) return "not-name";
  if (known === "place") return "place";
  if (known === undefined && misspeltRole(w)) return "role";
  // `Facilitation`, `Equipment`, `Scientific`: the endings of English abstract nouns and
  // adjectives name an institution's field, never a person
  if (known === undefined && FIELD_ENDING.test(w)) return "org";
  // `Planning`, `Mining`, `Housing`: a gerund names a ministry's field too
  if (known === undefined && verbForm(w) === "gerund") return "org";
  return "name";
}

/** Runs of capitalised words (and particles between them) on one line, as token index ranges. */
function capitalisedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joined(tokens[j + 1]!) && !tokens[j]!.possessive && !tokens[j]!.endsSentence) {
      const next = tokens[j + 1]!;
      if (isCapitalised(next) || ARTICLE_JOINED.test(next.core)) {
        j++;
        continue;
      }
      // one or two particles between the parts of a name: "bin Salman", "von der Leyen"
      let k = j + 1;
      while (k <= j + 2 && k < tokens.length && NAME_PARTICLES.has(tokens[k]!.lower) && joined(tokens[k]!)) k++;
      if (k > j + 1 && k < tokens.length && isCapitalised(tokens[k]!) && joined(tokens[k]!)) j = k;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/**
 * A line in capitals or in Title Case (a headline, a label) says nothing about where names end:
 * "President Ruto Flies to the US" — its names are found in the body instead.
 */
function inHeadlineCase(parsed: ParsedText, t: Token, seen: Map<number, boolean>): boolean {
  const { start: from, end: to } = parsed.lineAt(t.start);
  let known = seen.get(from);
  if (known === undefined) {
    known = lineInHeadlineCase(parsed.text.slice(from, to).trim());
    seen.set(from, known);
  }
  return known;
}

function lineInHeadlineCase(line: string): boolean {
  // a byline or a credit names its author as any sentence does: "by Mr. A. Aliyev, Minister for …"
  if (line.length > 300 || BYLINE.test(line)) return false;
  // a line of signatories ("Exchanged by: Shri A, Secretary (ER), and H.E. Mrs. B, Minister …")
  // names its people with forms of address, whatever its capitals
  if (SIGNATORIES.test(line)) return false;
  // "Editor: Zhao Lin", "Contact: Press Secretary A. B., tel. …": a credit names its person
  if (CREDIT_LABEL.test(line)) return false;
  // "WAM/Tariq Al Fahim/Hatem Mohamed": an agency's credit of its reporters, names cut by slashes
  if (SLASH_CREDIT.test(line)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code > 127) {
      const c = line[i]!;
      if (c !== c.toLowerCase()) upper++;
      else if (c !== c.toUpperCase()) lower++;
    }
  }
  if (upper > 3 * lower) return true;
  // a sentence full of proper nouns is still a sentence: a headline is short and has no full stop
  if (line.length > 160 || /[.:]$/u.test(line)) return false;
  // (so is a line of two sentences, a caption and its credit: "A and B during the talks. Photo: …")
  if (/(?:\p{Ll}{2}|[)\]”"’])[.!?]\s+\p{Lu}/u.test(line)) return false;
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 4 || long.filter((w) => /^\p{Lu}/u.test(w)).length < 0.8 * long.length) return false;
  // a verb in lower case ("… of Poland held talks at the Presidential") is a sentence's: a
  // headline in title case capitalises its verbs
  return !long.some((w) => /^\p{Ll}/u.test(w) && FINITE_FORMS.has(verbForm(w) ?? ""));
}
const FINITE_FORMS = new Set(["past", "present"]);
const SLASH_CREDIT = /^\p{Lu}{2,10}\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*)+(?:\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*)+)*\s*$/u;
const CREDIT_LABEL = /\b(?:[Ee]ditor|(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?|[Ii]nquiries|[Ee]nquiries|[Aa]uthor|[Rr]eporter|[Cc]orrespondent)\s*:\s*\p{Lu}/u;
const SIGNATORIES = /^\p{L}+(?:\s\p{L}+)?\s+by\s*:|\b(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Shri|Smt\.)\s+\p{Lu}/u;

/**
 * The kind at `i`, or undefined past either end: V8 reads an array past its ends (a negative
 * index above all) on a slow path, which made this the costliest loop of the people rule.
 */
const kindAt = (kinds: TokenKind[], i: number): TokenKind | undefined => (i >= 0 && i < kinds.length ? kinds[i] : undefined);

// A byline or a credit line: "By Ana Ruiz", "Photo: Ministry of Culture / Ana Ruiz", "Editor: …".
const BYLINE = /^(?:by\s|(?:photos?|credit|author|editor|reporter|text)\s*(?:by\b|:))/iu;

// How far after a name an organisation word still makes it part of the organisation's name.
const ORGANISATION_REACH = 4;

/**
 * "Maulana Azad National Urdu University", "Minister of Religious Affairs": an organisation or
 * title word close after the name, before any other name begins, makes it part of that name.
 */
function organisationFollows(kinds: TokenKind[], from: number): boolean {
  for (let i = from; i < Math.min(kinds.length, from + ORGANISATION_REACH); i++) {
    const kind = kinds[i];
    if (kind === "org" || kind === "role" || kind === "modifier") return true;
    if (kind === "honorific" || kind === "soft-honorific") return false;
  }
  return false;
}

/**
 * "the Vietnam Fruit and Vegetable Association": words before an "and" that goes on into an
 * organisation's name are a part of it, when none of them is a given name ("Peter Wafula and
 * Ministry officials" is a person and others).
 */
function organisationAfterAnd(tokens: Token[], at: number, name: Token[]): boolean {
  const and = tokens[at];
  if (!and || and.lower !== "and" || !joined(and) || name.some((t) => wordClass(t.lower) === "givenName")) return false;
  // the run after it ends on the organisation's word, with no role in it ("… and University Grants
  // Commission Chairman X" is another person's title)
  let last: TokenKind | null = null;
  for (let i = at + 1; i < tokens.length && i <= at + ORGANISATION_REACH; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) || !joined(t)) break;
    last = kindOf(t);
    if (last === "role" || last === "modifier" || last === "honorific") return false;
    if (t.endsSentence || t.possessive) break;
  }
  return last === "org";
}

// The common Korean surnames (a closed class), and the shape of a Korean given name as romanised.
const KOREAN_SURNAMES = new Set(["kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "moon", "yang", "son", "bae", "baek", "nam", "noh", "ha", "ko", "chung", "woo", "ryu", "byun"]);
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/** "Park Ji-hoon": a Korean surname and a hyphenated given name. */
const koreanPair = (surname: string, given: string): boolean => KOREAN_SURNAMES.has(surname.toLowerCase()) && KOREAN_GIVEN.test(given);

/** A name of those two words alone, a person's by its shape. */
export const koreanName = (parts: string[]): boolean => parts.length === 2 && koreanPair(parts[0]!, parts[1]!);

// What a title may end with before a name: "President To Lam", "Ambassador of Korea to Ecuador Oh Ji-won".
const TITLE_END_KINDS = new Set<TokenKind>(["role", "honorific", "country", "org"]);

// How far back from a preposition the role it completes may stand ("Minister of Agriculture and Livestock").
const ROLE_REACH = 10;

/**
 * Does the token at `at` follow "of", "in" or "and" inside a title that a role opens? Also as the
 * last word of a place of two or three ("Mayor of Ouro Preto", "Governor of Rio Grande do Sul").
 */
export function complementOfRole(tokens: Token[], at: number, body = false): boolean {
  for (let n = 0; n < 4 && at > 0 && tokens[at]!.spaced && /^(?:name|place|particle)$/u.test(kindOf(tokens[at - 1]!)); n++) at--;
  // "Special Representative of the UN": past the article, before a body's initials (or any body's name)
  if (tokens[at - 1]?.core === "the" && (body || isAllCaps(tokens[at]!)) && tokens[at]!.spaced && at > 1) at--;
  const preposition = tokens[at - 1];
  if (!preposition || !/^(?:of|in|and|for)$/u.test(preposition.core) || !preposition.spaced || !tokens[at]!.spaced) return false;
  for (let k = at - 2; k >= 0 && at - k <= ROLE_REACH; k--) {
    const t = tokens[k]!;
    if (!tokens[k + 1]!.spaced) return false;
    const kind = kindOf(t);
    if (kind === "role") return true;
    // "Chairman of the Sejmik of the Region …": a word between the title's connectors is its body
    const between = kind === "name" && k > 0 && /^(?:of|the|for|and)$/u.test(tokens[k - 1]!.core) && /^(?:of|for|and)$/u.test(tokens[k + 1]!.core);
    if (kind !== "org" && kind !== "country" && kind !== "place" && kind !== "modifier" && !between && !/^(?:of|and|the|for|in)$/u.test(t.core)) return false;
  }
  return false;
}

// The words of a body's name before its last one: "State Great", "National People's".
const BODY_KINDS = new Set<TokenKind>(["org", "not-name", "modifier", "place", "country"]);

// How far back over a series of fields the role of a title may stand.
const FIELD_SERIES_REACH = 20;

/**
 * Is the word at `at` the last field of a title, after a nationality and its "and": "Minister of
 * Foreign Affairs, African Cooperation and Moroccan Expatriates"? (Back over the fields and their
 * commas to the role that opens the title.)
 */
export function lastFieldOfTitle(tokens: Token[], at: number): boolean {
  const nationality = at - 1;
  if (nationality < 2 || kindOf(tokens[nationality]!) !== "country" || !tokens[at]!.spaced || tokens[nationality - 1]!.core !== "and") return false;
  for (let k = nationality - 2; k >= 0 && nationality - k <= FIELD_SERIES_REACH; k--) {
    if (!tokens[k + 1]!.spaced && !/^, ?$/u.test(tokens[k + 1]!.gapBefore)) return false;
    const kind = kindOf(tokens[k]!);
    if (kind === "role") return true;
    if (kind !== "org" && kind !== "country" && kind !== "modifier" && kind !== "place" && !FIELD_QUALIFIER.test(tokens[k]!.core) && !/^(?:of|and|the|for)$/u.test(tokens[k]!.core)) return false;
  }
  return false;
}

// Forms of address for a person, never for an office ("His Excellency President …" is one).
const PERSONAL_ADDRESS = /^(?:dr|eng|engr|mr|mrs|ms|prof)\.?$/u;
// Function words of four letters that a capitalised run holds as themselves, never as a name.
const COMMON_FUNCTION = new Set("with from into onto upon over than that this then them they were what when whom will your also".split(" "));
const PATRONYMIC = /^(?:bin|bint|binti|ibn|ould)$/u;

// The letters written after a name for a seat or an honour (a closed set).
const POST_NOMINALS = new Set(["MP", "MPs", "TD", "MLA", "MEP", "MSP", "MS", "MNA", "MPP", "MHA", "MHK", "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE", "GCMG", "KCMG", "CMG", "PC", "JP", "PhD", "FRS"]);

export function findNameCandidates(parsed: ParsedText, tokens: Token[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  const headlineCase = new Map<number, boolean>();
  for (const [from, to] of capitalisedRuns(tokens)) {
    if (inHeadlineCase(parsed, tokens[from]!, headlineCase)) continue;
    // pushed one by one, not mapped: `map` makes an array of another elements kind when the
    // optimizing compiler inlines it, and every reader of `kinds` below deoptimized on it in turn
    const kinds: TokenKind[] = [];
    for (let t = from; t <= to; t++) kinds.push(kindOf(tokens[t]!));
    // "Mayor of Toruń Bartłomiej Kaczmarczyk", "Consul General of Indonesia in Marseille Dewi
    // Kartikasari": the word after a role's "of" or "in" names its place or field, when a name of
    // two words follows and the word is no given name
    if (to - from >= 2 && (kinds[0] === "name" || kinds[0] === "place") && kinds[1] === "name" && kinds[2] === "name" && wordClass(tokens[from]!.lower) !== "givenName" && complementOfRole(tokens, from)) kinds[0] = "org";
    // (also the last word of a body's name before the two of a person's, where the word before it
    // cannot end the name: "Chairman of the State Great Khural Dashdorjiin Ganbold", not "Minister
    // of Transport Le Minh Quang")
    const k = kinds.length - 3;
    if (k > 0 && (kinds[k - 1] === "not-name" || kinds[k - 1] === "modifier") && kinds[k] === "name" && kinds[k + 1] === "name" && kinds[k + 2] === "name" && wordClass(tokens[from + k]!.lower) !== "givenName" && kinds.slice(0, k).every((kind) => BODY_KINDS.has(kind)) && kinds[0] === "org" && complementOfRole(tokens, from, true)) kinds[k] = "org";
    // "Speaker of the Jogorku Kenesh Erkinbek Sydykov", "Chairman of the Majlis Omar Hadi Salem":
    // after a role's "of the" the run opens with the body's name (a person takes no article); it
    // runs on to the first given name, or else leaves the person the last two words (not where
    // "of" goes on after the run: "Chairman of the Halk Maslakhaty Milli Gengesh of X" is all a body)
    if (kinds.length >= 3 && !kinds.some((kind) => kind !== "name" && kind !== "place") && tokens[from - 1]?.core === "the" && tokens[to + 1]?.core !== "of" && complementOfRole(tokens, from, true)) {
      kinds[0] = "org";
      for (let k = 1; k < kinds.length - 2 && wordClass(tokens[from + k]!.lower) !== "givenName"; k++) kinds[k] = "org";
    }
    // "Park Ji-hoon", "Oh Min-seo": a Korean surname before a hyphenated given name is a name,
    // whatever else the word means
    for (let k = 0; k + 1 < kinds.length; k++) {
      if (koreanPair(tokens[from + k]!.core, tokens[from + k + 1]!.core)) kinds[k] = kinds[k + 1] = "name";
    }
    // "Eng. Sultan Mubarak", "Dr. Haifa bint Turki": after a personal form of address, a word that
    // is also a role or a place opens the name that follows it
    for (let k = 1; k + 1 < kinds.length; k++) {
      if ((kinds[k] === "role" || kinds[k] === "place") && kinds[k - 1] === "honorific" && PERSONAL_ADDRESS.test(tokens[from + k - 1]!.lower) && (kinds[k + 1] === "name" || kinds[k + 1] === "particle")) kinds[k] = "name";
      // "Sheikh Sultan bin Hazza", "Hamdan bin Sultan Al Nahyan": after "Sheikh" or a patronymic
      // particle, and before a name's next part, such a word is a given name
      else if ((kinds[k] === "role" || kinds[k] === "place") && (kinds[k - 1] === "soft-honorific" || (kinds[k - 1] === "particle" && PATRONYMIC.test(tokens[from + k - 1]!.lower))) && (kinds[k + 1] === "name" || kinds[k + 1] === "particle")) kinds[k] = "name";
    }
    // "Sidi Ould Bah", "Omar bin Hay": the word after a patronymic particle inside a name is a name,
    // whatever else the lexicon makes of it (an interjection, a function word)
    for (let k = 1; k < kinds.length; k++) {
      if (kinds[k] === "not-name" && (kinds[k - 1] === "name" || kinds[k - 1] === "particle") && k >= 2 && PATRONYMIC.test(tokens[from + k - 1]!.lower) && kinds[k - 2] === "name" && wordClass(tokens[from + k]!.lower) === "function") kinds[k] = "name";
    }
    // "Anne Marchal": a word read as a misspelt role ("Marshal") right after a given name is its surname
    for (let k = 1; k < kinds.length; k++) {
      if (kinds[k] === "role" && kinds[k - 1] === "name" && wordClass(tokens[from + k - 1]!.lower) === "givenName" && misspeltRole(tokens[from + k]!.lower)) kinds[k] = "name";
    }
    // "Aoife Brennan TD", "John Smith MP": letters after a name are an office or an honour, not part of it
    for (let k = 1; k < kinds.length; k++) if (kinds[k - 1] === "name" && POST_NOMINALS.has(tokens[from + k]!.core)) kinds[k] = "not-name";
    // a place name next to another name is a part of it (`Charlotte Brandt`, `Tomas Berlin`)
    for (let k = 0; k < kinds.length; k++) if (kinds[k] === "place" && (kindAt(kinds, k - 1) === "name" || kindAt(kinds, k + 1) === "name")) kinds[k] = "name";
    // "President To Lam", "Chief of Staff You Young-min": a capitalised function word between a
    // role and a name, in the middle of a sentence, is the first part of the name
    for (let k = 1; k + 1 < kinds.length; k++) {
      // (or an interjection of four letters, whose word is a surname too: "Ambassador Dang Minh Khoi")
      const core = tokens[from + k]!.core;
      const short = core.length <= 3 || (core.length === 4 && wordClass(core.toLowerCase()) === "function" && !COMMON_FUNCTION.has(core.toLowerCase()));
      if (short && kinds[k] === "not-name" && TITLE_END_KINDS.has(kinds[k - 1]!) && kinds[k + 1] === "name") kinds[k] = "name";
    }
    let i = 0;
    while (i < kinds.length) {
      if (kinds[i] !== "name" && kinds[i] !== "soft-honorific") {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < kinds.length && (kinds[j + 1] === "name" || kinds[j + 1] === "particle" || (kinds[j + 1] === "country" && kindAt(kinds, j + 2) === "name"))) j++;
      if (kinds[j] === "particle") j--;
      // "Sheikh Mohammed bin Zayed": a form of address before a full name; "Sheikh Hasina" is the name
      let first = i;
      if (kinds[i] === "soft-honorific" && j - i >= 2) first = i + 1;
      if (kinds[i] === "soft-honorific" && j === i) {
        i = j + 1;
        continue;
      }
      let k = first - 1;
      while (k >= 0 && (kinds[k] === "honorific" || kinds[k] === "soft-honorific")) k--;
      const nameTokens = tokens.slice(from + first, from + j + 1);
      // "the Polish Sejm", "the Georgian Lari": one word after a nationality names its thing
      const ofNation = j === first && first > 0 && kinds[first - 1] === "country" && NATIONALITIES.has(tokens[from + first - 1]!.lower);
      if (ofNation || nameTokens.every((t) => NAME_PARTICLES.has(t.lower))) {
        i = j + 1;
        continue;
      }
      candidates.push({
        first: from + first,
        last: from + j,
        start: nameTokens[0]!.start,
        end: nameTokens[nameTokens.length - 1]!.end,
        // `Von der Leyen` at the start of a sentence: a particle is no part to match a name by
        parts: packedMap(
          nameTokens.filter((t) => kindOf(t) !== "particle" && !NAME_PARTICLES.has(t.lower)),
          (t) => t.core,
        ),
        honorificLed: k < first - 1,
        // "Kazakhstan Bakytzhan Sagintayev, Belarus Andrei Kobyakov": leaders listed by country
        countryLed: first > 0 && kinds[first - 1] === "country",
        // "Mr. Mahmoud Karzai Acting Minister of …": after a form of address, a person
        partOfOrganisation: k === first - 1 && (organisationFollows(kinds, j + 1) || (j === kinds.length - 1 && organisationAfterAnd(tokens, from + j + 1, nameTokens))),
        softHonorific: first > 0 && kinds[first - 1] === "soft-honorific" || kinds[first] === "soft-honorific",
      });
      i = j + 1;
    }
  }
  return candidates;
}

