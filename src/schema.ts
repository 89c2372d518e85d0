// The JSON Schema (draft 2020-12) of one result, as printed by `extract --schema`.
import { DOCUMENT_TYPES } from "./types.js";

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

export const resultSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/extract/extract/schema/result-v1.json",
  title: "extract result",
  description: "What extract returns for one press release (schemaVersion 1). Offsets are Unicode code point offsets, end exclusive.",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "source", "date", "heading", "quotes", "documents", "people", "dates", "warnings"],
  properties: {
    id: { description: "With --input ndjson: the id of the input line, as given." },
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
