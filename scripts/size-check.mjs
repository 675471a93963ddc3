// Prints what the first view costs to download from each entry address
// (index.html + the bundle that draws it, raw, gzip and brotli) and fails
// when a bundle's first load is over its budget.
//
// Usage: node scripts/size-check.mjs [dist]
import { firstLoads, offlineTotal } from './first-load.mjs';

// THE size budgets: brotli bytes of the first load per bundle, kept at the
// measured size plus 10 % (rounded up to a whole KB). History: 150 KB for
// the calculator alone; 240 KB once the guide, checker and tracker had
// landed in one wasm file (223.7 KB measured). Split into bundles, each
// first load carries only its own views' code and text; texts kept on the
// device without serde_json took another 10 KB off start and eligibility.
// Measured: start 87.9, guide 129.8, fees 128.7, eligibility 109.2,
// tracker 164.3 KB. The tracker then grew to 187.2 KB with backups offered
// back, salvage of stored and imported ledgers, per-date rule sets, refusal
// marks, live checks in every form and three-language messages. The rules
// of November 2026 (new-user questions and waiver notes in the calculator
// and the tracker, dated figures) brought fees to 145.0 and the tracker to
// 206.5 KB.
export const BUDGETS_BROTLI_BYTES = {
  start: 97 * 1024,
  guide: 143 * 1024,
  fees: 160 * 1024,
  eligibility: 121 * 1024,
  tracker: 228 * 1024,
};

const dist = process.argv[2] ?? 'dist';
const loads = firstLoads(dist);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

console.log(`${'first load (KB)'.padEnd(16)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}${'budget'.padStart(8)}`);
const failures = [];
for (const [bundle, budget] of Object.entries(BUDGETS_BROTLI_BYTES)) {
  const load = loads[bundle];
  if (!load) {
    failures.push(`${bundle}: no such bundle in ${dist}/index.html`);
    continue;
  }
  const { raw, gzip, brotli } = load.total;
  console.log(`${bundle.padEnd(16)}${kb(raw)}${kb(gzip)}${kb(brotli)}${kb(budget)}`);
  if (!load.files.some((file) => file.kind === 'wasm')) failures.push(`${bundle}: no wasm file`);
  if (brotli > budget) failures.push(`${bundle}: first load ${(brotli / 1024).toFixed(1)} KB brotli, over its budget of ${(budget / 1024).toFixed(1)} KB`);
}
for (const bundle of Object.keys(loads)) {
  if (!(bundle in BUDGETS_BROTLI_BYTES)) failures.push(`${bundle}: a bundle without a budget`);
}
console.log(`everything kept for offline use: ${(offlineTotal(dist).brotli / 1024).toFixed(1)} KB brotli`);
if (failures.length) {
  for (const failure of failures) console.error(`size: ${failure}`);
  process.exit(1);
}
console.log('size: every first load is within its budget');
