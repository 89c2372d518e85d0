// People named in the text (SPEC: people): each person once, by the fullest form of the name,
// with the title the text gives at the first full mention, and every mention.
//
// A capitalised name counts as a person when something in the text says so: a title or an
// honorific next to it, a verb that takes a person as subject (`Xi Jinping noted`), a byline or
// credit; other mentions (`Japarov`, `Xi`) join a person already known.
import type { Person } from "../types.js";
import type { RuleContext } from "./context.js";
import type { ParsedText } from "../text/parsed.js";
import { complementOfRole, findNameCandidates, lastFieldOfTitle, kindOf, koreanName, tokenize, type NameCandidate, type Token } from "./people/names.js";
import { isRankAsAddress, titleAfter, titleBefore } from "./people/titles.js";
import { shareTitles } from "./people/sharedTitles.js";
import { canonical, join, nameKeys, newCluster, type Cluster, type Mention } from "./people/cluster.js";
import { COUNTRIES, PERSON_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, VESSELS } from "./people/lexicon.js";
import { isPlacePhrase, wordClass } from "./people/wordClasses.js";
import { pluralOrPresent, verbForm } from "../text/verbForms.js";
import { packedMap } from "../text/packed.js";

export function findPeople(ctx: RuleContext): Person[] {
  // in hard-wrapped text a name or a title may run over a line end: read such line ends as spaces
  const text = unwrapped(ctx.parsed);
  const tokens = tokenize(text);
  markCountriesOfTwoWords(tokens);
  // the names of two words or more that a kind of place follows somewhere ("Quang Tri provincial"):
  // places wherever else they stand
  const placeNames = new Set<string>();
  const candidates = findNameCandidates(ctx.parsed, tokens).filter((c) => {
    if (c.partOfOrganisation || isVessel(tokens, c) || (c.parts.length > 1 && isPlacePhrase(c.parts.join(" ").toLowerCase())) || pluralNoun(c) || commonWords(tokens, c) || commonNounOfBody(tokens, c)) return false;
    const kindAfter = kindOfPlaceAfter(tokens, c);
    if (kindAfter && c.parts.length > 1) placeNames.add(c.parts.join(" "));
    if (!namedPlace(tokens, c) && !placeOfRole(tokens, c) && !kindAfter) return true;
    // a place, not a name, for the titles read next to it ("at the Presidential Villa, Abuja, the
    // Moroccan Minister of …, X": the title is X's)
    for (let i = c.first; i <= c.last; i++) tokens[i]!.kind = "place";
    return false;
  }).filter((c) => !placeNames.has(c.parts.join(" ")) || c.honorificLed);
  // the last words of full names: a surname alone is a person when it speaks (`” Temer said`)
  const surnames = new Set(candidates.filter((c) => c.parts.length > 1).map((c) => c.parts[c.parts.length - 1]!));
  // the tokens of every name: one person's title never runs into another's name
  const nameTokens = new Set<number>();
  for (const c of candidates) if (c.parts.length > 1) for (let i = c.first; i <= c.last; i++) nameTokens.add(i);
  // … and of the names a form of address opens ("Mr. Nisar Ahmad Ghoryani"), surely people's: a
  // title before a name does not reach back into one
  const addressedTokens = new Set<number>();
  for (const c of candidates) if (c.parts.length > 1 && c.first > 0 && /honorific/u.test(kindOf(tokens[c.first - 1]!))) for (let i = c.first; i <= c.last; i++) addressedTokens.add(i);
  const labels = transcriptLabels(ctx.parsed, text, candidates);
  const mentions: Mention[] = [];
  const evidenced: boolean[] = [];
  for (const candidate of candidates) {
    const before = titleBefore(text, tokens, candidate, addressedTokens);
    // "H.E. Ambassador X, Commissioner for Trade,", "Prince X, Minister of Foreign Affairs,": a rank
    // used as a form of address gives way to the office in apposition after the name
    const after = before === null || isRankAsAddress(text.slice(before[0], before[1])) ? titleAfter(text, tokens, candidate, nameTokens) : null;
    const title = after ?? before ?? titleBelow(ctx.parsed, candidate);
    const mention: Mention = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      // "Sheikh Mohammed" joins "Mohammed bin Zayed Al Nahyan"; "Sheikh Hasina" stays as written
      keys: nameKeys(candidate.parts.filter((part, i) => !(i === 0 && candidate.softHonorific && /^shaikh|^sheikh/iu.test(part)))),
      title,
    };
    const acronym = candidate.parts.length === 1 && !/\p{Ll}/u.test(candidate.parts[0]!);
    const full = candidate.parts.length > 1;
    const evidence =
      !acronym &&
      (candidate.honorificLed ||
        title !== null ||
        (full && (actsAsPerson(tokens, candidate) || credited(ctx.parsed, candidate) || labels.has(candidate.parts.join(" ")) || candidate.countryLed || countryAfter(text, candidate) || metWith(tokens, candidate) || shapedLikeName(tokens, candidate))) ||
        (!full && (surnames.has(candidate.parts[0]!) || knownSurname(candidate.parts[0]!)) && (speaks(tokens, candidate) || actsAsPerson(tokens, candidate) || metWith(tokens, candidate))));
    mentions.push(mention);
    evidenced.push(evidence);
  }
  // a title shared from a plural role is evidence too
  shareTitles(text, mentions);
  mentions.forEach((m, i) => (evidenced[i] ||= m.titleText !== undefined));
  listedWithPeople(text, candidates, evidenced);
  const named = mentions.filter((_, i) => evidenced[i]);
  const others = mentions.filter((_, i) => !evidenced[i]);

  const clusters: Cluster[] = [];
  for (const mention of named) if (!join(clusters, mention)) clusters.push(newCluster(mention));
  for (const mention of others) join(clusters, mention);

  return packedMap(clusters, (cluster) => {
    cluster.mentions.sort((a, b) => a.start - b.start);
    return toPerson(text, cluster);
  }).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function toPerson(text: string, cluster: Cluster): Person {
  const name = canonical(cluster);
  // the title at the first full mention; failing that, the first title the text gives
  const full = cluster.mentions.find((m) => m.keys.length === name.keys.length);
  const titled = full?.title ? full : cluster.mentions.find((m) => m.title);
  return {
    name: name.text,
    title: titled?.title ? (titled.titleText ?? text.slice(titled.title[0], titled.title[1])) : null,
    mentions: packedMap(cluster.mentions, (m) => ({ start: m.start, end: m.end })),
  };
}

