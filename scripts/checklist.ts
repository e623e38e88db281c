// npm run checklist: the behavioural suite's pass rate per named test (cases written for the project, then the
// generated invariance and direction cases). --verbose lists the failures; --test NAME runs one test.
import { loadTests, score } from "../test/checklist/run.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--test") ? args[args.indexOf("--test") + 1] : null;
const tests = loadTests().filter((t) => !only || t.test === only);
const rows = score(tests);
const pct = (x: [number, number]) => (x[1] ? ((100 * x[0]) / x[1]).toFixed(0).padStart(3) + "%" : "   —");
let mft: [number, number] = [0, 0],
  gen: [number, number] = [0, 0];
console.log(`${"test".padEnd(44)} written       generated     all`);
for (const r of rows) {
  mft = [mft[0] + r.mft[0], mft[1] + r.mft[1]];
  gen = [gen[0] + r.generated[0], gen[1] + r.generated[1]];
  const all: [number, number] = [r.mft[0] + r.generated[0], r.mft[1] + r.generated[1]];
  console.log(
    `${r.test.padEnd(44)} ${pct(r.mft)} ${String(r.mft[1]).padStart(4)}   ` +
      `${pct(r.generated)} ${String(r.generated[1]).padStart(5)}   ` +
      `${pct(all)}`,
  );
  if (verbose) for (const f of r.failures) console.log(`    ${f}`);
}
const all: [number, number] = [mft[0] + gen[0], mft[1] + gen[1]];
console.log(
  `\n${rows.length} tests: written ${mft[0]}/${mft[1]} ` +
    `(${pct(mft).trim()}), generated ${gen[0]}/${gen[1]} ` +
    `(${pct(gen).trim()}), all ${all[0]}/${all[1]} (${pct(all).trim()})`,
);
