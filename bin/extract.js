#!/usr/bin/env node
// The `extract` command: the CLI bundled into one file by `npm run build` (npm install runs it),
// so that a run loads one module instead of some fifty.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// Regular expressions are compiled straight to machine code. By default V8 first interprets a
// regex and compiles it again once it runs a second time, which every one of ours does on the
// first text: compiling once halves the time of that first text (a one-file run: ~25 ms of ~180).
// Set before the CLI is loaded, as a regex is compiled when it first runs; the library leaves
// the process's flags alone.
setFlagsFromString("--no-regexp-tier-up");
const { main } = await import("../dist/bundle/main.js");

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

main(process.argv, version).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract: internal error: ${error?.message ?? error}\n`);
    if (process.argv.includes("--debug")) process.stderr.write(`${error?.stack ?? ""}\n`);
    process.exitCode = 70;
  },
);