// Surname endings of the former Soviet and Caucasian states, Turkey and Iran, whose names the
// lexicon of given names mostly lacks: Rahimov, Yusupova, Aliyev, Shevchenko, Gelashvili.
const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|enko|shvili|dze|zade|zoda)$/u;

/**
 * A name in its own right: a given name compromise's lexicon knows (`Ahmed Hassan`, `Lina
 * Haddad`) or a surname with a telling ending (`Davron Karimov`), two or three words long.
 */
function shapedLikeName(tokens: Token[], candidate: NameCandidate): boolean {
  const { parts } = candidate;
  // "the Order of Alexander Nevsky", "the University of Maria Curie": named after a person
  const before = tokens[candidate.first - 1];
  if (before?.lower === "of" && candidate.first > 1 && kindOf(tokens[candidate.first - 2]!) === "org") return false;
  if (koreanName(parts)) return true;
  // "Fahad bin Ali Al Kaabi", "Siti binti Osman": a patronymic particle between names is a person's
  for (let i = candidate.first + 1; i < candidate.last; i++) if (PATRONYMIC.has(tokens[i]!.core)) return true;
  if (parts.length > 3 || parts.some((p) => !/^\p{Lu}\p{Ll}/u.test(p))) return false;
  if (wordClass(parts[0]!.toLowerCase()) === "givenName" && parts.slice(1).every((p) => wordClass(p.toLowerCase()) !== "place")) return true;
  return SURNAME_ENDING.test(parts[parts.length - 1]!);
}

const PATRONYMIC = new Set(["bin", "ibn", "bint", "binti"]);

// A title on a line of its own: it opens with a role ("Director of …", "Deputy Head of …") and
// ends there, with no sentence in it.
const TITLE_LINE = /^[ \t]*((?:\p{Lu}[\p{L}-]*[ \t]+){0,2}?\p{Lu}[\p{L}-]*\b[^\n.!?]{0,150}?)[ \t]*$/u;

/**
 * A signature: the name alone on its line and the title on the line below ("Felix Mensah" /
 * "Director of Communications, The Presidency").
 */
