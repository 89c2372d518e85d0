// The JSON Schemas (draft 2020-12) of extract's output. `resultSchema` is one result, all the
// library returns; `recordSchema`, printed by `extract --schema`, is one record the CLI writes: a
// result, or an error record for an input it could not read.
import { RECORD_ERROR_CODES } from "./errors.js";
import { DOCUMENT_TYPES } from "./types.js";

const DRAFT = "https://json-schema.org/draft/2020-12/schema";

const lineId = { description: "With --input ndjson: the id of the input line as given, null when the line has none or is not JSON." };

const offsets = {
  start: { type: "integer", minimum: 0 },
  end: { type: "integer", minimum: 0 },
} as const;

const textSpan = (extra: Record<string, unknown>, required: string[]) => ({
  type: "object",
  additionalProperties: false,
  required: ["text", "start", "end", ...required],
  properties: { text: { type: "string" }, ...offsets, ...extra },
});

// without $schema and $id, so that it can also sit in recordSchema's $defs
const result = {
  title: "extract result",
  description: "What extract returns for one press release (schemaVersion 1). Offsets are Unicode code point offsets, end exclusive.",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "source", "date", "heading", "quotes", "documents", "people", "dates", "warnings"],
  properties: {
    id: lineId,
    schemaVersion: { const: 1 },
    source: {
      type: "object",
      additionalProperties: false,
      required: ["path", "bytes", "sha256"],
      properties: {
        path: { type: ["string", "null"] },
        bytes: { type: "integer", minimum: 0 },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
      },
    },
    date: {
      oneOf: [
        { type: "null" },
        textSpan({ value: { type: "string", pattern: "^(?:\\d{4}|-)-\\d{2}-\\d{2}$" }, source: { const: "dateline" } }, ["value", "source"]),
      ],
    },
    heading: {
      oneOf: [{ type: "null" }, textSpan({ source: { enum: ["title", "lead"] } }, ["source"])],
    },
    quotes: {
      type: "array",
      items: textSpan(
        {
          kind: { enum: ["direct", "indirect"] },
          speaker: { oneOf: [{ type: "null" }, textSpan({ name: { type: "string" } }, ["name"])] },
          cue: { type: ["string", "null"] },
        },
        ["kind", "speaker", "cue"],
      ),
    },
    documents: {
      type: "array",
      items: textSpan(
        {
          index: { type: "integer", minimum: 1 },
          type: { enum: [...DOCUMENT_TYPES] },
          title: { type: "string" },
          parties: { type: "array", items: { type: "string" } },
        },
        ["index", "type", "title", "parties"],
      ),
    },
    people: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "title", "mentions"],
        properties: {
          name: { type: "string" },
          title: { type: ["string", "null"] },
          mentions: {
            type: "array",
            items: { type: "object", additionalProperties: false, required: ["start", "end"], properties: offsets },
          },
        },
      },
    },
    dates: {
      type: "array",
      items: textSpan({ value: { type: "string" } }, ["value"]),
    },
    warnings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["code", "message"],
        properties: { code: { type: "string" }, message: { type: "string" } },
      },
    },
  },
} as const;

const errorRecord = {
  title: "extract error record",
  description: "What the CLI writes instead of a result for an input it could not read, decode or parse.",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "source", "error"],
  properties: {
    id: lineId,
    schemaVersion: { const: 1 },
    source: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: { path: { type: ["string", "null"] } },
    },
    error: {
      type: "object",
      additionalProperties: false,
      required: ["code", "message"],
      properties: { code: { enum: [...RECORD_ERROR_CODES] }, message: { type: "string" } },
    },
  },
} as const;

export const resultSchema = {
  $schema: DRAFT,
  $id: "https://github.com/extract/extract/schema/result-v1.json",
  ...result,
} as const;

export const recordSchema = {
  $schema: DRAFT,
  $id: "https://github.com/extract/extract/schema/record-v1.json",
  title: "extract output record",
  description: "One record of extract's json or ndjson output (one line of ndjson, one item of a json array): a result or an error record.",
  oneOf: [{ $ref: "#/$defs/result" }, { $ref: "#/$defs/error" }],
  $defs: { result, error: errorRecord },
} as const;
