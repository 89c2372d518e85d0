// Whether a document phrase names a document, and how many: a name keeps ("a joint declaration on
// X"), a count drops ("15 agreements") unless it names as many subjects as it counts ("three MoUs
// regarding A, B and C"), a word that refers back drops ("this memorandum", "the Memorandum"), a
// statement is a signed one only when joint, a programme of study is no instrument, and a plural
// head distributes over its coordinated subjects, one document each.
import { documentType, isPluralHead, isWeakHead, isCounted, wordBeforeAdjectives } from "./vocabulary.js";
import { lastWords } from "./words.js";
import { distribute, opensWithDomains } from "./distribution.js";
import { verbForm } from "../../text/verbForms.js";
import { isStudyProgramme } from "./study.js";
import { trimEnd, type Head, type Left } from "./extent.js";
import { composedTitle, singularLead, titleAcross } from "./titles.js";
import type { DocumentPhrase } from "./phrases.js";

// A complement that names the document rather than saying where or when it was signed.
export const namingComplement =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:on|of|for(?!\s+(?:the\s+)?\p{Lu})|between|regarding|concerning|about|to\s+(?!this\b|that\b|the\b)\p{Ll}+|in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)|in\s+\d+\s+areas|affirming|establishing|outlining|aimed|towards|[–—-]\s+\p{Lu})/u;

// "seven Memorandum of Understanding (MoUs)": a singular head made plural by its abbreviation.
const pluralAbbreviation = /^\s*\(\s*\p{Lu}+s\s*\)/u;
// A singular head after a number that is not a year: "11 Memorandum of Understanding".
const NUMBER_BEFORE = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/iu;
// Words that point back to a document already named ("this memorandum", "the third MoU").
const ANAPHORIC = new Set(["this", "that", "these", "those", "such", "said", "aforementioned", "same", "first", "second", "third", "fourth", "fifth", "latter", "former"]);

// What makes a statement a signed document rather than something said: "joint", "Joint Policy".
const statementKind = /^(?:joint|common|final|policy|bilateral|trilateral|multilateral|political|strategic|\p{Lu}.*)$/u;

export interface Judged {
  phrases: DocumentPhrase[];
  /** The phrase is a count ("15 agreements"): a head coordinated with it is counted too. */
  counted: boolean;
}

const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The number a count word says ("three", "3"), or -1. */
function countOf(word: string): number {
  if (/^\d{1,2}$/u.test(word)) return Number(word);
  const n = COUNTS.indexOf(word.toLowerCase());
  return n >= 0 ? n + 2 : -1;
}

/** How many subjects the complement text[from, to) distributes over (0 when it is not a list). */
function distributedCount(text: string, from: number, to: number): number {
  if (!namingComplement.test(text.slice(from, to)) && !opensWithDomains(text.slice(from, to))) return 0;
  const [, e] = trimEnd(text, from, to);
  return distribute(text, from, e).length;
}