function titleBelow(parsed: ParsedText, candidate: NameCandidate): [number, number] | null {
  const { text } = parsed;
  const line = parsed.lineAt(candidate.start);
  if (text.slice(line.start, candidate.start).trim() || text.slice(candidate.end, line.end).trim()) return null;
  const next = /^\r?\n/u.exec(text.slice(line.end, line.end + 2));
  if (!next) return null;
  const below = parsed.lineAt(line.end + next[0].length);
  const m = TITLE_LINE.exec(below.text);
  if (!m) return null;
  const words = m[1]!.split(/[ \t]+/u, 3);
  if (!words.some((w) => ROLE_NOUNS.has(w.toLowerCase())) || !words.slice(0, words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase()))).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
  // "Related" over "President X receives Ghanaian envoy": a headline below, with its verb
  if (m[1]!.split(/\P{L}+/u).some((w) => /^\p{Ll}/u.test(w) && (verbForm(w) === "present" || verbForm(w) === "past"))) return null;
  const start = below.start + below.text.indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/** `Aliyev`, `Kovacs`: a surname alone, known to compromise's lexicon or by its ending. */
function knownSurname(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && (wordClass(word.toLowerCase()) === "surname" || SURNAME_ENDING.test(word));
}

// What stands between two names of one list: a comma, `and`, or both.
const LIST_GAP = /^(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$/u;

/**
 * `attended by A, B and C`: names listed with a person are people too. Marks `evidenced` in place,
 * in both directions along each list.
 */
function listedWithPeople(text: string, candidates: NameCandidate[], evidenced: boolean[]): void {
  const listed = (i: number) => LIST_GAP.test(text.slice(candidates[i]!.end, candidates[i + 1]!.start));
  const full = (i: number) => candidates[i]!.parts.length > 1;
  for (let i = 0; i + 1 < candidates.length; i++) if (evidenced[i] && listed(i) && full(i + 1)) evidenced[i + 1] = true;
  for (let i = candidates.length - 2; i >= 0; i--) if (evidenced[i + 1] && listed(i) && full(i)) evidenced[i] = true;
}

/** The text with the line ends inside hard-wrapped paragraphs made spaces (offsets unchanged). */
function unwrapped(parsed: ParsedText): string {
  const wrapped = parsed.paragraphs.filter((p) => p.lines.length > 1);
  if (!wrapped.length) return parsed.text;
  let out = "";
  let at = 0;
  for (const paragraph of wrapped) {
    for (const line of paragraph.lines.slice(0, -1)) {
      out += parsed.text.slice(at, line.end);
      // the line break itself, \n or \r\n, as that many spaces
      let end = line.end;
      while (end < paragraph.end && (parsed.text[end] === "\n" || parsed.text[end] === "\r")) end++;
      out += " ".repeat(end - line.end);
      at = end;
    }
  }
  return out + parsed.text.slice(at);
}

/** `Spokesperson's Remarks`: a word alone that is a plural noun (and a verb's present) names nobody. */
function pluralNoun(candidate: NameCandidate): boolean {
  return candidate.parts.length === 1 && pluralOrPresent(candidate.parts[0]!.toLowerCase());
}

/** `Xi Jinping noted …`, `Shavkat Mirziyoyev held talks …`, `Sadyr Japarov, who …` */
function actsAsPerson(tokens: Token[], candidate: NameCandidate): boolean {
  const next = tokens[candidate.last + 1];
  if (!next || tokens[candidate.last]!.endsSentence) return false;
  // (not "signed": companies and regions sign too, "Manitoba Hydro signed")
  if (/^[ \u00a0]{1,2}$/u.test(next.gapBefore) && ((PERSON_VERBS.has(next.lower) && !SIGNING_VERBS.has(next.lower)) || next.lower === "who")) return true;
  return /^,[ \u00a0]$/u.test(next.gapBefore) && next.lower === "who";
}

const SIGNING_VERBS = new Set(["signed", "signs"]);

// Countries named in two words whose second word alone reads as a name or a word ("Viet Nam",
// "Sierra Leone", "Costa Rica", "Burkina Faso"): the second word by the first.
const TWO_WORD_COUNTRIES = new Map([
  ["nam", ["viet"]], ["leone", ["sierra"]], ["rica", ["costa"]], ["faso", ["burkina"]], ["verde", ["cabo", "cape"]],
  ["rico", ["puerto"]], ["marino", ["san"]], ["salvador", ["el"]], ["leste", ["timor"]], ["tome", ["sao", "são"]], ["lanka", ["sri"]],
  ["d'ivoire", ["côte", "cote"]], ["d’ivoire", ["côte", "cote"]],
  // and their nationalities
  ["leonean", ["sierra"]], ["rican", ["costa", "puerto"]], ["verdean", ["cabo", "cape"]], ["lankan", ["sri"]], ["salvadoran", ["el"]],
]);

/** Marks both words of a two-word country as a country, whatever each is alone. */
function markCountriesOfTwoWords(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.spaced) continue;
    const firsts = TWO_WORD_COUNTRIES.get(token.lower);
    // (the second word may open in lower case: "Côte d’Ivoire")
    if (!token.capitalised && !firsts) continue;
    if (firsts && firsts.includes(tokens[i - 1]!.lower)) tokens[i - 1]!.kind = token.kind = "country";
    // "Bosnia and Herzegovina", "Trinidad and Tobago": the lexicon's places of three words
    else if (i >= 2 && tokens[i - 1]!.lower === "and" && tokens[i - 2]!.capitalised && isPlacePhrase(`${tokens[i - 2]!.lower} and ${token.lower}`)) {
      tokens[i - 2]!.kind = tokens[i - 1]!.kind = token.kind = "country";
    }
  }
}

