// The documents signed in the reported event (SPEC: documents): the items of enumerated lists
// after a cue, and the documents named in sentences that report a signing.
import type { SignedDocument } from "../types.js";
import type { KnownPeople } from "./context.js";
import { documentHead, documentType } from "./documents/vocabulary.js";
import { documentLists, flattenedLists, type ListItem } from "./documents/lists.js";
import { reportsSigning, signingStillToCome } from "./documents/signing.js";
import { headlineDocument, withoutRepeats } from "./documents/headline.js";
import { isBody, partiesBetween, partiesOfJoint, sidesOpening } from "./documents/parties.js";
import { sidesNamedAfter } from "./documents/anaphora.js";
import { documentsInSentence } from "./documents/prose.js";
import { lastWords, trimTrailing } from "./documents/words.js";
import { onceEach, type Naming } from "./documents/namedTwice.js";
import { eventDay } from "./documents/earlierSigning.js";
import { findDates } from "./dates.js";
import { afterDateline } from "../text/frontMatter.js";
import type { DateMention } from "../types.js";
import { COUNTRIES } from "./people/lexicon.js";

type Found = Naming;

/** The rule's context: the people of the text, and its dates when the pipeline found them already. */
export type DocumentsContext = KnownPeople & { dates?: DateMention[] };

export function findSignedDocuments(ctx: DocumentsContext): SignedDocument[] {
  const { parsed } = ctx;
  const dates = ctx.dates ?? findDates(ctx);
  const leadEnd = ctx.front.lead?.end ?? parsed.sentences[0]?.end ?? 0;
  const dated = { dates, event: eventDay(parsed.text, dates, ctx.published?.value ?? null, 0, leadEnd) };
  const publishedYear = yearOf(ctx.published?.value ?? ctx.refDate);
  const lists = [...documentLists(parsed, publishedYear)];
  for (const flat of flattenedLists(parsed, publishedYear)) {
    if (!lists.some((l) => overlaps(l, flat))) lists.push(flat);
  }
  const found: Found[] = [];
  for (const list of lists) {
    const before = found.length;
    for (const item of list.items) {
      if (signingStillToCome(parsed.text.slice(item.start, item.end), publishedYear)) continue;
      const doc = listedDocument(parsed.text, item, list.cueHead ?? null, list.sidesFirst === true);
      if (doc) found.push({ ...doc, listed: true });
    }
    // a list that names no document was no list of documents ("2. … the loan agreement was
    // signed." over "3. The ministers then …"): its lines are prose
    if (found.length === before) list.end = list.start;
    if (list.truncated) {
      ctx.warnings.push({ code: "TRUNCATED_LIST", message: `the list of documents at offset ${list.start} is cut off at the end of the text` });
    }
  }
  const headline = ctx.front.headline;
  // the lines of a list are not read again as prose: both go in text order
  lists.sort((a, b) => a.start - b.start);
  let nextList = 0;
  let previousSigned = false;
  let previousHead: string | null = null;
  const bodyStart = ctx.front.lead?.start ?? null;
  for (const sentence of parsed.sentences) {
    while (nextList < lists.length && lists[nextList]!.end <= sentence.start) nextList++;
    if (nextList < lists.length && overlaps(lists[nextList]!, sentence)) continue;
    if (headline && sentence.start < headline.end && sentence.end > headline.start) continue;
    // the sentence that holds the dateline starts where the body does: "RABAT (AFP) – France and …"
    const from = afterDateline(sentence, bodyStart);
    const reading = documentsInSentence(ctx, from, sentence.end, publishedYear, previousSigned, previousHead, dated);
    previousSigned = reading.signed;
    found.push(...reading.documents);
    if (reading.mentions) previousHead = lastHead(parsed.text.slice(sentence.start, sentence.end)) ?? previousHead;
  }
  dropSummarised(found, lists, parsed.text);
  const named = headline ? headlineDocument(parsed, headline, found, () => found.length > 0 || reportsSigning(parsed.text.slice(0, 20000), publishedYear), publishedYear) : null;
  const all = named ? [named, ...withoutRepeats(found, named)] : found;
  // "Joint Statement of A and B" with no sides found around it: its own name gives them
  for (const d of all) if (!d.parties.length) d.parties = partiesOfJoint(d.title);
  sidesNamedBefore(parsed.text, all);
  sidesNamedAfter(parsed.text, parsed.sentences, all);
  return numbered(parsed.text, onceEach(all));
}

