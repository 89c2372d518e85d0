// What the words of a speaker's phrase are: a person's name, a title, a nationality, the head noun
// of an organisation. Shared by speaker resolution and transcript labels.
import { COUNTRIES, NATIONALITIES } from "../people/lexicon.js";
import { misspeltRole } from "../people/misspelt.js";

// Words of titles, honorifics and roles: never part of a person's name.
export const TITLE_WORDS = new Set([
  "president", "vice", "prime", "minister", "ministers", "foreign", "secretary", "secretary-general",
  "general", "deputy", "chairman", "chairperson", "chairwoman", "chair", "premier", "spokesman",
  "spokeswoman", "spokesperson", "ambassador", "diplomat", "governor", "mayor", "akim", "hokim", "khokim", "king", "queen", "emir", "amir",
  "sultan", "prince", "crown", "sheikh", "shaikh", "chancellor", "commissioner", "director", "chief",
  "head", "leader", "envoy", "senator", "speaker", "legislator", "parliamentarian", "lawmaker", "mr", "mrs", "ms", "dr", "prof", "he", "h.e", "h.e.",
  "hh", "his", "her", "excellency", "highness", "majesty", "datuk", "dato", "dato’", "dato'", "seri",
  "tan", "sri", "tun", "respected", "honourable", "honorable", "hon", "mr.", "mrs.", "ms.", "dr.",
  "prof.", "state", "executive", "first", "lady", "sir", "madam", "dame", "lord", "pm", "fm", "the",
  "of", "and", "for", "affairs", "republic", "federation", "kingdom", "people’s", "people's",
  "council", "cabinet", "justice", "defence", "defense", "interior", "finance", "trade", "economy",
  "industry", "energy", "education", "health", "culture", "commerce", "investment", "development",
  "agriculture", "transport", "labour", "tourism", "presidential", "aide", "adviser", "advisor",
  "assistant", "official", "representative", "special", "high", "permanent", "member", "officer",
  "commander", "marshal", "colonel", "admiral", "head-of-state", "spokespeople", "counselor", "counsellor",
]);
// Head nouns of speakers that are not persons: they are named by their own phrase.
export const NON_PERSON_HEADS = new Set([
  "statement", "statements", "message", "website", "site", "service", "office", "ministry", "government",
  "administration", "agency", "embassy", "post", "account", "communique", "communiqué", "release",
  "report", "council", "commission", "committee", "cabinet", "department", "press", "side", "sides",
  "delegation", "declaration", "document", "portal", "channel", "newspaper", "outlet", "parties",
  "leaders", "ministers", "pms", "fms", "officials", "sources", "source", "parliament", "house",
  "presidency", "kremlin", "secretariat", "mission", "bureau", "organization", "organisation",
]);

const lower = (s: string) => s.toLowerCase();
const LOWER_WORD = /\p{Ll}+/gu;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The head noun of a phrase: its last word before `of`, or its last word. */
export function headNoun(words: string[]): string | undefined {
  // "Ministry of …", "Secretariat for Social Communication": the noun before its complement
  const of = words.findIndex((w) => lower(w) === "of" || lower(w) === "for");
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/**
 * The words of a person's name in a phrase: the capitalised words that are neither titles nor
 * modifiers of a title (`Russian President`, `UGC Chairman`), after a country in `President of
 * Kyrgyzstan Sadyr Japarov`.
 */
export function nameWords(words: string[]): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const l = lower(w);
    if (/^(?:bin|bint|ibn|al|el|de|da|dos|von|van|der|la|le)$/u.test(l) && out.length) {
      out.unshift(w);
      continue;
    }
    // a misspelt role ("Minster") is a role still
    // ("Vice-President", "Deputy-Minister": title words joined by a hyphen)
    if (!isCapitalised(w) || TITLE_WORDS.has(l) || TITLE_WORDS.has(l.replace(/\.$/u, "")) || misspeltRole(l) !== undefined || (l.includes("-") && l.split("-").every((part) => TITLE_WORDS.has(part)))) break;
    out.unshift(w);
  }
  // "President of Kyrgyzstan Sadyr Japarov": the first word after `of` is the country
  const at = words.length - out.length;
  if (out.length >= 3 && lower(words[at - 1] ?? "") === "of") out.shift();
  // "the mayor of Toruń", "the Governor of Lagos State": a role's place, no name
  else if (out.length <= 2 && lower(words[at - 1] ?? "") === "of" && TITLE_WORDS.has(lower(words[at - 2] ?? ""))) return [];
  // "the head of the Consular Affairs Unit": capitalised words after "the", with a title word among
  // them, name a body, not a person
  let run = at;
  while (run > 0 && isCapitalised(words[run - 1]!)) run--;
  // (and so do those after "of the": "the Chairman of the Conference")
  if (out.length && lower(words[run - 1] ?? "") === "the" && (run < at || /^(?:of|at|for|to|in)$/u.test(lower(words[run - 2] ?? "")))) return [];
  // "the President of Uzbekistan": a country alone names nobody
  if (out.length && out.every((w) => COUNTRIES.has(lower(w)) || NATIONALITIES.has(lower(w)))) return [];
  // a single capitalised modifier before a role noun: "UGC Chairman" has no name
  return out;
}

