// A brotli and a gzip copy of every text file, at the best settings: a
// host then serves them without compressing on each request.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Writes `name.br` and `name.gz` beside each file; returns how many. */
export function compressCopies(staging, names) {
  let count = 0;
  for (const name of names) {
    if (name.endsWith('.png')) continue;
    const path = join(staging, name);
    const raw = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    count += 1;
  }
  return count;
}
