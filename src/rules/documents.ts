// The documents signed in the reported event (SPEC: documents).
import type { SignedDocument } from "../types.js";
import type { RuleContext } from "./context.js";

export function findSignedDocuments(_ctx: RuleContext): SignedDocument[] {
  return [];
}
