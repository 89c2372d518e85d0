// The output contract (SPEC.md) as types. Every offset is a Unicode code point offset into the
// decoded text, end exclusive.

/** A place in the source text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact source characters it covers. */
export interface TextSpan extends Span {
  text: string;
}

export interface SourceInfo {
  /** The path as given, "-" for standard input, null for library calls. */
  path: string | null;
  bytes: number;
  sha256: string;
}

export interface PublicationDate extends TextSpan {
  /** YYYY-MM-DD, or --MM-DD when the text gives no year. */
  value: string;
  /** Where it was read: a `date …` line or a dateline at the top of the body. */
  source: "dateline";
}

export interface Heading extends TextSpan {
  /** "title": a headline line; "lead": the first sentence of the body. */
  source: "title" | "lead";
}

export interface Speaker extends TextSpan {
  /** The fullest form of the name used in the text, or the speaker's noun phrase. */
  name: string;
}

export interface Quote extends TextSpan {
  kind: "direct" | "indirect";
  speaker: Speaker | null;
  /** The speech verb as written, or null. */
  cue: string | null;
}

export const DOCUMENT_TYPES = [
  "agreement",
  "memorandum",
  "protocol",
  "treaty",
  "convention",
  "declaration",
  "statement",
  "communique",
  "programme",
  "plan",
  "roadmap",
  "exchange_of_notes",
  "letter_of_intent",
  "contract",
  "charter",
  "regulation",
  "other",
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface SignedDocument extends TextSpan {
  /** 1-based, in text order. */
  index: number;
  type: DocumentType;
  /** The item as written (for a distributed item: head + subject). */
  title: string;
  /** The sides named for this document, as written. */
  parties: string[];
}

export interface Person {
  name: string;
  title: string | null;
  mentions: Span[];
}

export interface DateMention extends TextSpan {
  /** YYYY-MM-DD | YYYY-MM | YYYY | --MM-DD | an interval "A/B". */
  value: string;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Result {
  /** The id of the input line, with --input ndjson only. */
  id?: unknown;
  schemaVersion: 1;
  source: SourceInfo;
  date: PublicationDate | null;
  heading: Heading | null;
  quotes: Quote[];
  documents: SignedDocument[];
  people: Person[];
  dates: DateMention[];
  warnings: Warning[];
}

/** What batch output carries instead of a result for an input that could not be read. */
export interface ErrorRecord {
  /** The id of the input line, with --input ndjson only. */
  id?: unknown;
  schemaVersion: 1;
  source: SourceInfo | { path: string | null };
  error: { code: string; message: string };
}

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) for texts that carry no year. */
  refDate?: string;
  /** Where the text came from, for `source.path`; null for library calls. */
  path?: string | null;
  /** Byte length and SHA-256 of the raw input, when the caller read it from bytes. */
  bytes?: number;
  sha256?: string;
}

/** One line of batch output: a result, or the error that stopped one input. */
export type OutputRecord = Result | ErrorRecord;
