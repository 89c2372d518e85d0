// Hostile-input benchmark: every input must finish in well under a second per 100 KB, and grow
// linearly: the time for 400 KB may be at most LINEAR_SLACK times 4 × the time for 100 KB.
// Runs the built library (npm run build first; `npm run bench` does).
import { Bench } from "tinybench";
import { extract } from "../dist/index.js";
import { hostileInputs } from "./hostile-inputs.mjs";

const SMALL = 100_000;
const LARGE = 400_000;
const BUDGET_MS_PER_100KB = 500; // "well under a second"
const LINEAR_SLACK = 2;

const bench = new Bench({ name: "hostile inputs", iterations: 3, warmupIterations: 1, time: 1 });
for (const [name, make] of Object.entries(hostileInputs)) {
  for (const size of [SMALL, LARGE]) {
    const text = make(size);
    bench.add(`${name} @${size / 1000}KB`, () => extract(text));
  }
}
await bench.run();

const mean = (name) => bench.getTask(name).result.latency.mean;
const rows = [];
let failed = 0;
for (const name of Object.keys(hostileInputs)) {
  const small = mean(`${name} @${SMALL / 1000}KB`);
  const large = mean(`${name} @${LARGE / 1000}KB`);
  const perHundred = (large / LARGE) * 100_000;
  const growth = large / Math.max(small, 0.05);
  const ok = perHundred <= BUDGET_MS_PER_100KB && (large < 20 || growth <= (LARGE / SMALL) * LINEAR_SLACK);
  if (!ok) failed++;
  rows.push({ input: name, "100 KB (ms)": small.toFixed(1), "400 KB (ms)": large.toFixed(1), "ms per 100 KB": perHundred.toFixed(1), "400/100": growth.toFixed(1), ok: ok ? "yes" : "NO" });
}
console.log(`\nHostile inputs (budget ${BUDGET_MS_PER_100KB} ms per 100 KB; 400 KB within ${LINEAR_SLACK}× linear growth)`);
console.table(rows);
if (failed) {
  console.log(`${failed} hostile input(s) over budget or super-linear`);
  process.exitCode = 1;
}
