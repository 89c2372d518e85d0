// The documents rule on its own, through the same steps as the pipeline: parse, front matter,
// date, people, rule; every offset must slice back to its text.
import { expect } from "vitest";
import { ParsedText } from "../../src/text/parsed.js";
import { readFrontMatter } from "../../src/text/frontMatter.js";
import { publicationDate } from "../../src/rules/date.js";
import { findSignedDocuments } from "../../src/rules/documents.js";
import { findPeople } from "../../src/rules/people.js";
import type { RuleContext } from "../../src/rules/context.js";
import { toCodePointOffsets } from "../../src/refiners/codePointOffsets.js";
import type { Result, SignedDocument, Warning } from "../../src/types.js";
import { expectOffsetsSliceBack } from "./offsets.js";

/** The documents and the warnings of the rule; indexes run 1, 2, 3 in text order. */
export function runDocumentsRule(text: string): { documents: SignedDocument[]; warnings: Warning[] } {
  const parsed = new ParsedText(text);
  const front = readFrontMatter(parsed);
  const ctx: RuleContext = { parsed, front, published: publicationDate(parsed, front, undefined), warnings: [] };
  const documents = findSignedDocuments({ ...ctx, people: findPeople(ctx) });
  const result: Result = {
    schemaVersion: 1,
    source: { path: null, bytes: 0, sha256: "" },
    date: null,
    heading: null,
    quotes: [],
    documents,
    people: [],
    dates: [],
    warnings: ctx.warnings,
  };
  expectOffsetsSliceBack(text, toCodePointOffsets(text, result));
  for (const d of documents) expect(d.index).toBe(documents.indexOf(d) + 1);
  return { documents, warnings: ctx.warnings };
}

export const signedDocuments = (text: string): SignedDocument[] => runDocumentsRule(text).documents;

/** The titles of the documents found, in order. */
export const titles = (text: string): string[] => signedDocuments(text).map((d) => d.title);

/** A sentence as the body of a dated release, so that it is not read as the headline. */
export const inRelease = (sentence: string, dateline = "NICOSIA, 14 May 2024."): string => `${dateline} ${sentence}`;
