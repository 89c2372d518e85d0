// The sides a document names (SPEC: documents.parties): "between Samarkand region and Shandong
// province", "X signed a memorandum with Y", "X and Y signed an agreement". The persons who sign
// are not parties, nor are "the two sides" or "the presidents".
import { documentHead } from "./vocabulary.js";
import { lastWords, trimTrailing } from "./words.js";
import { wordClass } from "../people/wordClasses.js";
import { COUNTRIES, NATIONALITIES } from "../people/lexicon.js";

// Where a party's name ends: the subject of the document or the rest of the sentence begins.
// (also " at " a venue, "yesterday", "on Monday", a paragraph break, or a line break before a list's next item or a sentence; ", and" before a lower-case word, a clause of its own: ", and this is a
// historic day"; "to the Agreement"; a full stop after "Co." or "Ltd." before a sentence's first word;
// "on the Trans-Caspian corridor", a subject in lower case after a capitalised word; a participle's
// phrase: "amending the Agreement", ", covering energy and water"; a venue before the day: "in
// Haikou on April 22"; "for the
// Avoidance of …", a subject in capitals after a country, not after a body named for it)
const partyEnd =
  /\n\s*\n|,\s*(?:and\s+)?\(?(?:\d{1,2}|[a-h])\)\s|(?<![\s,])\s+and\s+\(?(?:\d{1,2}|[a-h])\)\s|(?<!\s)\s+on\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|(?<!\s)\s+(?:at|yesterday|today|tomorrow)\b|(?<!\s)\s+(?:19|20)\d\d\b|\n(?=[ \t]*(?:[-•*–—]\s|\d{1,2}[.)]\s|(?:The|This|These|It|They)\s))|,\s+and\s+(?!the\b|an?\b)\p{Ll}|(?<!\s)\s+(?:to|on)\s+the\s+(?:Agreement|Protocol|Convention|Treaty|Memorandum)\b|(?<=\.)\s+(?:The|This|These|It|They|He|She|In|On|At|During|Both|Also)\s|(?<!\s)\s+on\s+the\s+\p{Lu}[\p{L}-]*\s+(?!(?:of|and|for|in|the)\b)\p{Ll}|(?<!\s)\s+on\s+\p{Lu}{2,}\s+\p{Ll}|(?<!\s)\s+(?:on|in|to|for|regarding|concerning|under|within|aimed|during|at|was|were|which|that|by|with|signed|respectively)\s+(?=(?!the\s+\p{Lu})\p{Ll}|\d)|(?<!\s)\s+(?:on|in)\s+(?:the\s+)?(?:field|area|sphere|issues?)s?\b|(?<!\b(?:\p{Lu}|St|Mt|Co|No|Dr|Mr|Inc|Ltd|Corp|Plc|Bhd|Pvt|LLC))\.\s|[;:]|,\s+and\s+the\s+\p{Ll}|,\s+and\s+an?\s|,\s+as\s+well\s+as\b|(?<!\s)\s+[–—-]\s|,\s+(?:which|who|while|whereas|the\s+(?:press|statement)|said|exchanged|received|signed|represented|will|would|shall|is|are|was|were|has|have|had)\b|,\s+\p{Ll}{3,}ing\s|(?<!\s)\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=\s+on\s+(?:\p{Lu}|\d))|(?<![\s,])\s+\p{Ll}{3,}ing\s+(?:the|a|an|its|their)\s|(?<!\s)(?<!\b(?:Committee|Commission|Council|Conference|Board|Panel|Forum|Court|Convention))\s+on\s+(?=(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Lu}|of\s|and\s|in\s|for\s))|(?<!\s)(?<!\b(?:Ministry|Agency|Commission|Committee|Council|Office|Fund|Centre|Center|Institute|Authority|Department|Service|Organi[sz]ation|Association|Foundation|Bank))\s+for\s+the\s+(?=\p{Lu}\p{Ll}+(?:ance|ence|ion|ment)\b)/u;

// A side that is nobody in particular, or a person by role.
const notAParty =
  /^(?:the\s+)?(?:two|both|three|four)\b|^(?:the\s+)?(?:sides?|parties|leaders?|presidents?|heads?|ministers?|prime ministers?|crown prince|king|emir|sheikh|chairman|secretary|officials?|representatives?|delegations?|countries|nations)\b/iu;

