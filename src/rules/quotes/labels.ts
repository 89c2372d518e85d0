// Transcript labels: a paragraph that opens with the speaker's name and a colon (`Vladimir Putin:
// …`, `Foreign Minister IWAYA Takeshi: …`). What follows, to the end of its first sentence, is
// reported as the speaker's words (SPEC: quotes, indirect).
import type { ParsedText } from "../../text/parsed.js";
import type { Person } from "../../types.js";
import type { Mention } from "./nounPhrase.js";
import { nameWords } from "./names.js";
import { SpanIndex } from "./spanIndex.js";

export interface LabelledSpeech {
  start: number;
  end: number;
  mention: Mention;
  /** The words after the label open with a quotation mark: they are a direct quote of the label's speaker. */
  quoted: boolean;
}

// Up to six capitalised words (or name particles) and a colon, then the words, starting in capitals.
// ("Official Spokesperson, Shri Vivek Rao:": a role, a comma, then the name; "X (retranslated):")
const LABEL = /^((?:\p{Lu}[\p{L}.’'-]*|bin|al|de|da|von|van|der)(?:,?[ \t]+(?:\p{Lu}[\p{L}.’'-]*|bin|al|de|da|von|van|der|of|the)){0,6})(?:[ \t]+\([\p{L} .-]{1,30}\))?:[ \t]*(?=[\p{Lu}"“«])/u;
// Titles that make a label a person's: `President X:`, `Foreign Minister X:`
const TITLE_IN_LABEL = /\b(?:President|Minister|Secretary|Chairman|Premier|Spokesperson|Spokesman|Spokeswoman|Ambassador|Chancellor|King|Emir|Prince|Governor|Director|Commissioner|Mr|Mrs|Ms|Dr)\b/u;
// Page furniture that looks like a label: `Current Date:`, `Source:`, `Related News:`
const CHROME = /\b(?:Date|Source|Sources|Tags?|Views|Details|Text|Photo|Video|Related|Read|Published|Updated|Subscribe|Share|Follow|Contact|Email|Tel|Fax|Note|Editor|Reporter|Author|Category|Topics|Keywords|Location|Time|Venue|Title|Subject|Ref|Reference|News|Press|Release|Briefing|Question|Answer|Q|A|Agenda|Summary|Background)\b/u;
const SENTENCE_END = /[.!?](?=\s|$)/u;

/** Speech after transcript labels at the start of paragraphs. */
export function findLabelledSpeech(parsed: ParsedText, people: Person[]): LabelledSpeech[] {
  const { text } = parsed;
  const out: LabelledSpeech[] = [];
  // the index of the people's mentions, built for the first label only: most texts have none
  let mentions: SpanIndex<{ start: number; end: number }> | undefined;
  const labels: { paragraph: { start: number; end: number }; m: RegExpExecArray }[] = [];
  for (const paragraph of parsed.paragraphs) {
    const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80));
    const m = head.includes(":") ? LABEL.exec(head) : null;
    // (a title and a name is a speaker whatever its words: "Press Secretary SAWAMURA Keiko:")
    if (m && (!CHROME.test(m[1]!) || (TITLE_IN_LABEL.test(m[1]!) && nameWords(m[1]!.replace(/,/gu, "").split(/\s+/u)).length > 0))) labels.push({ paragraph, m });
  }
  const count = new Map<string, number>();
  for (const { m } of labels) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  const named: string[] = [];
  for (const { paragraph, m } of labels) {
    const label = m[1]!;
    // a role alone (`Georgian Prime Minister: …`) heads a headline, not a transcript; unless the
    // transcript named its speaker by it first ("Official Spokesperson, Shri X: …", then
    // "Official Spokesperson: …") or it heads several answers
    const roleOnly = !nameWords(label.replace(/,/gu, "").split(/\s+/u)).length;
    if (roleOnly && !(TITLE_IN_LABEL.test(label) && (named.some((n) => n.startsWith(`${label},`)) || count.get(label)! > 1))) continue;
    if (!roleOnly) named.push(label);
    const labelEnd = paragraph.start + label.length;
    mentions ??= new SpanIndex(people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start));
    const isNamed = [...mentions.startingIn(paragraph.start, labelEnd)].some((x) => x.end <= labelEnd);
    // one word (`Tokayev: …`) is a speaker only when the people of the text include it; a name that
    // heads several paragraphs (`Gao Lin: …`) is one of them: the people rule reads such labels
    const oneWord = !/\s/u.test(label);
    // ("Spokesperson: …" over several answers passed the test of a role alone above)
    const isPerson = oneWord ? isNamed || (roleOnly && TITLE_IN_LABEL.test(label)) : TITLE_IN_LABEL.test(label) || isNamed || (people.length === 0 && looksLikeName(label));
    if (!isPerson) continue;
    const start = paragraph.start + m[0].length;
    const rest = text.slice(start, paragraph.end);
    const stop = SENTENCE_END.exec(rest);
    const end = start + (stop ? stop.index : rest.length);
    // (a short answer is words too: "Thank you.")
    if (end - start < 5) continue;
    const quoted = /^["“«„]/u.test(rest);
    out.push({ start, end, mention: { start: paragraph.start, end: labelEnd, text: label }, quoted });
  }
  return out;
}

/** Two or three words, none of them all capitals: a person's name rather than a place or a heading. */
function looksLikeName(label: string): boolean {
  const words = label.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}