/**
 * "Agricultural Research", "Food Security": words the lexicon knows as common nouns and adjectives
 * (and none as a name), with no particle or form of address to make them a person's.
 */
function commonWords(tokens: Token[], candidate: NameCandidate): boolean {
  if (candidate.parts.length < 2 || candidate.honorificLed || candidate.last - candidate.first + 1 !== candidate.parts.length) return false;
  return candidate.parts.every((part) => wordClass(part.toLowerCase()) === "common" || FIELD_ENDING_WORD.test(part.toLowerCase()));
}
// The endings of abstract nouns and adjectives of fields the lexicon leaves out ("Sovereignty", "Agricultural").
const FIELD_ENDING_WORD = /(?:tion|sion|ment|ness|ity|ty|ism|ship|ural|ional|ical|ology|ance|ence)$/u;

/** "the provincial People's Committee", "the Farmers Union": a common noun alone before an organisation's word is part of its name. */
function commonNounOfBody(tokens: Token[], candidate: NameCandidate): boolean {
  const next = tokens[candidate.last + 1];
  return candidate.parts.length === 1 && !candidate.honorificLed && wordClass(candidate.parts[0]!.toLowerCase()) === "common" && next !== undefined && kindOf(next) === "org" && !tokens[candidate.last]!.endsSentence;
}

/** `the aircraft carrier Admiral Kuznetsov`, `INS Vikrant`: a ship, named like a person. */
function isVessel(tokens: Token[], candidate: NameCandidate): boolean {
  return tokens.slice(Math.max(0, candidate.first - 2), candidate.first).some((t) => VESSELS.has(t.lower));
}

/** "the Mayor of Ouro Preto, Paulo Reis": the place or field a role is of, named like a person. */
function placeOfRole(tokens: Token[], candidate: NameCandidate): boolean {
  if (candidate.honorificLed) return false;
  const of = tokens[candidate.first - 1];
  if (of !== undefined && /^(?:of|in)$/u.test(of.core) && complementOfRole(tokens, candidate.first)) return true;
  // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"
  return candidate.parts.length === 1 && lastFieldOfTitle(tokens, candidate.first);
}

// Common nouns of places that take the place's name after "of": "the port of Tanga", "the city of Gyumri".
const PLACE_NOUNS = new Set(["port", "city", "town", "village", "region", "province", "district", "island", "islands", "capital", "municipality", "county", "oblast", "governorate", "prefecture", "harbour", "harbor"]);

// Common nouns of what a name before them is the name of, and adjectives of places: "Quang Tri
// province", "the Vietcombank Da Nang branch", "the Hai Duong provincial People's Committee".
const KIND_AFTER_NAME = new Set([...PLACE_NOUNS, "provincial", "municipal", "regional", "branch", "office", "company", "subsidiary", "plant", "airport", "station", "campus", "division", "headquarters"]);

/** "Quang Tri province", "Vietcombank Hai Phong branch": a name followed by the kind of place or body it names (not a name of a person's own shape). */
function kindOfPlaceAfter(tokens: Token[], candidate: NameCandidate): boolean {
  const next = tokens[candidate.last + 1];
  return next !== undefined && next.core === next.lower && KIND_AFTER_NAME.has(next.lower) && /^[ \u00a0]$/u.test(next.gapBefore) && !tokens[candidate.last]!.endsSentence && !shapedLikeName(tokens, candidate);
}

/**
 * `the port of Lamu`, `the town of Moroto`: a place named after its kind; `a visit to Brasília`,
 * `arrived in Dili`: a single word where a journey goes.
 */