/** "between X and Y" in the complement of a document: the two sides, as written. */
export function partiesBetween(complement: string): string[] {
  const at = /\bbetween\s/u.exec(complement);
  if (!at) return [];
  // ("the United Kingdom of Great Britain and Northern Ireland": an "and" inside a country's name)
  const rest = maskCountries(complement.slice(at.index + at[0].length, at.index + at[0].length + 400));
  return sidesBetween(rest).map(unmaskCountries);
}

function sidesBetween(rest: string): string[] {
  const firstStop = partyEnd.exec(rest);
  const scope = firstStop ? rest.slice(0, firstStop.index) : rest;
  const and = pickAnd(scope);
  if (and < 0) {
    // "between the Customs Administrations of the two countries", "between the two foreign
    // ministries": one plural side
    const one = clean(scope);
    return institutionsOfBoth(one) ? [one] : [];
  }
  const second = rest.slice(and).replace(/^[\s,]*(?:and|&)\s+/u, "");
  const secondEnd = partyEnd.exec(second);
  const sides = [clean(rest.slice(0, and)), clean(second.slice(0, secondEnd ? secondEnd.index : second.length))];
  // "between the Russian and Chinese Olympic committees": two nationalities of one plural side
  if (NATIONALITIES.has(sides[0]!.toLowerCase()) && /^\p{Lu}\p{L}+\s+(?:\p{L}+\s+){0,3}\p{L}+s$/u.test(sides[1]!)) return [clean(`${sides[0]} and ${sides[1]}`)];
  // "between the Railway Ministries of A and B": the body of each, in the singular
  const shared = BODIES_OF_EACH.exec(sides[0]!);
  if (shared && COUNTRIES.has(sides[1]!.toLowerCase())) return [`${shared[1]}${singular(shared[2]!)} of ${shared[3]}`, `${shared[1]}${singular(shared[2]!)} of ${sides[1]}`];
  // "between two countries and a joint plan of action": not two sides after all
  if (sides.some((p) => notAParty.test(p) || opensWithHead(p))) return [];
  // ("the company", "the ministry": a side named before, by a common noun, is no name)
  return sides.filter((p) => /\p{L}{2}/u.test(p) && !/^(?:the|a|an)$/iu.test(p) && !(/^\p{Ll}+$/u.test(p) && organisation.test(p)));
}

// "Railway Ministries of India", "the Foreign Ministries of Chile": a plural body before the first country.
const BODIES_OF_EACH = /^((?:\p{Lu}[\p{L}-]*\s+){0,3})(Ministries|Governments|Agencies|Academies|Chambers|Universities|Institutes|Banks|Parliaments|Services|Authorities|Committees|Councils|Commissions|Offices|Departments)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;
const singular = (plural: string): string => (plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.slice(0, -1));

// The bodies of both sides, named together: "Customs Administrations of the two countries", "the
// two foreign ministries", "education ministries of the two countries" (not "the two countries",
// nor "the two governments": the sides unnamed).
const BODIES = "(?:ministries|governments|administrations|agencies|academies|chambers|universities|institutes|banks|parliaments|services|authorities|committees|councils|commissions|offices|departments)";
const BODIES_OF_BOTH = new RegExp(`^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}${BODIES}\\s+of\\s+(?:the\\s+)?(?:two|both)\\s+(?:countries|nations|states|sides)$|^(?:the\\s+)?(?:two|both)\\s+(?:[\\p{L}-]+\\s+){1,2}${BODIES}$`, "u");

/** Are these the bodies of both sides, named together (lower case or capitalised)? */
const institutionsOfBoth = (name: string): boolean => BODIES_OF_BOTH.test(name.toLowerCase());

// Words that name an organisation: the "and" before one of them joins two sides.
export const organisation =
  /^(?:ministry|ministries|government|governments|cabinet|university|council|committee|commission|agency|bank|company|corporation|office|institute|academy|authority|administration|department|forum|association|organi[sz]ation|union|alliance|community|parliament|assembly|secretariat|board|foundation|league|federation|center|centre|chamber|fund|group|trust|service|court|television|radio|republic|kingdom|state|city|region|province|governorate|municipality|county|prefecture|oblast|district)$/iu;

