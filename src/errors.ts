// Problems that stop work on one input, as typed values the CLI maps to messages and exit codes.

/** The codes an error record in the output can carry; the record schema's enum is made from this. */
export const RECORD_ERROR_CODES = [
  "NOT_FOUND", // a path that does not exist
  "UNREADABLE", // a file or folder that cannot be read
  "NOT_TEXT", // binary content
  "TOO_LARGE", // larger than the size limit
  "BAD_INPUT", // a line of --input ndjson that is not {"id": …, "text": "…"}
  "INTERNAL", // a bug in extract, reported for the one input it happened on
] as const;

export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number];

export type ErrorCode =
  | "BAD_OPTION" // an option value that cannot be used (the CLI reports it as a usage error)
  | RecordErrorCode;

export class ExtractError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "ExtractError";
    this.code = code;
  }
}