/** Keeps, drops or distributes one phrase. */
export function judge(text: string, head: Head, left: Left, complementFrom: number, end: number): Judged {
  const drop = (counted = false): Judged => ({ phrases: [], counted });
  const complement = text.slice(complementFrom, end);
  // the title as written, or around the verb of a detour: "Agreements … on X"
  const titled = (from: number, to: number) => titleAcross(text, from, to, head.end, complementFrom);
  const naming = namingComplement.test(complement) || opensWithDomains(complement);
  const plural = isPluralHead(head.text) || pluralAbbreviation.test(complement);
  const before = text.slice(Math.max(0, left.start - 40), left.start);
  const wordsBefore = lastWords(before, 4);
  // "three MoUs regarding A, B and C": a count is a name when its subjects are as many as it says
  const counted = plural && isCounted(wordsBefore);
  if (counted && countOf(wordBeforeAdjectives(wordsBefore)) !== distributedCount(text, complementFrom, end)) return drop(true);
  if (!left.determiner && !counted && NUMBER_BEFORE.test(wordBeforeAdjectives(wordsBefore))) return drop(true);
  if (!left.determiner && wordsBefore.slice(-3).some((w) => ANAPHORIC.has(w.toLowerCase()))) return drop();
  if (/\breached\s*$/iu.test(before) || /^\s*(?:was|were)\s+reached/iu.test(text.slice(end, end + 20))) return drop();
  const capitalised = /^\p{Lu}/u.test(head.text) || left.modifiers.some((w) => /^\p{Lu}/u.test(w));
  if (plural && !naming) return drop();
  // "The Ministry plans to sign …": a head that is the verb of its clause
  const headForm = verbForm(head.text);
  if ((headForm === "present" || headForm === "base") && /^\s+to\s+(?!(?:the|a|an|this|that|its|their)\b)\p{Ll}/u.test(complement)) return drop();
  // "a joint master's programme in logistics": a course, not an instrument
  if (isStudyProgramme(head.text, left.modifiers)) return drop();
  // "An agreement to this effect": the document named before
  if (/^\s*to\s+(?:this|that)\s+(?:effect|end)\b/iu.test(complement)) return drop();
  // "the statement of the President" is what he said; a signed statement is a joint one
  // (or one "on" a subject, which the caller keeps only next to a joint one; "of" someone is what he said)
  // ("signed the Statement of Partnership between …": a statement signed under a name of its own)
  const namedStatement = /^\p{Lu}/u.test(head.text) && /^\s*of\s+\p{Lu}/u.test(complement) && /\b(?:signed|inked|adopted|concluded)\s+(?:the\s+)?$/iu.test(before);
  const plainStatement = /^statements?$/iu.test(head.text) && !left.modifiers.some((w) => statementKind.test(w)) && !namedStatement;
  if (plainStatement && !/^\s*(?:on|regarding)\s/u.test(complement)) return drop();
  // "documents between the ministries" says who, not what
  if (/^documents?$/iu.test(head.text) && !/^\s*(?:on|regarding|concerning|for|to)\s/iu.test(complement) && !capitalised) return drop();
  // "The MoU signing took place …": the document of the ceremony
  const ceremony = /^\s*sign(?:ing|ed)\s+(?:ceremony|took|was|which|-|–)/iu.test(text.slice(head.end, head.end + 40)) && !plural;
  if (ceremony) return { counted: false, phrases: [{ start: left.start, end: head.end, title: text.slice(left.start, head.end), type: documentType(head.text), head: head.text, headEnd: head.end, plural: false, complementStart: head.end, sentenceEnd: end, bareDefinite: false, bare: true }] };
  const definite = left.determiner === "the";
  // "the Joint Declaration" may be a name; "the Memorandum" refers back to one
  // "the legal instrument signed by the ministers": a participle right after it says it was signed
  const signedRightAfter = /^\s+(?:signed|inked|concluded|initiall?ed)\s+(?:by|at|in|during|today|on)\b/iu.test(text.slice(end, end + 40));
  if (definite && !naming && !left.modifiers.some((w) => /^\p{Lu}/u.test(w)) && !(signedRightAfter && left.modifiers.length)) return drop();
  if (isWeakHead(head.text) && !naming && left.modifiers.length === 0) return drop();
  if (isWeakHead(head.text) && /^(?:documents?|notes|minutes)$/iu.test(head.text) && !naming && !capitalised) return drop();
  const type = documentType(head.text);
  const [s, e] = trimEnd(text, left.start, end);
  const bareDefinite = definite && !naming;
  const bare = !naming && left.modifiers.length === 0;
  if (plural) {
    const parts = distribute(text, complementFrom, e);
    if (parts.length > 1) {
      const lead = singularLead(text, left.nameStart, head);
      return {
        counted: false,
        phrases: parts.map((p, n) => {
          const own = { type, head: head.text, headEnd: head.end, plural, complementStart: p.start, sentenceEnd: p.end, bareDefinite, bare };
          if (n === 0 && !p.composed) return { start: s, end: p.end, title: titled(s, p.end), ...own };
          if (n === 0) return { start: s, end: p.end, title: composedTitle(singularLead(text, s, head), p.subject), ...own };
          return { start: left.nameStart, end: p.end, title: composedTitle(lead, p.subject), ...own };
        }),
      };
    }
  }
  return { counted: false, phrases: [{ start: s, end: e, title: titled(s, e), type, head: head.text, headEnd: head.end, plural, complementStart: complementFrom, sentenceEnd: e, bareDefinite, bare, plainStatement }] };
}
