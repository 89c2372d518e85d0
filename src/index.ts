// The library API: `extract(text, options) → Result`, its types, and the JSON Schemas of a result and
// of a record of CLI output (a result or an error record).
export { extract } from "./extract.js";
export { ExtractError, type ErrorCode } from "./errors.js";
export { recordSchema, resultSchema } from "./schema.js";
export { DOCUMENT_TYPES } from "./types.js";
export type {
  DateMention,
  DocumentType,
  ErrorRecord,
  ExtractOptions,
  Heading,
  Person,
  PublicationDate,
  Quote,
  Result,
  SignedDocument,
  SourceInfo,
  Span,
  Speaker,
  TextSpan,
  Warning,
} from "./types.js";
