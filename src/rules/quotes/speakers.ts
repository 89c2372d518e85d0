// Speakers resolved to who they are (SPEC: quotes, speaker.name): a name → the fullest form of it
// in the text; `he`/`she` → the person spoken of just before; `the head of state`, `the Turkmen
// leader`, `the minister` → the person whose title fits; an organisation or a document (`the
// press service of …`, `the statement`) → its noun phrase without the article. People come from
// the people rule; when it has nobody that fits, the mention's own words name the speaker.
import type { Person, Speaker } from "../../types.js";
import { PRONOUNS, type Mention } from "./nounPhrase.js";
import { SpanIndex } from "./spanIndex.js";
import { isFiniteWord } from "./clause.js";
import { headNoun, IRREGULAR_NATIONALITIES, nameWords, NON_PERSON_HEADS, sameCountry, sameWord, TITLE_WORDS } from "./names.js";
import { COUNTRIES, NATIONALITIES, ROLE_NOUNS } from "../people/lexicon.js";
import { packedMap } from "../../text/packed.js";
import { verbForm } from "../../text/verbForms.js";
import { trimTrailing } from "../documents/words.js";

// Role nouns that name the head of a state or government, whatever the exact title.
const HEAD_OF_GOVERNMENT = /\b(?:prime\s+minister|premier|chancellor|head\s+of\s+(?:the\s+)?government)\b/u;
// A chair of a company's board leads no state: "the head of state" is never the chairman of a board.
const CORPORATE = /\b(?:board|company|corporation|group|bank|holding|fund|directors)\b/u;
const DEPUTY_LEADER = /\b(?:vice|deputy)[\s-]+(?:president|prime\s+minister|premier|chairman|chancellor)\b/giu;
const LEADER_ROLES = /\b(?:president|king|emir|amir|sultan|premier|prime minister|chairman|chancellor|leader|monarch|head of (?:state|government))\b/iu;
// "Vice Governor", "Deputy Minister": a role that a bare "the Governor" or "the minister" does not
// name while someone holds it whole
const DEPUTY_ROLE = /\b(?:vice|deputy)[\s-]+(\p{L}+)/giu;
// The head of state is the president or the monarch: the prime minister heads the government.
const HEAD_OF_STATE_ROLES = /\b(?:president|king|queen|emir|amir|sultan|monarch|emperor|head\s+of\s+(?:the\s+)?state)\b/iu;
const STATE_ROLE = /\bstate\s+(?:minister|secretary)\b|\b(?:minister|secretary)\s+of\s+state\b/u;
const ARTICLE = /^(?:the|a|an)\s+/iu;
// Groups that `they` stands for: "the two leaders", "both sides", "the parties"
const GROUP = /\b(?:(?:the\s+)?(?:two|both|three)\s+(?:leaders|sides|presidents|ministers|parties|PMs|FMs|prime\s+ministers|heads\s+of\s+state|delegations|countries)|the\s+(?:sides|parties|leaders|ministers|presidents|delegations))\b/giu;
const GROUP_REACH = 1000;
// Between two people named together: `and`, with the second one's title (`and his Rwandan counterpart`).
const PAIRED = /^\s+and\s+(?:(?:his|her|their|the)\s+)?(?:(?:\p{Lu}[\p{L}’'-]*|of|the|president|minister|prime|counterpart|premier|chancellor|leader)\s+){0,5}$/u;
// How far back a pronoun looks for the subject it stands for.
const SUBJECT_REACH = 700;
// A name followed by its verb (possibly after adverbs or an appositive): a subject.
const SUBJECT_AFTER = /^(?:,[^,.]{1,80},)?\s+(?:also\s+|further\s+|then\s+|later\s+|on\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}{3,}/u;
// After a name set off by commas, the verb of the subject it stands for: a past or present form.
const APPOSITIVE_VERB = /^,\s+(?:also\s+)?\p{Ll}{2,}(?:ed|s)\b/u;
// What stands before a subject: the start of a sentence or clause, a comma, a conjunction.
// (a dash ends a dateline: "ULAANBAATAR, May 9 – President X met …")
const CLAUSE_START_MARK = /[.!?:;,(\n"“«–—]/u;
const CLAUSE_START_WORDS = new Set(["and", "while", "as", "when", "then", "but", "also", "meanwhile", "however", "the"]);
// Titles and capitalised words right before a name: "President of Azerbaijan Ilham Aliyev"
const TITLE_WORD = /^(?:\p{Lu}[\p{L}’'-]*|of|for|the|president|minister|prime|secretary|premier|leader|chairman|spokesman|spokeswoman|spokesperson|ambassador|envoy|counterpart)$/u;
// One role spelt two ways: "the Emir" is the person titled "Amir".
const SAME_ROLE = new Map([["emir", "amir"], ["amir", "emir"], ["shaikh", "sheikh"], ["sheikh", "shaikh"]]);
// Words for any holder of an office of a kind: "the Indonesian official" is whoever of Indonesia
// holds a title, "the Chilean diplomat" whoever serves in its foreign service.
const PARLIAMENT_BODY = /\b(?:parliament\w*|legislature|senate|assembly)\b/u;
const PARLIAMENT_LEAD = /\b(?:chief|head|leader|speaker|chair\w*|president)\b/u;
const DEPUTY_OF_PARLIAMENT = /\b(?:vice|deputy)[\s-]+(?:speaker|chair\w*|president)\b/u;
const PARLIAMENT_ROLE = /\b(?:parliament\w*|assembly|senate|congress|legislat\w+|deputy|senator|speaker|mp|majlis|duma|sejm|seimas)\b/u;
const GENERIC_ROLES = new Map([
  ["official", /\b(?:minister|secretary|director|deputy|vice|head|chief|ambassador|envoy|consul|commissioner|governor|chairman|chairperson|chair|speaker|spokes\w+)\b/u],
  ["diplomat", /\b(?:ambassador|envoy|consul|chargé|foreign|diplomat)\b/u],
  // "the envoy" is whoever a country sends: its ambassador, chargé d'affaires or special representative
  ["envoy", /\b(?:ambassador|chargé|(?:special\s+)?representative|emissary)\b/u],
  // where ministers are called secretaries: Kenya's cabinet secretaries, a secretary of state
  ["minister", /\bcabinet secretary\b|\bsecretary of state\b/u],
  // "the Vietnamese parliamentarian" is whoever holds a seat or an office of a parliament
  ["parliamentarian", PARLIAMENT_ROLE],
  ["legislator", PARLIAMENT_ROLE],
  ["lawmaker", PARLIAMENT_ROLE],
  // "the Cabo Verdean prime minister" is the one the text calls its head of government
  ["prime", /\bhead of (?:the )?government\b/u],
  ["premier", /\bhead of (?:the )?government\b/u],
  // "the Angolan president" is the one the text calls "the Angolan head of state" (a republic's)
  ["president", /\bhead of state\b/u],
]);
// "President Tomas Berg of Chile": the country after the name.
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?\p{Lu}\p{L}+/u;
// The role words that name the one a later pronoun may stand for, as the subject of a clause
// (not "secretary": a press secretary or a secretary general may stand beside the minister).
const ROLE_SUBJECT = /\b(?:President|president|Prime Minister|prime minister|Premier|premier|leader|head of state|head of government|Chancellor|chancellor|King|Emir|Amir|Minister|minister|Governor|governor|Speaker|speaker|Ambassador|ambassador|Mayor|mayor|Chairman|chairman|Chairwoman|chairwoman|Chairperson|chairperson|Envoy|envoy|Commissioner|commissioner)\b/gu;
// (or an adverbial: ", in the presence of Prime Minister X" names somebody else)
const COORDINATION = /^,\s+(?:and|or|but|while|as well as|in|at|with|on|during|after|before|under|from|to|by)\s/iu;
// A title phrase right before a name, or an appositive right after it: where a person's role is written.
const TITLE_AFTER = /^,\s+(?:the\s+)?[^,.;\n]{1,100},?/u;

// "the Georgian delegation was led by", "the Moroccan side by": a nationality whose side is led by whoever follows
const LED_BY = /\b(\p{Lu}\p{L}+)\s+(?:delegation|side|team|party)\s+(?:(?:was|were)\s+)?(?:(?:led|headed|represented|chaired)\s+)?by\s+$/u;

// Countries and nationalities of two words, whose first word is no nationality of its own.
const TWO_WORD_NATIONALITY = /^(?:Sierra\s+Leone|Costa\s+Ric|Puerto\s+Ric|Sri\s+Lank|El\s+Salvador|Cabo\s+Verd|Cape\s+Verd|Burkina\s+Fas|Viet\s+Nam|Timor[\s-]+Lest|San\s+Marin|S[aã]o\s+Tom)/u;

// "his Sierra Leonean counterpart, President X": the nationality of the other side, before the comma
// "The guest", "the visitor": who the text says is visiting.
const GUEST = /^(?:[Tt]he|[Oo]ur)\s+(?:guest|visitor)$/u;
const NATIONAL_GUEST = /^(?:[Tt]he|[Oo]ur)\s+(\p{Lu}\p{Ll}+)\s+(?:guest|visitor|delegate)$/u;
// ", who is on an official visit to …", ", who is paying a working visit": the one visiting.
const ON_A_VISIT = /^,\s+who\s+(?:is|was)\s+(?:on|paying|making)\s+an?\s+(?:(?:official|state|working|three-day|two-day)\s+)?visit\b/u;
// "the head of the Cabinet", "the head of the Senate": a body the role leads, other than a state or a government.
const HEAD_OF_BODY = /\bhead\s+of\s+(?:the\s+)?(?!(?:state|government|delegation|the)\b)(\p{L}[\p{L}-]*)/u;
// "… and her Bolivian counterpart": a possessive, a nationality of up to two words, "counterpart".
const COUNTERPART_PHRASE = /^(?:his|her|their|its) (?:\p{Lu}[\p{L}-]* ){0,2}counterpart$/u;
const COUNTERPART_OF = /\b(?:his|her|its|their|the)\s+((?:\p{Lu}\p{L}+\s+){1,2})(?:counterpart|colleague|guest|host)\s*,\s*$/u;

/** Does the appositive after the comma open with a finite verb (", received the minister")? */
function opensWithVerb(appositive: string): boolean {
  // (after a time or an adverb: ", today hosted …", ", on Monday received …", ", also met …")
  const m = /^,\s+(?:(?:today|yesterday|also|then|later|earlier|again|on\s+\p{Lu}\p{Ll}+day)\s+)?(\p{Ll}+)/u.exec(appositive);
  return m !== null && isFiniteWord(m[1]!);
}

/**
 * "President Osei, Portuguese President discuss trade": a role right before a finite verb is a
 * second subject coordinated with the name, as headlines write it, not the name's apposition.
 */
function roleThenVerb(appositive: string): boolean {
  const words = appositive.split(/[^\p{L}-]+/u);
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1]!;
    // a headline's verb agrees with two subjects in the base form ("discuss", "agree")
    if (ROLE_NOUNS.has(words[i]!.toLowerCase()) && /^\p{Ll}/u.test(next) && (isFiniteWord(next) || verbForm(next) === "base")) return true;
  }
  return false;
}

interface Spoken {
  name: string;
  /** Where the speaker is named. */
  at: number;
  person: Person | null;
}

/** What a person said: its span is their words, so names inside it are not subjects of the story. */
interface SpokenSpan {
  start: number;
  end: number;
}

const tokens = (s: string) => s.split(/[\s,]+/u).filter(Boolean);
const lower = (s: string) => s.toLowerCase();
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const stripPossessive = (w: string) => w.replace(/[’']s$/u, "");

interface PersonMention {
  start: number;
  end: number;
  person: Person;
}

// "Special Adviser to the President", "Chief of Staff of the Prime Minister": a role the person
// serves, not the person's own
const SERVES_A_ROLE = /\b(?:to|of)\s+the\s+(?:president|prime\s+minister|vice[\s-]president|king|emir|chancellor|premier)\b/gu;

// Two countries named as a pair, and how far into the text to look for them (the headline and lead).
// (a country of two words too: "Slovakia and Viet Nam", "Ghana, Côte d'Ivoire")
const COUNTRY_PAIR = /\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+|\sd['’]\p{Lu}\p{Ll}+)?)(?:\s+and\s+|,\s+|\s*[-–—]\s*)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+|\sd['’]\p{Lu}\p{Ll}+)?)\b/gu;
const COUNTRIES_OF_TWO_WORDS = new Set(["viet nam", "côte d'ivoire", "côte d’ivoire", "sri lanka", "sierra leone", "costa rica", "el salvador", "south africa", "south korea", "north korea", "new zealand", "saudi arabia", "cabo verde", "burkina faso", "south sudan", "north macedonia"]);
const COUNTRY_PAIR_REACH = 3000;

/** The country (or nationality) a capitalised phrase of one or two words names, or null. */
function countryName(phrase: string): string | null {
  const whole = lower(phrase);
  if (COUNTRIES_OF_TWO_WORDS.has(whole) || COUNTRIES.has(whole) || NATIONALITIES.has(whole)) return phrase;
  // "Slovakia Prime": one word of a country, and a word after it that is none of it
  const first = phrase.split(/\s/u)[0]!;
  return first !== phrase && (COUNTRIES.has(lower(first)) || NATIONALITIES.has(lower(first))) ? first : null;
}

/** Is `adjective` the nationality of `country` (or that nationality itself): "Peruvian" of "Peru", "Polish" of "Poland"? */
function nationalOf(adjective: string, country: string): boolean {
  const a = lower(adjective);
  const c = lower(country);
  if (a === c || IRREGULAR_NATIONALITIES.get(c) === a) return true;
  let common = 0;
  while (common < a.length && common < c.length && a[common] === c[common]) common++;
  return common >= Math.min(4, c.length);
}

const POSSESSIVE = /^(?:his|her|His|Her)$/u;
// The other one of a meeting of two, named from the side of one.
const OTHER_SIDE = new Set(["counterpart", "host", "guest", "interlocutor", "colleague"]);

// Past this many, people are too many to compare one by one (hostile input): the first ones count.
const MAX_PEOPLE = 300;
// How many earlier speakers a pronoun or role looks back over.
const HISTORY_REACH = 50;

export class SpeakerResolver {
  private readonly history: Spoken[] = [];
  /** Who "they" stood for, where: a later "they" with no group named near it is the same. */
  private readonly groups: { at: number; name: string }[] = [];
  private readonly saidByAnyone: SpokenSpan[] = [];
  private readonly spoken: SpanIndex<SpokenSpan>;
  private readonly mentions: SpanIndex<PersonMention>;
  private readonly bySurname = new Map<string, Person>();
  private readonly fullestByLast = new Map<string, string>();
  private readonly contexts = new Map<Person | string, string>();
  private readonly byName = new Map<string, Person>();

  /** `quoted`: the spans inside quotation marks, whose names are never the story's subjects. */
  constructor(
    private readonly text: string,
    private readonly people: Person[],
    quoted: SpokenSpan[] = [],
  ) {
    this.spoken = new SpanIndex(quoted);
    this.mentions = new SpanIndex(people.flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person }))).sort((a, b) => a.start - b.start));
    for (const p of people) {
      if (!this.byName.has(p.name)) this.byName.set(p.name, p);
      for (const t of tokens(p.name)) if (!this.bySurname.has(lower(t))) this.bySurname.set(lower(t), p);
    }
  }

  /** The speaker for a mention of the words in `said` (called in text order). */
  resolve(mention: Mention | null, said: SpokenSpan): Speaker | null {
    if (!mention) return null;
    const name = this.nameOf(mention, said);
    if (!name) return null;
    // a name hard-wrapped over a line end ("the Armenian\ngovernment") is named in one line
    return { name: name.replace(/\s+/gu, " "), text: mention.text, start: mention.start, end: mention.end };
  }

  /** Remembers who spoke, named at `at`, the words in `said`, for the pronouns and roles that follow. */
  remember(speaker: Speaker | null, at: number, said: SpokenSpan | null): void {
    if (!speaker) return;
    // what was said names no group that speaks later, whoever said it
    if (said) this.saidByAnyone.push(said);
    const person = this.byName.get(speaker.name) ?? null;
    // with a people list, only its persons are people: "Azernews reports" is not a person speaking
    if (!person && (this.people.length > 0 || !this.looksLikePersonName(speaker.name))) return;
    this.history.push({ name: speaker.name, at, person });
    const last = lower(speaker.name.split(" ").pop() ?? "");
    if ((this.fullestByLast.get(last)?.length ?? 0) < speaker.name.length) this.fullestByLast.set(last, speaker.name);
    if (said) this.spoken.add(said);
  }

  private nameOf(mention: Mention, said: SpokenSpan): string | null {
    const words = tokens(mention.text);
    const first = lower(words[0] ?? "");
    // "according to her": the object form stands for the person as `she` does
    // (and "in his words", "in their words": the possessive as the pronoun it stands for)
    if (words.length === 1 && (PRONOUNS.has(first) || first === "her" || first === "his" || first === "their")) return this.pronoun(mention, said);
    const head = headNoun(words);
    // ("the Department of Foreign Affairs (DFA)": the name, without the acronym it defines)
    if (head && NON_PERSON_HEADS.has(lower(stripPossessive(head)))) return mention.text.replace(ARTICLE, "").replace(DEFINED_ACRONYM, "");
    // a person the people rule knows, named in the mention
    const known = this.personAt(mention);
    if (known) return known.name;
    // "the DFA said" after "the Department of Foreign Affairs (DFA)": the name the text spells out
    const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(mention.text)?.[1];
    const spelled = acronym ? spelledOut(this.text, acronym) : null;
    if (spelled) return spelled;
    // "the RDC said" of the "Resident District Commissioner": the one person whose title it spells
    const titled = acronym ? only(this.people.filter((p) => p.title !== null && initialsOf(p.title).startsWith(acronym))) : null;
    if (titled) return titled.name;
    const name = nameWords(words);
    if (name.length) {
      // a role that is word for word one person's title: "Deputy Minister for Foreign Affairs and
      // Regional Integration" is not a name of two words
      const bare = mention.text.replace(ARTICLE, "").replace(/\s+/gu, " ");
      const titled = only(this.people.filter((p) => p.title !== null && lower(p.title) === lower(bare)));
      return titled ? titled.name : this.fullest(name.join(" "));
    }
    // "her host", "his counterpart": the other one of the two, beside whom the pronoun stands for
    if (words.length === 2 && POSSESSIVE.test(words[0]!) && OTHER_SIDE.has(lower(words[1]!))) {
      const owner = this.salient(mention.start, said, () => true);
      const other = owner && this.salient(mention.start, said, (_, n) => n !== owner.name);
      if (other) return other.name;
    }
    // "The guest, for his part, …": the one person the text says is visiting
    if (GUEST.test(mention.text)) {
      const guests = this.people.slice(0, MAX_PEOPLE).filter((p) => this.visiting(p));
      if (guests.length === 1) return guests[0]!.name;
    }
    // "The Moldovan guest": the one person whose title, or the words right before their first
    // mention ("a delegation of the Parliament of Moldova led by X"), name that country
    const guestOf = NATIONAL_GUEST.exec(mention.text)?.[1];
    if (guestOf !== undefined) {
      const of = this.people.slice(0, MAX_PEOPLE).filter((p) => {
        const first = p.mentions[0]!;
        const before = this.text.slice(Math.max(0, first.start - 100), first.start);
        // (in the sentence of that mention only)
        const own = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
        return ofCountry(guestOf, lower(`${p.title ?? ""} ${own}`));
      });
      if (of.length === 1) return of[0]!.name;
    }
    // "His Mozambican counterpart": the one person whose own title names that country
    if (words.length === 3 && POSSESSIVE.test(words[0]!) && OTHER_SIDE.has(lower(words[2]!))) {
      const nationality = lower(words[1]!);
      const of = this.people.slice(0, MAX_PEOPLE).filter((p) => {
        const country = p.title === null ? null : countryOfTitle(p.title);
        return country !== null && sameCountry(nationality, country);
      });
      if (of.length === 1) return of[0]!.name;
    }
    // a role nobody in the text fits is still what the text says: `the two leaders`, `the minister`
    return this.role(mention, words, said) ?? mention.text.replace(ARTICLE, "");
  }

  /** The person of the people list with a mention inside this one, or named by its last name word. */
  private personAt(mention: Mention): Person | null {
    for (const m of this.mentions.startingIn(mention.start, mention.end)) if (m.end <= mention.end) return m.person;
    const name = nameWords(tokens(mention.text));
    const surname = name[name.length - 1];
    if (!surname) return null;
    const exact = this.bySurname.get(lower(surname));
    if (exact || this.people.length > MAX_PEOPLE) return exact ?? null;
    return this.people.find((p) => tokens(p.name).some((t) => sameWord(t, surname))) ?? null;
  }

  /** The fullest form of a name: one spoken of before that ends with the same word, or itself. */
  private fullest(name: string): string {
    const longer = this.fullestByLast.get(lower(name.split(" ").pop() ?? ""));
    return longer && longer.length > name.length ? longer : name;
  }

  /** `he`/`she`: the person last in the story's foreground; `I`/`we` (a transcript): the last speaker. */
  private pronoun(mention: Mention, said: SpokenSpan): string | null {
    if (/^(?:i|we|me|us)$/iu.test(mention.text)) return this.history.findLast((h) => h.at < mention.start)?.name ?? null;
    if (/^(?:they|them|their)$/iu.test(mention.text)) {
      const group = this.groupBefore(mention.start);
      if (group) this.groups.push({ at: mention.start, name: group });
      return group ?? this.groups.findLast((g) => g.at < mention.start)?.name ?? null;
    }
    const person = this.salient(mention.start, said, () => true);
    // "The Russian President did not name him, he only said …": a role as the subject, later
    // than any person named as one, is who the pronoun stands for
    const role = this.roleSubjectBefore(mention.start, person?.at ?? -1, said);
    return role ?? person?.name ?? null;
  }

  /** The person a role phrase stands for, where it is the subject of a clause after `after` and before `at`. */
  private roleSubjectBefore(at: number, after: number, said: SpokenSpan): string | null {
    const from = Math.max(after + 1, at - SUBJECT_REACH);
    const window = this.text.slice(from, at);
    let found: string | null = null;
    ROLE_SUBJECT.lastIndex = 0;
    for (let m = ROLE_SUBJECT.exec(window); m; m = ROLE_SUBJECT.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (this.spoken.containing(start, end) || (start >= said.start && end <= said.end)) continue;
      const phrase = this.rolePhraseAt(start, end);
      if (!phrase || !this.isSubject(phrase)) continue;
      const words = tokens(phrase.text);
      const name = this.role({ start: phrase.start, end: phrase.end, text: phrase.text }, words, said);
      // only a role that names somebody in the text: "the minister" with nobody to fit stays unsaid
      if (name && this.byName.has(name)) found = name;
    }
    return found;
  }

  /** The role phrase around a role word: `the Russian President`, `President of Pakistan`. */
  private rolePhraseAt(start: number, end: number): { start: number; end: number; text: string } | null {
    let from = start;
    // a nationality and an article before the role word
    const before = /(?:\b(?:[Tt]he|[Hh]is|[Hh]er)\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.exec(this.text.slice(Math.max(0, start - 30), start));
    if (before) from = start - before[0].length;
    let to = end;
    const of = /^\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+/u.exec(this.text.slice(end, end + 40));
    if (of) to = end + of[0].length;
    // a name right after the role is a person mention, resolved as such
    // (so is one after a comma: "Brazil's Minister of Mines and Energy, Rodrigo Bezerra")
    if (/^,?\s+\p{Lu}/u.test(this.text.slice(to, to + 4)) || /^\s+and\s+\p{Lu}\p{Ll}+,\s+\p{Lu}/u.test(this.text.slice(to, to + 40))) return null;
    return { start: from, end: to, text: this.text.slice(from, to) };
  }

  /**
   * The person last in the foreground before `at`: the last speaker, or a person named later as
   * the subject of a sentence (not inside anybody's words, not the object of a meeting).
   */
  private salient(at: number, said: SpokenSpan, accept: (person: Person | null, name: string) => boolean): { name: string; at: number } | null {
    let best: { name: string; at: number } | null = null;
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i]!;
      if (h.at < at && (!best || h.at > best.at) && accept(h.person, h.name)) best = { name: h.name, at: h.at };
    }
    for (const m of this.mentions.before(at, at - SUBJECT_REACH)) {
      if (best && m.start <= best.at) break;
      if (m.start >= said.start && m.end <= said.end) continue;
      if (!accept(m.person, m.person.name) || this.spoken.containing(m.start, m.end)) continue;
      if (this.isSubject(m)) return { name: m.person.name, at: m.start };
    }
    return best;
  }

  /**
   * `they`: the group named last before (`the two leaders`, `the sides`), without its article, or
   * two people named together as a subject (`President A and his Chilean counterpart B held talks`):
   * `A and B`.
   */
  private groupBefore(at: number): string | null {
    const from = Math.max(0, at - GROUP_REACH);
    const window = this.text.slice(from, at);
    let last: { at: number; name: string } | null = null;
    GROUP.lastIndex = 0;
    for (let m = GROUP.exec(window); m; m = GROUP.exec(window)) {
      // a group inside words already quoted is what was said, not who spoke
      const found = from + m.index;
      if (this.saidRecently(found)) continue;
      last = { at: found, name: m[0].replace(ARTICLE, "") };
    }
    const pair = this.pairBefore(at, from);
    return pair && (!last || pair.at > last.at) ? pair.name : (last?.name ?? null);
  }

  /** Is `at` inside one of the last words said (the last few, as speech is resolved in text order)? */
  private saidRecently(at: number): boolean {
    const said = this.saidByAnyone;
    for (let k = said.length - 1; k >= 0 && k >= said.length - 8; k--) if (said[k]!.start <= at && at < said[k]!.end) return true;
    return false;
  }

  /** The latest person the text names as the subject of a clause before `at`, outside what was said. */
  private subjectBefore(at: number, said: SpokenSpan, accept: (person: Person) => boolean): string | null {
    for (const m of this.mentions.before(at, 0)) {
      if (m.start >= said.start && m.end <= said.end) continue;
      if (accept(m.person) && !this.spoken.containing(m.start, m.end) && this.isSubject(m)) return m.person.name;
    }
    return null;
  }

  /** The last two people named together as the subject of a clause between `floor` and `at`. */
  private pairBefore(at: number, floor: number): { at: number; name: string } | null {
    let second: PersonMention | null = null;
    for (const m of this.mentions.before(at, floor)) {
      if (this.spoken.containing(m.start, m.end)) continue;
      const first = m;
      if (second && second.person !== first.person && PAIRED.test(this.text.slice(first.end, second.start)) && this.isSubject(first)) {
        return { at: first.start, name: `${first.person.name} and ${second.person.name}` };
      }
      second = first;
    }
    return null;
  }

  /** Is the name at this place the subject of its clause: a verb after it, no preposition before? */
  private isSubject(m: { start: number; end: number }): boolean {
    // (room for an insertion of up to 80 letters between commas, and the verb after it)
    const after = this.text.slice(m.end, m.end + 100);
    // "The opposition leader, Tomas Berg, disagreed": a name in apposition to the subject
    const appositive = /,\s$/u.test(this.text.slice(Math.max(0, m.start - 2), m.start)) && APPOSITIVE_VERB.test(after);
    if (!SUBJECT_AFTER.test(after) && !appositive) return false;
    // titles before the name ("Deputy Prime Minister Umurzakov") do not count as what precedes it
    const from = Math.max(0, m.start - 80);
    const before = this.text.slice(from, titlesBefore(this.text, from, m.start));
    const rest = before.trimEnd();
    if (!rest || CLAUSE_START_MARK.test(rest[rest.length - 1]!) || /\n/u.test(before.slice(rest.length))) return true;
    return CLAUSE_START_WORDS.has(lower(rest.slice(rest.lastIndexOf(" ") + 1)));
  }

  /** `the head of state`, `the Turkmen leader`, `the Russian President`: the person whose role fits. */
  private role(mention: Mention, written: string[], said: SpokenSpan): string | null {
    // "the PM": the prime minister
    const words = written.flatMap((w) => (/^PMs?$/u.test(w) ? ["prime", "minister"] : [w]));
    const roleText = lower(words.join(" "));
    // ("the Sierra Leonean leader": the first word of a nationality of two tells nothing alone)
    const adjectives = words.filter((w, i) => isCapitalised(w) && !TITLE_WORDS.has(lower(w)) && !/^(?:head|government|state|diplomacy)$/iu.test(w) && !(i + 1 < words.length && TWO_WORD_NATIONALITY.test(`${w} ${words[i + 1]!}`)));
    // ("the Vice-President": the words of a hyphenated role each)
    const roleNouns = packedMap(words, lower).flatMap((w) => (w.includes("-") && !TITLE_WORDS.has(w) ? w.split("-") : [w])).filter((w) => TITLE_WORDS.has(w) && !/^(?:the|of|and|for|a|state|head)$/u.test(w));
    const leaderRole = /\b(?:head|leader)\b/u.test(roleText);
    // "the parliament chief", "the head of parliament": its speaker or chair, by whatever name the
    // country calls its parliament
    const ofParliament = PARLIAMENT_BODY.test(roleText) && PARLIAMENT_LEAD.test(roleText);
    if (!roleNouns.length && !leaderRole && !ofParliament) return null;
    // "the state minister", "the secretary of state": here "state" narrows the role, as in "head of
    // state" it does not
    const ofState = STATE_ROLE.test(roleText);
    const nounFits = (r: string, t: string) =>
      t.includes(r) || (r === "premier" && t.includes("prime minister")) || (SAME_ROLE.get(r) !== undefined && t.includes(SAME_ROLE.get(r)!)) || (GENERIC_ROLES.get(r)?.test(t) ?? false);
    // "the Head of Government": the prime minister, not whoever else chairs something
    const ofGovernment = /\bhead\s+of\s+(?:the\s+)?government\b/u.test(roleText);
    const ofHeadOfState = /\bhead\s+of\s+(?:the\s+)?state\b/u.test(roleText);
    // "the head of the Uzbek diplomacy": the foreign minister
    const ofDiplomacy = /\bdiplomacy\b/u.test(roleText);
    const fitsAsWritten = (t: string): boolean =>
      ofGovernment ? HEAD_OF_GOVERNMENT.test(t) :
      ofParliament ? PARLIAMENT_LEAD.test(t) && PARLIAMENT_ROLE.test(t) && !DEPUTY_OF_PARLIAMENT.test(t) :
      ofDiplomacy ? /\b(?:foreign|external|international relations)\b/u.test(t) && /\b(?:minister|secretary)\b/u.test(t) :
      (!ofState || /\bstate\b/u.test(t)) && !(leaderRole && !roleNouns.length && CORPORATE.test(t)) &&
      (roleNouns.some((r) => nounFits(r, t))
      // "his Angolan counterpart": the same role as the other side's
      || (roleNouns.length > 0 && /\bcounterpart\b/u.test(t))
      // (a vice-president or a deputy leads nothing: "the Head of State" is not the Vice President of Cuba)
      || (leaderRole && (ofHeadOfState ? HEAD_OF_STATE_ROLES : LEADER_ROLES).test(t.replace(DEPUTY_LEADER, " "))));
    // "said the Governor" where the Vice Governor is named too: the one who holds the role whole,
    // when anyone does
    // (only the role itself: "the official" is any official, a deputy minister too)
    const deputyRole = /\b(?:vice|deputy)\b/u.test(roleText);
    const whole = (t: string) => t.replace(DEPUTY_ROLE, (deputy, role: string) => (roleNouns.includes(role) ? " " : deputy));
    const heldWhole = !deputyRole && roleNouns.length > 0 && this.people.slice(0, MAX_PEOPLE).some((p) => p.title !== null && fitsAsWritten(whole(lower(p.title))));
    const roleFits = (t: string): boolean => fitsAsWritten(heldWhole ? whole(t) : t);
    // "the deputy minister": of those whose role fits, one with every word of it fits better than
    // a "Minister of State"
    const wholly = (t: string) => roleNouns.length > 1 && roleNouns.every((r) => nounFits(r, t));
    const told = (person: Person | null, name: string) => lower(`${person?.title ?? ""} ${this.contextOf(person, name)}`).replace(SERVES_A_ROLE, " ").replace(/\bpm\b/gu, "prime minister");
    // (not one whose own title names another country: "the Brazilian President" is not the
    // "President of Ghana" on a visit to Brazil)
    // "Foreign Minister A and her Bolivian counterpart B": B is a foreign minister, not "the Bolivian president"
    // (and "the Mauritanian head of state" is the Senegalese president's Mauritanian counterpart)
    const counterpartRole = (person: Person | null): string | null => (person?.title && /\bcounterpart\b/iu.test(person.title) ? this.counterpartOf(person) : null);
    const counterpartFits = (person: Person): boolean => {
      const other = counterpartRole(person);
      return other === null || fitsAsWritten(other);
    };
    // (only where a nationality tells the two apart: "the head of state" alone is the host, whom the
    // text names first)
    const holds = (person: Person | null, t: string): boolean => {
      const other = counterpartRole(person);
      if (other === null) return roleFits(t);
      return adjectives.length ? fitsAsWritten(other) : roleFits(t) && fitsAsWritten(other);
    };
    const fits = (person: Person | null, name: string): boolean => {
      const t = told(person, name);
      if (!holds(person, t) || !adjectives.every((a) => ofCountry(a, t))) return false;
      const own = adjectives.length && person?.title ? countryOfTitle(person.title) : null;
      return !own || adjectives.every((a) => sameCountry(a, own));
    };
    // the one in the foreground whose role fits, else the person of the text whose title fits, the
    // latest named; one whose title has every word of the role before one whose title has some
    // (of those named before the words, when any is: a person the text introduces later is not
    // the one it already calls by a role)
    // "the Tongan Prime Minister": the one person whose own title names the country, before any whose
    // story around them merely mentions it
    if (adjectives.length) {
      const titled = this.people.slice(0, MAX_PEOPLE).filter((p) => p.title && holds(p, lower(p.title)) && adjectives.every((a) => ofCountry(a, lower(p.title!))));
      if (titled.length === 1) return titled[0]!.name;
    }
    const fitting = this.people.slice(0, MAX_PEOPLE).filter((p) => fits(p, p.name));
    // "the head of our state": the outlet's own leader, whom its report names first
    if (/\bour\b/u.test(roleText) && fitting.length) return fitting.reduce((a, b) => (b.mentions[0]!.start < a.mentions[0]!.start ? b : a)).name;
    const namedBefore = fitting.filter((p) => p.mentions[0]!.start < mention.start);
    const titled = namedBefore.length ? namedBefore : fitting;
    const whollyTitled = titled.filter((p) => wholly(told(p, p.name)));
    // "the head of the Cabinet": of those who lead, the one whose own title names the body
    const body = HEAD_OF_BODY.exec(roleText)?.[1];
    if (body !== undefined && titled.length > 1) {
      const heads = titled.filter((p) => p.title !== null && lower(p.title).includes(body));
      if (heads.length === 1) return heads[0]!.name;
    }
    // "talks between Prime Minister A and visiting Prime Minister B … the prime minister said": the
    // host, where the text calls the other one the visitor ("the visiting premier": the visitor)
    // (only before either has spoken: then the one who spoke last is in the foreground)
    if (!adjectives.length && titled.length === 2 && !this.history.some((h) => h.at < mention.start && titled.some((p) => p.name === h.name))) {
      const visiting = /\bvisiting\b/u.test(roleText);
      const picked = titled.filter((p) => this.visiting(p) === visiting);
      if (picked.length === 1) return picked[0]!.name;
    }
    // "the Bolivian president" of two presidents whose titles name no country: the one named in the
    // place the text names Bolivia, before the one who spoke last
    if (adjectives.length === 1 && titled.length === 2 && titled.every((p) => !p.title || countryOfTitle(p.title) === null)) {
      const inOrder = this.byCountryOrder(titled[0]!, titled[1]!, adjectives[0]!);
      if (inOrder) return inOrder.name;
    }
    // ("the spokesman" of the one person whose own title is the spokesman's, not of one whose
    // sentence merely names the spokesman)
    const ownTitle = adjectives.length ? [] : titled.filter((p) => p.title !== null && holds(p, lower(p.title)));
    const recent =
      this.salient(mention.start, said, (p, n) => fits(p, n) && wholly(told(p, n))) ??
      (whollyTitled.length ? { name: whollyTitled[whollyTitled.length - 1]!.name } : null) ??
      (ownTitle.length === 1 && titled.length > 1 ? { name: ownTitle[0]!.name } : null) ??
      this.salient(mention.start, said, fits);
    if (recent) return recent.name;
    // none in the foreground: the one the story is about, the subject of a clause earlier on
    // ("Minister A travelled to Yerevan and held talks with Minister B" … "the minister said"),
    // else the latest named
    if (titled.length > 1) {
      const protagonist = this.subjectBefore(mention.start, said, (p) => titled.includes(p));
      if (protagonist) return protagonist;
    }
    if (titled.length) return titled[titled.length - 1]!.name;
    // "the Mongolian leader" where no title names Mongolia: the one person whose role fits and
    // who is not said to be of another country (the guest is the "Japanese Prime Minister")
    if (adjectives.length) {
      const otherwise = (person: Person | null, name: string) => {
        const t = told(person, name);
        return roleFits(t) && !namesAnotherCountry(t, adjectives) && (!person || counterpartFits(person));
      };
      // only when one person is left: two leaders of no stated country are not guessed between
      const left = this.people.slice(0, MAX_PEOPLE).filter((p) => otherwise(p, p.name));
      const unopposed = only(left.filter((p) => wholly(told(p, p.name)))) ?? only(left);
      if (unopposed) return unopposed.name;
      const inOrder = adjectives.length === 1 && left.length === 2 ? this.byCountryOrder(left[0]!, left[1]!, adjectives[0]!) : null;
      if (inOrder) return inOrder.name;
      // of several, the one who spoke last ("Kurosaki stressed that … The Japanese minister said …")
      const lastSpeaker = left.length > 1 ? this.history.findLast((h) => h.at < mention.start) : undefined;
      if (lastSpeaker && left.some((p) => p.name === lastSpeaker.name)) return lastSpeaker.name;
    }
    // the text gives no title that fits: a person in the foreground whose role it does not tell
    const untold = (person: Person | null, name: string) => !person?.title && !/\p{Ll}/u.test(this.contextOf(person, name).replace(/\b(?:of|the)\b/gu, ""));
    return this.salient(mention.start, said, untold)?.name ?? null;
  }

  /**
   * "Presidents A and B held talks" in a text that names its countries "Uzbekistan and Kyrgyzstan"
   * (or "Vietnam, Poland", "Uzbek-Kyrgyz"): both lists put the same side first, so the nationality
   * of a role ("the Uzbek leader") picks the one in the same place. Only for two people named
   * together, in a text whose first pair of countries holds the nationality.
   */
  private byCountryOrder(a: Person, b: Person, adjective: string): Person | null {
    const pair = this.namedTogether(a, b);
    const countries = (this.countries ??= this.countryPair());
    if (!pair || !countries) return null;
    const [first, second] = [nationalOf(adjective, countries[0]), nationalOf(adjective, countries[1])];
    if (first === second) return null;
    return first ? pair[0] : pair[1];
  }

  private countries: [string, string] | null | undefined;

  /** The two, in the order of the first place they are named together ("A and B"), or null. */
  private namedTogether(a: Person, b: Person): [Person, Person] | null {
    for (const m of a.mentions) {
      for (const n of b.mentions) {
        const [x, y, first, second] = m.start < n.start ? [m, n, a, b] : [n, m, b, a];
        // ("A and B", or with the second one's title: "President A and President B")
        if (y.start - x.end < 60 && PAIRED.test(this.text.slice(x.end, y.start))) return [first, second];
      }
    }
    return null;
  }

  /** The first two countries the text names as a pair: "Uzbekistan and Kyrgyzstan", "Vietnam, Poland", "Uzbek-Kyrgyz". */
  private countryPair(): [string, string] | null {
    for (const m of this.text.slice(0, COUNTRY_PAIR_REACH).matchAll(COUNTRY_PAIR)) {
      const [x, y] = [countryName(m[1]!), countryName(m[2]!)];
      if (x && y && lower(x) !== lower(y)) return [x, y];
    }
    return null;
  }

  /** Is the person "visiting" where first named ("visiting Kazakh Prime Minister B", "B, who is on an official visit")? */
  private visiting(person: Person): boolean {
    const first = person.mentions[0]!;
    const before = this.text.slice(titlesBefore(this.text, Math.max(0, first.start - 80), first.start) - 10, first.start);
    return /\bvisiting\s/iu.test(before) || ON_A_VISIT.test(this.text.slice(first.end, first.end + 80));
  }

  /**
   * "Foreign Minister A and her Bolivian counterpart B": the role, in lower case, of the one whose
   * counterpart the person is (the words before "and" at the person's first mention), or null.
   */
  private counterpartOf(person: Person): string | null {
    const first = person.mentions[0]!;
    const before = trimTrailing(this.text.slice(Math.max(0, first.start - 160), first.start), " ,");
    if (!before.endsWith(" counterpart")) return null;
    const and = before.lastIndexOf(" and ");
    if (and < 0 || !COUNTERPART_PHRASE.test(before.slice(and + 5))) return null;
    // the other one's title and name, back to the clause's start
    const other = before.slice(0, and);
    const clause = other.slice(Math.max(other.lastIndexOf("."), other.lastIndexOf(","), other.lastIndexOf(";"), other.lastIndexOf("\n")) + 1);
    const roles = lower(clause).split(/[^\p{L}-]+/u).filter((w) => TITLE_WORDS.has(w) && !/^(?:the|of|and|for|a)$/u.test(w));
    return roles.length ? roles.join(" ") : null;
  }

  /** The words around every place a person is named. */
  private contextOf(person: Person | null, name: string): string {
    const around = (start: number, end: number) => {
      const titlesStart = titlesBefore(this.text, Math.max(0, start - 80), start);
      // "the Moroccan delegation (was led) by [title] Name": the side the person leads
      const ahead = this.text.slice(Math.max(0, titlesStart - 80), titlesStart);
      // (or the other side of a meeting, named before the comma: "his Peruvian counterpart, X")
      const side = LED_BY.exec(ahead)?.[1] ?? COUNTERPART_OF.exec(ahead)?.[1] ?? "";
      // "Adviser to the President Yaw Boateng": the role after "to the" is the one the person serves
      const served = /\b(?:to|of)\s+the\s+\p{Lu}/iu.test(this.text.slice(Math.max(0, titlesStart - 8), titlesStart + 5));
      const before = `${side} ${served ? "" : this.text.slice(titlesStart, start)}`;
      const rest = this.text.slice(end, end + 110);
      // an appositive is a title only with a role noun in it (not ", today co-chaired the session
      // of …"), and not another person's ("…, and his Jordanian counterpart, …")
      const appositive = TITLE_AFTER.exec(rest)?.[0];
      // nor a clause: ", received Peru's Minister of Foreign Affairs," is what the person did
      const titled = appositive !== undefined && !COORDINATION.test(appositive) && !opensWithVerb(appositive) && !roleThenVerb(appositive) && appositive.toLowerCase().split(/[^\p{L}-]+/u).some((w) => ROLE_NOUNS.has(w));
      const after = (titled ? appositive : undefined) ?? OF_COUNTRY.exec(rest)?.[0] ?? "";
      return `${before} ${after}`;
    };
    if (person) {
      let context = this.contexts.get(person);
      if (context === undefined) {
        context = packedMap(person.mentions.slice(0, 20), (m) => around(m.start, m.end)).join(" ");
        this.contexts.set(person, context);
      }
      return context;
    }
    let context = this.contexts.get(name);
    if (context === undefined) {
      const surname = name.split(" ").pop() ?? name;
      const at = this.text.indexOf(surname);
      context = at < 0 ? "" : around(at, at + surname.length);
      this.contexts.set(name, context);
    }
    return context;
  }

  private looksLikePersonName(name: string): boolean {
    const words = tokens(name);
    return words.length >= 1 && words.length <= 5 && words.every((w) => isCapitalised(w) || /^(?:bin|al|de|da|von|der|van|el|ibn)$/u.test(w))
      && !words.some((w) => NON_PERSON_HEADS.has(lower(w)));
  }
}

