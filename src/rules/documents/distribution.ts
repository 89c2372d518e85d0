// An inline plural head distributes over its coordinated complements (SPEC: documents): one
// document per subject. Three shapes of coordination:
// - a repeated preposition: "memorandums on X and on Y", "agreements for A, as well as for B";
// - a comma list under a shared preposition: "agreements in the fields of A, B and C";
// - coordinated modifiers of one domain noun: "memoranda in the tourism, banking and aviation
//   sectors" (one memorandum per sector).

import { packedMap } from "../../text/packed.js";

export interface Part {
  /** The subject as it reads in the title: the shared prefix and this part. */
  subject: string;
  /** Where this part starts in the source. */
  start: number;
  /** Where this part ends in the source. */
  end: number;
  /** The part's title is composed in full (not the first part's source text). */
  composed?: boolean;
}

// "… and on Y", ", as well as on Z": a repeated preposition starts another subject of one plural
// head; so does a comma before it in a series that ends so ("on X, on Y and on Z").
const repeatedPreposition = /(?<=[^\s,]),?\s+(?:and|as well as)\s+(on|in|for|between|to|regarding|concerning)\s/giu;
const commaPreposition = /(?<=[^\s,]),\s+(on|in|for|between|to|regarding|concerning)\s/giu;

/** The subjects a plural head distributes over: complement text[from, to). */
export function distribute(text: string, from: number, to: number): Part[] {
  const complement = text.slice(from, to);
  const domains = domainList(complement, from);
  if (domains.length) return domains;
  const splits: { at: number; next: number; prefix: string }[] = [];
  repeatedPreposition.lastIndex = 0;
  for (let m = repeatedPreposition.exec(complement); m; m = repeatedPreposition.exec(complement)) {
    const preposition = m[1]!.toLowerCase();
    const first = new RegExp(`\\b${preposition}\\b`, "iu").exec(complement.slice(0, m.index));
    if (!first) continue;
    splits.push({ at: m.index, next: m.index + m[0].length - preposition.length - 1, prefix: complement.slice(0, first.index).trim() });
  }
  // the commas of the series, before its last "and on Z", with the preposition the series opened with
  const opening = /^\s*(\p{L}+)\s/u.exec(complement)?.[1]?.toLowerCase();
  const lastAnd = splits[splits.length - 1];
  if (lastAnd && opening && complement.slice(lastAnd.next).toLowerCase().startsWith(opening)) {
    commaPreposition.lastIndex = 0;
    for (let m = commaPreposition.exec(complement); m && m.index < lastAnd.at; m = commaPreposition.exec(complement)) {
      if (m[1]!.toLowerCase() !== opening || splits.some((sp) => sp.at === m!.index)) continue;
      splits.push({ at: m.index, next: m.index + m[0].length - m[1]!.length - 1, prefix: "" });
    }
    splits.sort((a, b) => a.at - b.at);
  }
  if (splits.length) {
    const parts: Part[] = [{ subject: complement.slice(0, splits[0]!.at).trim(), start: from, end: from + splits[0]!.at }];
    splits.forEach((sp, n) => {
      const stop = n + 1 < splits.length ? splits[n + 1]!.at : complement.length;
      const own = complement.slice(sp.next, stop).trim();
      parts.push({ subject: `${sp.prefix} ${own}`.trim(), start: from + sp.next, end: from + stop });
    });
    return parts;
  }
  const listed = commaList(complement, from);
  return listed.length ? listed : pair(complement, from);
}

