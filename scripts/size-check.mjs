// Prints the size of the first load (html + js + wasm + css, as a browser
// fetches them) raw, gzip and brotli, and fails when the brotli total is
// over the budget.
//
// Usage: node scripts/size-check.mjs [dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// THE size budget: brotli bytes of the first load, kept at the measured
// size plus 10 %. History: 150 KB for the calculator alone; the guide,
// eligibility checker and tracker (three languages of text, about 60 KB
// brotli, and their views) brought the first load to 218 KB.
export const BUDGET_BROTLI_BYTES = 240 * 1024;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The first load is index.html and every file it references.
const files = ['index.html', ...readdirSync(dist).filter((name) => /\.(js|wasm|css)$/.test(name) && html.includes(name))];

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

const rows = files.map((name) => {
  const bytes = readFileSync(join(dist, name));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
});
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

console.log(`${'first load (KB)'.padEnd(40)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const row of [...rows, { name: 'total', ...total }]) {
  console.log(`${row.name.padEnd(40)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
}
const budget = `${(BUDGET_BROTLI_BYTES / 1024).toFixed(1)} KB`;
if (!files.some((name) => name.endsWith('.wasm'))) {
  console.error('size: no wasm file is referenced by index.html');
  process.exit(1);
}
if (total.brotli > BUDGET_BROTLI_BYTES) {
  console.error(`size: first load is ${(total.brotli / 1024).toFixed(1)} KB brotli, over the budget of ${budget}`);
  process.exit(1);
}
console.log(`size: first load ${(total.brotli / 1024).toFixed(1)} KB brotli, within the budget of ${budget}`);