/**
 * "signed five memoranda in the fields of rail, mining, …" over "The following MoUs were exchanged:"
 * and their five items: the lead sums up the documents the list names one by one. A group of
 * documents distributed from one plural head in prose goes where a list after it, within a few
 * paragraphs, names as many documents of the same kind or more, and its cue does not add others
 * ("The following documents were also signed:").
 */
function dropSummarised(found: Found[], lists: { start: number; end: number }[], text: string): void {
  const groups = new Map<number, Found[]>();
  for (const d of found) {
    if (d.group === undefined || d.listed) continue;
    const members = groups.get(d.group);
    if (members) members.push(d);
    else groups.set(d.group, [d]);
  }
  for (const [at, members] of groups) {
    if (members.length < 2) continue;
    const type = members[0]!.type;
    const summed = lists.some((l) => {
      if (l.start <= at || l.start - at > SUMMARY_REACH || OTHER_DOCUMENTS.test(text.slice(l.start, Math.min(l.end, l.start + 200)).split("\n", 1)[0]!)) return false;
      const items = found.filter((d) => d.listed && d.start >= l.start && d.end <= l.end);
      return items.length >= members.length && items.every((d) => d.type === type);
    });
    if (summed) for (const m of members) found.splice(found.indexOf(m), 1);
  }
}
const SUMMARY_REACH = 1500;
const OTHER_DOCUMENTS = /\b(?:also|other|further|additional|another|besides|addition)\b/iu;

/**
 * "Belgium, the Netherlands and Luxembourg signed a treaty … The three countries also adopted a
 * joint declaration": sides a subject counts ("the two governments", "both sides") are the ones
 * an earlier document of as many sides named.
 */
function sidesNamedBefore(text: string, found: Found[]): void {
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  inOrder.forEach((d, i) => {
    if (d.parties.length) return;
    const subject = COUNTED_SIDES.exec(text.slice(Math.max(0, d.start - 120), d.start));
    if (!subject) return;
    const count = /three/iu.test(subject[1]!) ? 3 : 2;
    // ("the two governments" are the states, not two agencies that signed a memorandum before)
    const states = /^(?:countries|governments|nations|states)$/iu.test(subject[2]!);
    for (let k = i - 1; k >= 0; k--) {
      const earlier = inOrder[k]!;
      if (earlier.parties.length === count && (!states || earlier.parties.every(isState))) {
        d.parties = [...earlier.parties];
        return;
      }
    }
  });
}
/** A side that is a state: a country, or its government, republic or kingdom. */
function isState(side: string): boolean {
  return COUNTRIES.has(side.toLowerCase()) || /\b(?:Government|Republic|Kingdom|State|Federation|Emirates)\b/u.test(side);
}

// The subject that counts the sides, right before the verb and its document.
const COUNTED_SIDES =
  /(?:^|[.!?;]\s+|,\s+(?:and\s+)?|\n)(?:the\s+)?(two|both|three)\s+(sides|countries|governments|nations|states|parties|companies|firms|banks)\s+(?:(?:also|have|has|then|jointly|further|later|formally)\s+)*(?:signed|adopted|issued|exchanged|concluded|inked|approved)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** The last document head a sentence names, which "Another on …" after it stands for. */
function lastHead(sentence: string): string | null {
  let last: string | null = null;
  documentHead.lastIndex = 0;
  for (let m = documentHead.exec(sentence); m; m = documentHead.exec(sentence)) last = m[0];
  return last && !/^(?:documents?|statements?|plans?|notes|minutes)$/iu.test(last) ? last : null;
}