/** The "and" that joins the two sides, of the ones in `scope`: its offset, or -1. */
function pickAnd(scope: string): number {
  const joins = /(,?)\s(and|&)\s/gu;
  let best = -1;
  let bestScore = -Infinity;
  for (let m = joins.exec(scope); m; m = joins.exec(scope)) {
    const after = scope.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/\s+/u).slice(0, 4);
    const before = scope.slice(Math.max(0, m.index - 40), m.index).split(/\s+/u).slice(-2);
    let score = 0;
    if (after[0]?.toLowerCase() === "the") score += 3;
    // "… and Rwanda's Ministry of …": a possessive opens the next side
    if (/^\p{Lu}\p{L}+['’]s$/u.test(after[0] ?? "")) score += 3;
    if (m[1]) score += 2;
    if (after.some((w) => organisation.test(w.replace(/[’'],?s$|[,.]$/u, "")))) score += 2;
    // "Ministry of Tourism and Sports": an "and" inside the "of" part of a name
    if (before[0]?.toLowerCase() === "of" || before[1]?.toLowerCase() === "of") score -= 1;
    // "of Trade, Industry and Energy": the last of a series of fields; "Hydro & Nuclear Power": a name's own
    if (!m[1] && before[0]?.endsWith(",")) score -= 2;
    if (m[2] === "&") score -= 1;
    if (score > bestScore) {
      bestScore = score;
      best = m.index;
    }
  }
  return best;
}

/** Does the side open with a document ("an implementing arrangement on …"): a second document, not a side? */
function opensWithHead(party: string): boolean {
  documentHead.lastIndex = 0;
  const m = documentHead.exec(party.slice(0, 60));
  return m !== null && m.index <= 30 && /^(?:(?:[\p{Ll}-]+|Joint|An?|The)\s+){0,3}$/u.test(party.slice(0, m.index));
}

/** A party as a name: one line, no article, no apposition ("ROSATOM, the State Corporation"). */
function clean(party: string): string {
  // "Today the Bank of X": a sentence adverb that opens the clause
  party = party.replace(OPENING_ADVERB, "");
  const apposition = /,\s+(?:the|a|an)\s/u.exec(party);
  if (apposition) party = party.slice(0, apposition.index);
  // "the port's operator, Tema Terminal Services": a description, then the name it describes
  const described = /^(?:the\s+)?[\p{Ll}’'\s-]{3,60},\s+(?=\p{Lu})/u.exec(party);
  if (described) party = party.slice(described[0].length);
  // "state energy firm PT Pertamina", "the state power companies A and B", "Netherlands-based Noordzee Foundation", "Pertamina's subsidiary
  // PT Pertamina Geothermal", "Japan's Kitasora Energy Corporation": a description of the company
  // before its name (not "Rwanda's Ministry of Agriculture", which the country's name makes whole)
  const description = DESCRIPTION_BEFORE.exec(party);
  if (description && (description[1] === undefined || description[2] || companyNamed(party.slice(description[0].length)))) party = party.slice(description[0].length);
  // "the Indonesian province of East Java": a nationality and a kind of place in lower case describe the name
  const kind = PLACE_DESCRIBED.exec(party);
  if (kind && NATIONALITIES.has(kind[1]!.toLowerCase())) party = party.slice(kind[0].length);
  party = party.replace(/\s+/gu, " ");
  const trimmed = trimTrailing(party.trim().replace(/^(?:the|a|an|its|their|his|her)\s+/iu, ""), " ,;.");
  // a company's abbreviation keeps its full stop: "Trading Co.", "Cargo Terminals d.d."
  return COMPANY_ABBREVIATION.test(trimmed) && trimTrailing(party.trim(), " ,;").endsWith(".") ? `${trimmed}.` : trimmed;
}

const OPENING_ADVERB = /^\s*(?:Today|Yesterday|Meanwhile|Separately|Additionally|Similarly|Likewise|Subsequently|Later|Earlier|Also|Then|Finally|Moreover|Furthermore),?\s+(?=\p{L})/u;

// a description in lower case ending in a word for a company, a place's "-based", or a possessive
// name with or without such a description: what stands before the company's own name
const DESCRIPTION_BEFORE = /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:firms?|compan(?:y|ies)|operators?|producers?|giants?|subsidiar(?:y|ies)|carriers?|developers?|lenders?|utilit(?:y|ies)|providers?|makers?|manufacturers?|exporters?|suppliers?|conglomerates?|insurers?|startups?|start-ups?|banks?|railways?|airlines?)|\p{Lu}[\p{L}-]*-based|(\p{Lu}[\p{L}-]*['’]s)((?:\s+[\p{Ll}-]+){0,2}))\s+(?=\p{Lu})/u;

/** Does the name hold a company's word ("Corporation", "Ltd", "Group")? */
const companyNamed = (name: string): boolean => name.split(/\s+/u).some((w) => companyWord.test(w) || /^(?:Corporation|Company|Co)\.?,?$/u.test(w));

const PLACE_DESCRIBED = /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:province|state|region|city|emirate|county|prefecture|municipality|island)\s+of\s+(?=\p{Lu})/u;

const COMPANY_ABBREVIATION = /\b(?:Co|Ltd|Inc|Corp|Bhd|Pvt|S\.A|d\.d|a\.s|N\.V|B\.V|A\.G|S\.p\.A)$/u;

/** "signed a memorandum with Y": the other side after "with". */
export function partyAfterWith(after: string): string | null {
  // the name, and a country after a comma: "with Fukuyama University, Japan on Monday"
  // ("with the company X", "with the lender X": a word for what the side is, before its name)
  const m = /^\s*(?:\([^()]{1,40}\)\s*)?with\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:company|firm|operator|developer|lender|bank|group|investor|contractor|consortium|university)\s+)?(\p{Lu}[^,.;]{1,120}(?:,\s\p{Lu}[\p{L}-]+(?![\p{L},]))?|group of [^,.;]{1,100})/u.exec(after);
  if (!m) return null;
  let name = m[1]!;
  const stop = /(?<!\s)\s+(?:on|in|to|for|at|during|under|which|that|was|were)\s+(?=\p{Ll}|\p{Lu}\p{Ll}+day\b|\d)/u.exec(name);
  if (stop) name = name.slice(0, stop.index);
  name = clean(name);
  return name && !notAParty.test(name) ? name : null;
}

// "… by X, on behalf of the European Union, and Y": a side named through its signatory.
const onBehalfOf = /\bon behalf of (?:the\s+)?(\p{Lu}[^,;.()]{1,80})/gu;

/** The sides named through their signatories in `rest` (bounded by the caller). */
export function partiesOnBehalf(rest: string): string[] {
  const sides: string[] = [];
  onBehalfOf.lastIndex = 0;
  for (let m = onBehalfOf.exec(rest); m && sides.length < 4; m = onBehalfOf.exec(rest)) {
    const stop = partyEnd.exec(m[1]!);
    const name = stop ? m[1]!.slice(0, stop.index) : m[1]!;
    const and = name.indexOf(" and ");
    const side = clean(and >= 0 ? name.slice(0, and) : name);
    if (side && !notAParty.test(side)) sides.push(side);
  }
  return sides;
}

// The countries whose names hold an "and": it joins no two sides.
const COUNTRY_WITH_AND = /\b(?:Trinidad and Tobago|(?:the\s+)?United Kingdom of Great Britain and Northern Ireland|Antigua and Barbuda|(?:Saint|St\.?) Kitts and Nevis|(?:Saint|St\.?) Vincent and the Grenadines|Bosnia and Herzegovina|S[aã]o Tom[eé] and Pr[ií]ncipe|Turks and Caicos)\b/gu;
// A side of a series before its last two ("Barbados, Belize, Dominica and …"): a name and nothing else.
const SERIES_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|the|for|and|de|del|da|do|di|du|la|le|\p{Lu}[\p{L}.’'-]*)){0,6}$/u;
// Capitalised words that open a clause's adverbial, not a name: "On Monday, …", "In Lima, …".
const OPENS_ADVERBIAL = /^(?:on|in|at|during|after|before|today|yesterday|meanwhile|also|however|later|earlier|then|thus|moreover|furthermore|additionally|separately|similarly|likewise|subsequently|finally|first|second|besides|following|within|under|with|for|from|by|as|since|when|while)\b/iu;

/** "X and Y signed …", "A, B and C signed …": the subject's sides when they are organisations or countries. */
export function partiesInSubject(subject: string, isPerson: (name: string) => boolean): string[] {
  // "Trinidad and Tobago": an "and" inside a country's name, kept from the search below
  return sidesOfSubject(maskCountries(subject), isPerson).map(unmaskCountries);
}

const maskCountries = (text: string): string => text.replace(COUNTRY_WITH_AND, (name) => name.replace(/ and /gu, " AND "));
const unmaskCountries = (side: string): string => side.replace(/ AND /gu, " and ");

function sidesOfSubject(subject: string, isPerson: (name: string) => boolean): string[] {
  // the clause of the subject: the last comma piece that joins two sides ("…, Kenya, and Rwanda")
  const pieces = subject.split(",").map((p) => p.trim()).filter(Boolean);
  // "X and ROSATOM, the State Corporation of Y, signed": a last piece between commas is an apposition
  const fenced = /,\s*$/u.test(subject);
  let clause = "";
  // the pieces before the clause that are sides of the same series
  let seriesFrom = -1;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    // ", while the two leaders signed …": a clause of its own, whose subject is all there is
    // (so is ", and the Ministry of X and the Bank of Y signed …")
    if (i === pieces.length - 1 && (/^(?:while|whereas|but|when|after|as)\s/u.test(piece) || /^and\s.*\s(?:and|&)\s/u.test(piece))) {
      clause = piece.replace(/^\S+\s+/u, "");
      break;
    }
    // the subject right before the verb, of one side: "…, ministers of the two countries signed",
    // "the foreign ministries of the two countries signed"
    if (i === pieces.length - 1 && !fenced && !/^and\s/u.test(piece) && !/\s(?:and|&)\s/u.test(piece) && !OPENS_ADVERBIAL.test(piece)) {
      // ("the two governments signed" names nobody in particular, as "the two sides" does)
      const one = clean(piece);
      return institutionsOfBoth(one) && /\bof\s+(?:the\s+)?(?:two|both)\s/u.test(one) ? [one] : [];
    }
    if (/^and\s/u.test(piece) && i > 0) {
      // ", and we have adopted …": a pronoun is the subject, and names nobody
      if (PRONOUN_SUBJECT.test(piece)) return [];
      clause = `${pieces[i - 1]} ${piece}`;
      seriesFrom = i - 1;
      break;
    }
    if (/\s(?:and|&)\s/u.test(piece)) {
      clause = piece;
      seriesFrom = i;
      // "the Ministry of Investment, Industry and Trade of X and …": a comma inside a series of fields
      const before = pieces[i - 1];
      if (before !== undefined && /\bof\s+\p{Lu}[\p{L}-]*$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(piece) && !/^The\s/u.test(piece)) {
        clause = `${before}, ${piece}`;
        seriesFrom = -1;
      }
      break;
    }
  }
  // "Lima, 3 May 2025 – Chile and Peru signed": a dateline before the clause is none of its sides
  const dash = Math.max(clause.lastIndexOf(" – "), clause.lastIndexOf(" — "), clause.lastIndexOf(" - "));
  if (dash >= 0) clause = clause.slice(dash + 3);
  // "representatives of A and B exchanged …": the bodies they represent
  clause = clause.replace(ON_BEHALF_OF_BODIES, "");
  // (", while the A Agency and the Ministry of Investment, Industry and Trade": the clause's conjunction)
  clause = clause.replace(/^(?:while|whereas|but)\s+/u, "");
  const and = pickAnd(clause);
  if (and < 0) return [];
  // "Interbank Payment and Settlement Systems (IPSS)": one name, whose initials run over its "and"
  if (initialsSpanAnd(clause)) {
    const one = clean(clause);
    return namedSide(one) && !isPerson(one) ? [one] : [];
  }
  const written = [clause.slice(0, and), clause.slice(and).replace(/^\s*(?:and|&)\s+/u, "")];
  // "the Coastal Oil and Gas Company signed": an "and" between two common nouns inside one name
  if (joinsCommonNouns(clean(written[0]!), clean(written[1]!))) {
    const one = clean(clause);
    return one.split(/\s+/u).some((w) => organisation.test(w) || companyWord.test(w)) && namedSide(one) ? [one] : [];
  }
  const sides = written.map((side) => clean(bodyOfSignatory(side.replace(ON_BEHALF_OF_BODIES, "")))).filter(Boolean);
  if (sides.some((p) => notAParty.test(p) || isPerson(p) || !namedSide(p) || opensWithHead(p))) return [];
  // "Barbados, Belize, Dominica and St. Vincent …": the names before the last two, back to the
  // start of the subject or a piece that is no bare name ("In Lima, Chile, Peru and Colombia")
  const series: string[] = [];
  for (let k = seriesFrom - 1; k >= 0; k--) {
    const piece = pieces[k]!;
    // (a country or an institution: "at Urugwiro Village, Kigali, Kenya and Rwanda" names a city first)
    const side = clean(piece);
    const known = COUNTRIES.has(side.toLowerCase()) || side.split(/\s+/u).some((w) => organisation.test(w));
    if (!SERIES_NAME.test(piece) || OPENS_ADVERBIAL.test(piece) || notAParty.test(piece) || !known || isPerson(side)) break;
    series.unshift(side);
  }
  return [...series, ...sides];
}

// The role a body's signatory holds in it, and the words that qualify the role.
// (not a minister's or an envoy's: "Kenyan Finance Minister X" names a field, not a body)
const SIGNATORY_ROLE = /^(?:director|chairman|chairwoman|chairperson|chair|president|ceo|executive|head|manager|governor|rector|mayor|commissioner|administrator)$/u;
const ROLE_QUALIFIER = /^(?:managing|deputy|acting|chief|general|executive|vice|country|regional|first)$/u;

/**
 * "TAZARA managing director Joseph Mwakalinga", "Kenya Power chief executive Jane Wambui": a body's
 * name, the role its signatory holds there and the signatory, for the body (not "Governor of Upper
 * Austria Markus Lehner", whose role comes first, nor "Indian Trade Commissioner …").
 */
function bodyOfSignatory(side: string): string {
  const words = side.trim().split(/\s+/u);
  const role = words.findIndex((w, i) => i > 0 && SIGNATORY_ROLE.test(w.toLowerCase()));
  if (role < 0) return side;
  let bodyEnd = role;
  while (bodyEnd > 0 && ROLE_QUALIFIER.test(words[bodyEnd - 1]!.toLowerCase())) bodyEnd--;
  let nameFrom = role + 1;
  while (nameFrom < words.length && /^(?:general|officer|director|executive|manager)$/iu.test(words[nameFrom]!)) nameFrom++;
  const body = words.slice(0, bodyEnd).filter((w, i) => i > 0 || !/^(?:the|a|an)$/iu.test(w));
  const name = words.slice(nameFrom);
  const capitalised = (w: string) => /^\p{Lu}/u.test(w) && !/['’]s$/u.test(w);
  if (!body.length || !name.length || !body.every((w, i) => capitalised(w) || (i > 0 && /^(?:of|and|&|de|the)$/u.test(w))) || !name.every(capitalised)) return side;
  return NATIONALITIES.has(body[0]!.toLowerCase()) ? side : body.join(" ");
}

/** Does the name end in a bracketed abbreviation made of the initials of its words on both sides of an "and"? */
function initialsSpanAnd(name: string): boolean {
  const trimmed = name.replace(OPENING_ADVERB, "").trim();
  const m = /\((\p{Lu}\p{L}{1,9})\)$/u.exec(trimmed);
  const before = m ? trimmed.slice(0, m.index) : "";
  if (!m || !/\s(?:and|&)\s/u.test(before)) return false;
  const initials = before.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  const letters = m[1]!.replace(/\p{Ll}/gu, "");
  return letters.length >= 3 && initials === letters;
}

const ON_BEHALF_OF_BODIES = /^(?:[Tt]he\s+)?(?:[Rr]epresentatives|[Oo]fficials|[Dd]elegations|[Hh]eads|[Ee]nvoys)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;

/** Does a side name a body: an organisation's word, a country, or an acronym in it? */
export const isBody = (side: string): boolean => side.split(/\s+/u).some((w) => organisation.test(w)) || COUNTRIES.has(side.toLowerCase()) || /\b\p{Lu}{2,}\b/u.test(side);

// The word a company's name ends with: "Nordic Shipping AB", "Andes Copper Ltd".
export const companyWord = /^(?:Ltd|Inc|Corp|LLC|AB|AG|GmbH|SA|SpA|NV|BV|Plc|PLC|Bhd|Pvt|Limited|Group|Holdings?)\.?$/u;

/** "Oil" and "Gas": the words either side of an "and" are common nouns in compromise's lexicon, capitalised, no article between. */
function joinsCommonNouns(left: string, right: string): boolean {
  const last = lastWords(left, 1)[0] ?? "";
  const first = right.split(/\s+/u, 1)[0] ?? "";
  return /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(first) && wordClass(last.toLowerCase()) === "common" && wordClass(first.toLowerCase()) === "common";
}

// ", and we have adopted …", ", and they signed …": a pronoun for the subject.
const PRONOUN_SUBJECT = /^and\s+(?:we|they|he|she|it|both|all)$/iu;

/**
 * Is a subject's side a name: capitalised ("Peru", "Bank of Ghana"), or an organisation's name after
 * a word or two of lower case ("the provincial Ministry of Health", "the national Bank of Ghana"),
 * and no clause of its own ("our ministers signed the Lomé Protocol")?
 */
function namedSide(side: string): boolean {
  if (/\b(?:signed|adopted|concluded|inked|exchanged|have|has)\b/u.test(side)) return false;
  if (/^\p{Lu}/u.test(side)) return true;
  const lead = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?=\p{Lu})/u.exec(side);
  return lead !== null && side.slice(lead[0].length).split(/\s+/u).some((w) => organisation.test(w));
}

// An item that opens with two capitalised sides, then a dash or a colon and what they agreed on.
const SIDES_THEN_SUBJECT = /^(\p{Lu}[^–—:;]{0,120}?\s(?:and|&)\s(?:the\s+)?\p{Lu}[^–—:;]{0,120}?)(?:\s[–—-]|:)\s/u;

/**
 * "A Corporation and B Ltd – a seafood park": the two sides a listed item opens with, each an
 * organisation, a company or a country (not "Ministry of Tourism and Sports: promotion"), or undefined.
 */
export function sidesOpening(item: string): string[] | undefined {
  const m = SIDES_THEN_SUBJECT.exec(item);
  if (!m) return undefined;
  const sides = partiesBetween(`between ${m[1]}`);
  // (or a name of two words or more that ends in a common noun: "Blue Lagoon Resorts", not "Sports")
  const named = (side: string) => {
    const words = side.split(/\s+/u);
    return COUNTRIES.has(side.toLowerCase()) || words.some((w) => organisation.test(w) || companyWord.test(w)) || (words.length > 1 && wordClass(words[words.length - 1]!.toLowerCase()) === "common");
  };
  return sides.length === 2 && sides.every(named) ? sides : undefined;
}

/** "with the Ministry of Health on vaccines": the side an enumerated item names. */
export function partyOfItem(subject: string): string[] | undefined {
  if (!/^with\s/iu.test(subject)) return undefined;
  const side = partyAfterWith(subject);
  return side ? [side] : undefined;
}

// "Joint Statement of Turkmenistan and the Republic of Uzbekistan": the two who make it
const JOINT_OF = /^(?:the\s+)?joint\s+(?:statement|declaration|communiqu[eé])\s+of\s+(?:the\s+)?(\p{Lu}[^,;]{1,80}?)\s+and\s+(?:the\s+)?(\p{Lu}[^,;]{1,80})$/iu;
// "Joint action plan of the Customs Committee of A and the Customs Committee of B on …": a joint
// document of the two, its subject after them
const JOINT_WORK_OF = /^(?:the\s+)?joint\s+(?:action\s+plan|plan\s+of\s+action|plan|programme|program|road\s?map)\s+of\s+(?=(?:the\s+)?\p{Lu})/iu;

/** The sides a joint statement's own name gives ("Joint Declaration of A and B"), or none. */
export function partiesOfJoint(written: string): string[] {
  const title = written.trim();
  const work = JOINT_WORK_OF.exec(title);
  if (work) return partiesBetween(`between ${title.slice(work[0].length)}`);
  const m = JOINT_OF.exec(title);
  if (!m) return [];
  const sides = [clean(m[1]!), clean(m[2]!)];
  return sides.some((p) => notAParty.test(p) || /\b(?:heads?|leaders?|presidents?|ministers?)\b/iu.test(p)) ? [] : sides;
}