const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

// The country a title says its holder is of: "Ghanaian Minister of Trade", "Ghana's Minister",
// "President of the Republic of Ghana" (not a field: "Director for Latin American Affairs").
const TITLE_OPENING_COUNTRY = /^(?:the\s+)?(\p{Lu}\p{L}+)(?:[’']s)?\s/u;
const TITLE_CLOSING_COUNTRY = /\bof\s+(?:the\s+)?(?:Republic\s+of\s+|Kingdom\s+of\s+|State\s+of\s+)?(\p{Lu}\p{L}+)$/u;

/** The country or nationality (lower case) a title opens or closes with, or null. */
function countryOfTitle(title: string): string | null {
  for (const m of [TITLE_OPENING_COUNTRY.exec(title), TITLE_CLOSING_COUNTRY.exec(title)]) {
    const word = m ? lower(m[1]!) : null;
    if (word && (COUNTRIES.has(word) || NATIONALITIES.has(word))) return word;
  }
  return null;
}

/** Does `told` (lower case) name a country or nationality that none of `adjectives` is? */
function namesAnotherCountry(told: string, adjectives: string[]): boolean {
  for (const word of told.split(/\P{L}+/u)) {
    if (!COUNTRIES.has(word) && !NATIONALITIES.has(word)) continue;
    if (!adjectives.some((a) => sameCountry(a, word))) return true;
  }
  // (and a country of two words: "President of Côte d’Ivoire")
  for (const country of COUNTRIES_OF_TWO_WORDS) if (told.includes(country) && !adjectives.some((a) => nationalOfTwoWords(a, country))) return true;
  return false;
}

/** Does `text` (lower case) name the country of `adjective`, of one word or of two ("Ivorian": "Côte d’Ivoire")? */
function ofCountry(adjective: string, text: string): boolean {
  if (sameCountry(adjective, text)) return true;
  for (const country of COUNTRIES_OF_TWO_WORDS) if (text.includes(country) && nationalOfTwoWords(adjective, country)) return true;
  return false;
}

/** "Vietnamese" of "viet nam", "Ivorian" of "côte d’ivoire". */
function nationalOfTwoWords(adjective: string, country: string): boolean {
  return nationalOf(adjective, country) || sameCountry(adjective, country.replace(/\s+/gu, ""));
}

/** Where the run of title words and capitalised words on the same line before `end` begins. */
function titlesBefore(text: string, floor: number, end: number): number {
  let at = end;
  for (;;) {
    let i = at;
    while (i > floor && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
    if (i === at) return at;
    let j = i;
    while (j > floor && !/\s/u.test(text[j - 1]!)) j--;
    if (j === i || !TITLE_WORD.test(text.slice(j, i))) return at;
    at = j;
  }
}

// An acronym in brackets after the name it abbreviates: " (DFA)".
const DEFINED_ACRONYM = /\s\(\p{Lu}{2,8}\)$/u;

/** The initials of a name's capitalised words: "Resident District Commissioner of Tororo" → "RDCT". */
function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** The name an acronym stands for where the text first writes it out: "Department of Foreign Affairs (DFA)". */
function spelledOut(text: string, acronym: string): string | null {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  // back over the capitalised words and the connectors between them
  const words = text.slice(Math.max(0, at - 120), at).trim().split(/\s+/u);
  let first = words.length;
  while (first > 0 && (/^\p{Lu}[\p{L}’'-]*$/u.test(words[first - 1]!) || (first < words.length && /^(?:of|for|and|on|the|de)$/u.test(words[first - 1]!)))) first--;
  while (first < words.length && (!/^\p{Lu}/u.test(words[first]!) || /^the$/iu.test(words[first]!))) first++;
  const name = words.slice(first).join(" ");
  if (!name) return null;
  // its capitals spell the acronym: the words' initials, in order
  const initials = initialsOf(name);
  return initials.includes(acronym) || acronym.startsWith(initials) ? name : null;
}