function namedPlace(tokens: Token[], candidate: NameCandidate): boolean {
  const of = tokens[candidate.first - 1];
  const noun = tokens[candidate.first - 2];
  if (of?.lower === "of" && noun !== undefined && PLACE_NOUNS.has(noun.lower) && noun.core === noun.lower) return true;
  if (candidate.parts.length === 1 && of !== undefined && noun !== undefined && /^(?:to|in)$/u.test(of.core) && JOURNEY.test(noun.core)) return true;
  // "in Plateau", "In Santiago, the Minister …", "in the Akorda": one word after "in" is where, not who
  if (candidate.parts.length === 1 && !candidate.honorificLed && (/^in$/iu.test(of?.core ?? "") || (of?.lower === "the" && /^in$/iu.test(noun?.core ?? "")))) return true;
  return candidate.parts.length === 1 && cityOfVenue(tokens, candidate.first);
}

// How many words a venue's name may have ("the Presidential Villa", "Government House").
const VENUE_WORDS = 4;

/** `at the Presidential Villa, Abuja,`, `in State House, Nairobi`: the city a venue is in. */
function cityOfVenue(tokens: Token[], first: number): boolean {
  if (!/^, ?$/u.test(tokens[first]!.gapBefore)) return false;
  let k = first - 1;
  let words = 0;
  while (k >= 0 && words < VENUE_WORDS && tokens[k]!.capitalised && (words === 0 || tokens[k + 1]!.spaced)) {
    k--;
    words++;
  }
  if (words === 0 || k < 0 || !tokens[k + 1]!.spaced) return false;
  if (tokens[k]!.lower === "the" && k > 0 && tokens[k]!.spaced) k--;
  return /^(?:at|in)$/u.test(tokens[k]!.core) && tokens[k + 1]!.spaced;
}
const JOURNEY = /^(?:visit|visits|trip|journey|travel|travelled|traveled|arrived|arrives|arrival|landed|flew|stay)$/u;

// Verbs whose object, in these texts, is a person: `met with Leonid Kuchma`, `received Azali Assoumani`.
const MEETING = /^(?:met|meets|meet|received|receives|welcomed|welcomes|hosted|hosts|phoned|congratulated|thanked)$/u;

/** `met (with) X`, `received X`, `talks with X`: the one met is a person. */
function metWith(tokens: Token[], candidate: NameCandidate): boolean {
  let i = candidate.first - 1;
  const before = tokens[i];
  if (!before || !/^[ \u00a0]{1,2}$/u.test(tokens[candidate.first]!.gapBefore)) return false;
  if (before.lower === "with") {
    if (!/^[ \u00a0]{1,2}$/u.test(before.gapBefore)) return false;
    i--;
  }
  const verb = tokens[i];
  return !!verb && MEETING.test(verb.lower) && !verb.endsSentence;
}

/** `” Temer said`, `Tokayev noted`: a speech verb right after the name. */
function speaks(tokens: Token[], candidate: NameCandidate): boolean {
  const next = tokens[candidate.last + 1];
  return !!next && !tokens[candidate.last]!.endsSentence && /^[ \u00a0]$/u.test(next.gapBefore) && SPEECH_VERBS.has(next.lower);
}

/** `John Mahama (Ghana)`: a person listed with the country they represent. */
function countryAfter(text: string, candidate: NameCandidate): boolean {
  const m = /^ \(([\p{L} ]{3,30})\)/u.exec(text.slice(candidate.end, candidate.end + 34));
  return !!m && m[1]!.split(" ").every((w) => COUNTRIES.has(w.toLowerCase()) || /^(?:the|of|and)$/iu.test(w));
}

/**
 * The names that head two paragraphs or more with a colon, as the speakers of a transcript do
 * (`Gao Lin: …` all through a press conference).
 */
function transcriptLabels(parsed: ParsedText, text: string, candidates: NameCandidate[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (text[c.end] !== ":" || c.parts.length < 2 || parsed.lineAt(c.start).start !== c.start) continue;
    const name = c.parts.join(" ");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
}

// A byline or credit before the name on its line: "By Demir Azizov", "Editor: …", "Photo PAP/…".
// (also in brackets and with a word before the role: "(Web editor: Chen Yu, Li Na)")
// A photo credit names the agency, then the photographer: "Photo: Ministry of Foreign Affairs / A. B."
const CREDIT = /(?:^|\|)[ \t]*\(?(?:\p{L}+[ \t]+)?(?:by|author|editor|photo|reporter|correspondent|written by)\b[^\n|]{0,24}$|(?:^|\s)photo\s*:[^\n|]{0,60}\/[ \t]*$/iu;

function credited(parsed: ParsedText, candidate: NameCandidate): boolean {
  const lineStart = parsed.lineAt(candidate.start).start;
  if (candidate.start - lineStart > 60) return false;
  return CREDIT.test(parsed.text.slice(lineStart, candidate.start));
}