// Nationalities not spelled from their country's name: "Cypriot" of "Cyprus", "Dutch" of "the Netherlands".
export const IRREGULAR_NATIONALITIES = new Map([
  ["poland", "polish"], ["france", "french"], ["spain", "spanish"], ["netherlands", "dutch"], ["switzerland", "swiss"],
  ["denmark", "danish"], ["finland", "finnish"], ["ireland", "irish"], ["britain", "british"], ["philippines", "filipino"],
  ["wales", "welsh"], ["scotland", "scottish"], ["cyprus", "cypriot"], ["madagascar", "malagasy"], ["laos", "lao"],
  ["uae", "emirati"], ["emirates", "emirati"], ["côte d'ivoire", "ivorian"], ["côte d’ivoire", "ivorian"], ["iceland", "icelandic"], ["lebanon", "lebanese"], ["sweden", "swedish"],
]);

/**
 * Does a nationality or country word (`Turkmen`, `Georgian`) fit the country named in `text`, or an
 * acronym (`UGC`) the initials of words there (`University Grants Commission`)?
 */
export function sameCountry(adjective: string, text: string): boolean {
  if (/^\p{Lu}{2,6}$/u.test(adjective)) {
    const initials = text.split(/\s+/u).map((w) => w[0] ?? "").join("");
    if (initials.includes(lower(adjective)) || text.includes(lower(adjective))) return true;
  }
  const a = lower(adjective);
  const stem = a.replace(/(?:ian|ean|ese|ish|i|n)$/u, "");
  const key = (stem.length >= 4 ? stem : a).slice(0, Math.max(4, Math.min(stem.length, 6)));
  if (text.includes(key.slice(0, Math.min(key.length, a.length)))) return true;
  // "Peruvian" of "Peru", "Ghanaian" of "Ghana": the whole name of the country opens the nationality
  for (const m of text.matchAll(LOWER_WORD)) if (m[0].length >= 4 && a.startsWith(m[0]) && COUNTRIES.has(m[0])) return true;
  // "Cypriot" of "Cyprus", "Malagasy" of "Madagascar": a nationality of its own spelling
  for (const m of text.matchAll(LOWER_WORD)) if (IRREGULAR_NATIONALITIES.get(m[0]) === a) return true;
  // "Polish" of "Poland", "Finnish" of "Finland", "Spanish" of "Spain": an -ish nationality shares
  // its first three letters with its country's name
  if (a.endsWith("ish") && a.length >= 6) {
    const head = a.slice(0, 3);
    for (const m of text.matchAll(LOWER_WORD)) if (m[0].startsWith(head) && COUNTRIES.has(m[0])) return true;
  }
  return false;
}

/** One name word, give or take a transliteration letter: Berdimukhamedov / Berdymukhamedov. */
export function sameWord(a: string, b: string): boolean {
  const x = lower(a);
  const y = lower(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 6 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
}

