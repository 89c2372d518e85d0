// The one compromise instance. It is loaded on first use, from its bundled CommonJS build: the
// ESM entry point imports some 450 files (0.4–0.7 s), the bundle loads in about a third of that,
// and a run that needs no language analysis never loads it at all.
import { createRequire } from "node:module";
import type nlpType from "compromise";

export type TaggedView = ReturnType<typeof nlpType>;

let instance: typeof nlpType | undefined;

function compromise(): typeof nlpType {
  if (!instance) {
    const require = createRequire(import.meta.url);
    instance = require("compromise") as typeof nlpType;
  }
  return instance;
}

/** Tags one span of text (a sentence or a clause, not a whole press release). */
export function tag(text: string): TaggedView {
  return compromise()(text);
}
