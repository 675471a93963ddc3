// Fails when two Rust modules of the project import each other, a parent
// and its child included: a module uses what it needs from a sibling (or a
// `shape` module that holds the types several modules fill in), never from
// the module that names it. Reads every `crate::…`, `super::…` and
// child-module path in the sources of each crate (test modules left out).
//
// Usage: node scripts/module-imports.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CRATES = [['src', 'waika-ui'], ['crates/core/src', 'waika-core'], ['crates/texts/src', 'waika-texts'], ['crates/prerender/src', 'waika-prerender']];

const rustFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : path.endsWith('.rs') ? [path] : [];
  });

/** `a/b/mod.rs` → `crate::a::b`; `lib.rs` and `main.rs` → `crate`. */
function moduleOf(root, file) {
  const parts = relative(root, file).slice(0, -3).split(sep);
  if (['mod', 'lib', 'main'].includes(parts.at(-1))) parts.pop();
  return ['crate', ...parts];
}

const failures = [];
let count = 0;
for (const [root, crate] of CRATES) {
  const modules = new Map(rustFiles(root).map((file) => [moduleOf(root, file).join('::'), file]));
  const imports = new Map();
  for (const [name, file] of modules) {
    const here = name.split('::');
    // The code itself, without its unit tests (a test module may use anything).
    const source = readFileSync(file, 'utf8').split(/#\[cfg\(test\)\]\s*mod tests/)[0];
    const paths = new Set();
    for (const [, path] of source.matchAll(/\b((?:crate|super)(?:::\w+)*)::[\w{*]/g)) paths.add(path);
    for (const [, path] of source.matchAll(/(?<![:\w])(\w+)::\w/g)) {
      if (modules.has([...here, path].join('::'))) paths.add(`self::${path}`);
    }
    const targets = new Set();
    for (const path of paths) {
      let parts = path.split('::');
      let base;
      if (parts[0] === 'crate') [base, parts] = [['crate'], parts.slice(1)];
      else if (parts[0] === 'self') [base, parts] = [here, parts.slice(1)];
      else {
        base = here;
        while (parts[0] === 'super') [base, parts] = [base.slice(0, -1), parts.slice(1)];
      }
      // The longest prefix that names a module of this crate.
      for (let take = parts.length; take >= 0; take--) {
        const target = [...base, ...parts.slice(0, take)].join('::');
        if (modules.has(target)) {
          if (target !== name) targets.add(target);
          break;
        }
      }
    }
    imports.set(name, targets);
  }
  count += modules.size;
  for (const [a, targets] of imports) {
    for (const b of targets) {
      if (a < b && imports.get(b)?.has(a)) failures.push(`${crate}: ${a} and ${b} import each other`);
    }
  }
}
for (const failure of failures) console.error(failure);
console.log(`module imports: ${count} modules, ${failures.length} that import each other`);
process.exit(failures.length > 0 ? 1 : 0);
