// `npm run score [-- options]`: the scorer and the annotated corpus live beside the repository in
// ../shared and are not part of it, so a plain clone has neither. Say so in one line instead of
// letting Node print a MODULE_NOT_FOUND stack trace; otherwise hand over to the scorer, which reads
// the same arguments from process.argv.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const shared = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared");
const scorer = join(shared, "tools", "score.mjs");
const corpus = join(shared, "corpus");
// --corpus points the scorer elsewhere, so only the default corpus has to be in ../shared
const needsCorpus = !process.argv.includes("--corpus");

if (!existsSync(scorer) || (needsCorpus && !existsSync(corpus))) {
  console.error(`score: the scorer and corpus are expected at ../shared (${shared}), beside the repository; it is not there`);
  process.exitCode = 1;
} else {
  await import(pathToFileURL(scorer).href);
}