function yearOf(value: string | undefined): number | null {
  const m = value ? /^(\d{4})/u.exec(value) : null;
  return m ? Number(m[1]) : null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// Left over at the end of an item, word by word: a joining "and", a stray closing quote from
// translation, an agency code ("-05D04-").
// (not a year: "of 9 June 1997")
const tailWord = /^(?:and|respectively|["”»]|(?!(?:19|20)\d\d$)-?[\dA-Z]{0,3}\d[\dA-Z]{0,6}-?)$/u;

/** The item without the punctuation, stray marks and codes at its end. */
function itemEnd(text: string, start: number, end: number): number {
  let e = end;
  for (let guard = 0; guard < 6; guard++) {
    const piece = text.slice(Math.max(start, e - 60), e);
    const trimmed = trimTrailing(piece, " ;,.:");
    const last = lastWords(trimmed, 1)[0];
    if (last !== undefined && tailWord.test(last) && trimmed.length > last.length) {
      e -= piece.length - trimmed.length + last.length;
      continue;
    }
    e -= piece.length - trimmed.length;
    break;
  }
  return e;
}

// Where an item stops naming its document: "… was signed by …", a table's next cell, or a
// description after it (", which provides for …", " – providing for …", ". It was signed by …").
const itemAside =
  /(?<!\s)\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:signed|inked|exchanged)\b|,\s+(?:signed|concluded|inked)\s+by\s|\t|\s\|\s|,\s+(?:which|that|whereby|under which|according to which)\s|\s[–—]\s+(?:it\s+)?(?:provides|providing|envisages|envisaging|aims|aiming|stipulates|stipulating)\b|(?<!\b(?:\p{Lu}|No|St|Dr|Mr|Ms|Co))\.\s+(?=(?:It|This|These|They|The|Both|Its|Under)\s)/u;

function listedDocument(text: string, item: ListItem, cueHead: string | null, sidesFirst: boolean): Found | null {
  const aside = itemAside.exec(text.slice(item.start, item.end));
  const end = itemEnd(text, item.start, aside ? item.start + aside.index : item.end);
  const title = text.slice(item.start, end);
  documentHead.lastIndex = 0;
  let head = documentHead.exec(title);
  // "A Corporation and B Institute – a repair programme": the item opens with its sides, and a
  // document noun in what they agreed on does not name the item's kind
  const opening = cueHead && !sidesFirst ? sidesOpening(title) : undefined;
  if (opening && head && head.index > title.search(/\s[–—-]\s|:/u)) head = null;
  // an item that names no document is one of the kind its cue names
  // under "… were signed between:" the item opens with its two sides ("A and B, on trade missions")
  // (so does one that opens with them before a dash or a colon: "A Corporation and B Ltd – a seafood park")
  if (!head) return cueHead ? { start: item.start, end, title, type: documentType(cueHead), parties: sidesFirst ? partiesBetween(`between ${title}`) : opening ?? partiesBetween(title) } : null;
  const complement = title.slice(head.index + head[0].length);
  const parties = partiesBetween(complement);
  return { start: item.start, end, title, type: documentType(head[0]), parties: parties.length || !aside ? parties : signedBy(text.slice(item.start + aside.index, item.end)) };
}

/** ", signed by the Ministry of A and the B Board": the sides after it, where both are bodies, not people. */
function signedBy(aside: string): string[] {
  const by = /^,\s+(?:signed|concluded|inked)\s+by\s+/u.exec(aside);
  if (!by) return [];
  const sides = partiesBetween(`between ${aside.slice(by[0].length)}`);
  return sides.length === 2 && sides.every(isBody) ? sides : [];
}

function numbered(text: string, found: Found[]): SignedDocument[] {
  return found.map((f, i) => ({
    index: i + 1,
    type: f.type,
    title: f.title,
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    parties: f.parties,
  }));
}
