// The titles of documents (SPEC: documents.title): the name as written, or, for one of several
// documents a plural head names ("memorandums on X and on Y", "two agreements, one on X and the
// other on Y"), the head in the singular with that document's own subject. Every word of a
// composed title stands in its span.
import { singularHead } from "./vocabulary.js";
import type { Head } from "./extent.js";

/** "bilateral memorandum": the words of the name left of the head, and the head in the singular. */
export function singularLead(text: string, nameStart: number, head: Head): string {
  return `${text.slice(nameStart, head.start)}${singularHead(head.text)}`;
}

/** A composed title: the lead and one subject, spaces as one. */
export function composedTitle(lead: string, subject: string): string {
  return `${lead} ${subject}`.replace(/\s+/gu, " ");
}

/**
 * The title of text[from, to) as written; when the complement comes after a verb ("Agreements
 * were also signed on X"), the name and the complement around the verb.
 */
export function titleAcross(text: string, from: number, to: number, headEnd: number, complementFrom: number): string {
  return complementFrom === headEnd ? text.slice(from, to) : `${text.slice(from, headEnd)} ${text.slice(complementFrom, to).trim()}`;
}
