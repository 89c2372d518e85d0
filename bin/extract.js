#!/usr/bin/env node
// The `extract` command: the CLI bundled into one file by `npm run build` (npm install runs it),
// so that a run loads one module instead of some fifty.
import { readFileSync } from "node:fs";
import { main } from "../dist/bundle/main.js";

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