// "on tourism and air services": two subjects of one plural head, bare noun phrases of a few
// words each (no preposition inside either: "on cooperation in science and technology" is one)
const PAIR = /^(\s*(?:on|in|for|regarding|concerning)\s+)((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+and\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;
const INNER_PREPOSITION = /\b(?:of|in|on|for|with|to|between|the|a|an)\b/u;

/** "on A and B" of a plural head: A and B, the preposition shared. */
function pair(complement: string, from: number): Part[] {
  const m = PAIR.exec(complement);
  if (!m || INNER_PREPOSITION.test(m[2]!) || INNER_PREPOSITION.test(m[3]!)) return [];
  const lead = m[1]!;
  const firstEnd = lead.length + m[2]!.length;
  const second = complement.indexOf(m[3]!, firstEnd);
  return [
    { subject: `${lead.trim()} ${m[2]!}`, start: from, end: from + firstEnd },
    { subject: `${lead.trim()} ${m[3]!}`, start: from + second, end: from + second + m[3]!.length },
  ];
}

// The last preposition of the first subject: what the other subjects of a comma list share.
const sharedPrefix = /^(.*\b(?:of|in|on|for|regarding|concerning|to)\s)/iu;

/** "for cooperation in the areas of A, B, C and D" → A, B, C, D with the prefix shared. */
function commaList(complement: string, from: number): Part[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < complement.length; i++) {
    const c = complement[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      pieces.push({ text: complement.slice(start, i), start });
      start = i + 1;
    }
  }
  pieces.push({ text: complement.slice(start), start });
  if (pieces.length < 2) return [];
  // the last piece: "D", "and D", or "C and D"
  const last = pieces.pop()!;
  const lastText = last.text.replace(/^\s*and\s+/iu, "");
  const andAt = lastText.search(/\sand\s/iu);
  if (last.text.trim() !== lastText.trim() || andAt < 0) pieces.push(last);
  else {
    const offset = last.start + last.text.indexOf(lastText);
    pieces.push({ text: lastText.slice(0, andAt), start: offset });
    const rest = lastText.slice(andAt).replace(/^\s*and\s+/iu, "");
    pieces.push({ text: rest, start: offset + lastText.indexOf(rest, andAt) });
  }
  const first = pieces[0]!.text;
  // "on the avoidance of double taxation, the protection of investments and air services": later
  // subjects with their own article are whole noun phrases, sharing only the opening preposition
  const whole = pieces.slice(1, -1).some((p) => /^\s*the\s/iu.test(p.text));
  const prefix = (whole ? /^\s*\p{L}+\s/u.exec(first)?.[0] : sharedPrefix.exec(first.length < 300 ? first : "")?.[1]) ?? "";
  if (!prefix.trim()) return [];
  return packedMap(pieces, (p, n) => {
    const own = p.text.trim().replace(/^and\s+/iu, "");
    const subject = n === 0 ? own : `${prefix.trim()} ${own}`;
    return { subject, start: from + p.start, end: from + p.start + p.text.trimEnd().length };
  });
}

// Nouns that name a domain and take coordinated modifiers: "the A, B and C sectors". Closed: the
// words releases use for fields of cooperation. Each maps to its singular, which differs from the
// plural by a final -s only, so that every word of a composed title stands in its span.
const DOMAIN_NOUNS = new Map([
  ["sectors", "sector"], ["fields", "field"], ["areas", "area"], ["spheres", "sphere"], ["domains", "domain"],
]);
const DOMAIN_LEAD = /^\s*(?:in|for)\s+(?:the\s+)?/iu;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;
const MAX_DOMAIN_WORDS = 12;

/**
 * "in the tourism, banking and aviation sectors": the modifiers coordinated before a plural
 * domain noun, each with the noun in the singular. Empty when the complement is not of that shape.
 */
export function domainList(complement: string, from: number): Part[] {
  const lead = DOMAIN_LEAD.exec(complement);
  if (!lead) return [];
  const modifiers: { text: string; start: number; end: number }[] = [];
  let current: { start: number; end: number } | null = null;
  let i = lead[0].length;
  let sawAnd = false;
  for (let n = 0; n < MAX_DOMAIN_WORDS; n++) {
    while (i < complement.length && complement[i] === " ") i++;
    let j = i;
    while (j < complement.length && !/[\s,]/u.test(complement[j]!)) j++;
    const word = complement.slice(i, j);
    if (!word || !WORD.test(word)) return [];
    const noun = DOMAIN_NOUNS.get(word.toLowerCase());
    if (noun !== undefined && current && sawAnd) {
      modifiers.push({ text: complement.slice(current.start, current.end), ...current });
      if (modifiers.length < 2) return [];
      const end = from + j;
      const shared = lead[0].trim();
      return modifiers.map((m) => ({ subject: `${shared} ${m.text} ${noun}`, start: from + m.start, end, composed: true }));
    }
    if (word.toLowerCase() === "and") {
      // ", and C": the comma already closed B
      if (!current && !modifiers.length) return [];
      if (!current) {
        sawAnd = true;
        i = j;
        continue;
      }
      modifiers.push({ text: complement.slice(current.start, current.end), ...current });
      current = null;
      sawAnd = true;
    } else if (current) current.end = j;
    else current = { start: i, end: j };
    i = j;
    if (complement[i] === ",") {
      if (!current) return [];
      modifiers.push({ text: complement.slice(current.start, current.end), ...current });
      current = null;
      i++;
      // ", and": the "and" is read as the next word
    }
  }
  return [];
}

/** Does the complement open with coordinated domains ("in the A, B and C sectors")? */
export function opensWithDomains(complement: string): boolean {
  return domainList(complement.slice(0, 200), 0).length > 1;
}
