#!/usr/bin/env node
// The `extract` command. Runs the compiled CLI (`npm install` builds it into dist/).
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract: internal error: ${error?.message ?? error}\n`);
    if (process.argv.includes("--debug")) process.stderr.write(`${error?.stack ?? ""}\n`);
    process.exitCode = 70;
  },
);
