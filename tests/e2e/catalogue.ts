// The app's texts, read from the typed Rust catalogues (crates/texts) rather
// than copied into the tests: global-setup.ts writes them to
// target/e2e/catalogue.json before the tests run. A test looks a text up by
// its field's name, texts('nb').app.nav_fees, so a changed wording changes
// the tests with it, and a renamed or removed field fails loudly.
//
// Templates keep their placeholders in braces ("Read as {amount}"): fill()
// puts values in, before()/after() take the literal words around one, and
// pattern() matches the text with any values, lastClause() takes its end.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where global-setup.ts writes the catalogue, from the repository's root. */
export const CATALOGUE_FILE = fileURLToPath(new URL('../../target/e2e/catalogue.json', import.meta.url));

/** A language, by the folder its pages are in (/en/, /nb/, /zh/). */
export type Lang = 'en' | 'nb' | 'zh';

/** One catalogue's texts that are a single text, by field name. */
export type Texts = { readonly [field: string]: string };
/** One catalogue's plurals ([one, other]) and lists, by field name. */
export type Lists = { readonly [field: string]: readonly string[] };

/** The three catalogues of a language: the app's own, the eligibility checker's and the tracker's. */
export interface Catalogue<T> {
  readonly app: T;
  readonly checker: T;
  readonly tracker: T;
}

type Raw = Record<Lang, Record<keyof Catalogue<unknown>, Record<string, string | string[]>>>;

let raw: Raw | undefined;
/** Read on first use, so the tests can be listed before the file exists. */
function load(): Raw {
  if (!raw) {
    try {
      raw = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Raw;
    } catch (error) {
      throw new Error(`Cannot read the texts from ${CATALOGUE_FILE} (global-setup.ts writes it): ${error}`);
    }
  }
  return raw;
}

/** A catalogue's fields of one kind; reading a field it does not have, or of the other kind, throws. */
function fields<T>(lang: Lang, part: keyof Catalogue<unknown>, wantList: boolean): T {
  const all = load()[lang]?.[part];
  if (!all) throw new Error(`catalogue.json has no ${lang}.${part}`);
  return new Proxy(all, {
    get(target, field) {
      if (typeof field !== 'string') return undefined;
      const value = target[field];
      if (value === undefined) throw new Error(`catalogue.json has no text ${lang}.${part}.${field}`);
      if (Array.isArray(value) !== wantList) {
        throw new Error(`${lang}.${part}.${field} is ${wantList ? 'one text: use texts()' : 'a plural or a list: use lists()'}`);
      }
      return value;
    },
  }) as T;
}

/** The texts of `lang`: texts('en').app.nav_fees is "Fees". */
export function texts(lang: Lang): Catalogue<Texts> {
  return {
    app: fields<Texts>(lang, 'app', false),
    checker: fields<Texts>(lang, 'checker', false),
    tracker: fields<Texts>(lang, 'tracker', false),
  };
}

/** Texts the app names by a key rather than a field: a problem's title by its part of the address, the checker's outcomes, findings and documents by name, the claims section's headings. */
type Named = 'problems' | 'outcomes' | 'findings' | 'documents' | 'claims' | 'ways';

/** named('en', 'outcomes', 'Incomplete') is "Keep answering."; a key it does not have throws. */
export function named(lang: Lang, part: Named, key: string): string {
  const text = (load()[lang] as Record<string, Record<string, string | string[]>>)[part]?.[key];
  if (typeof text !== 'string') throw new Error(`catalogue.json has no text ${lang}.${part}.${key}`);
  return text;
}

/** A problem's title in `lang`, by its part of the address: problemTitle('en', 'sms-code') is "SMS verification code not received". */
export const problemTitle = (lang: Lang, slug: string) => named(lang, 'problems', slug);

/** The plurals and lists of `lang`: lists('en').tracker.payments_count is ["{count} payment", "{count} payments"]. */
export function lists(lang: Lang): Catalogue<Lists> {
  return {
    app: fields<Lists>(lang, 'app', true),
    checker: fields<Lists>(lang, 'checker', true),
    tracker: fields<Lists>(lang, 'tracker', true),
  };
}

/** The messages people see on the screen in `lang`, of every problem; the Chinese and English ones are in every language's app. */
export function seenMessages(lang: Lang): string[] {
  return Object.values((load()[lang] as Record<string, Record<string, string[]>>).seen ?? {}).flat();
}

/** Every text of `lang` in the catalogue, of every part: texts, plurals, lists, named ones and the messages seen. */
export function everyText(lang: Lang): string[] {
  return Object.values(load()[lang]).flatMap((part) => Object.values(part).flat());
}

/** Puts `values` in for their placeholders, as the app does: fill('Read as {amount}', { amount: '¥5.00' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce((text, [name, value]) => {
    if (!text.includes(`{${name}}`)) throw new Error(`no {${name}} in "${template}"`);
    return text.replaceAll(`{${name}}`, String(value));
  }, template);
}

/** A plural's text for `count`, as the app picks it: the first for exactly one, with {count} filled in where it has one. */
export function plural(forms: readonly string[], count: number): string {
  return (count === 1 ? forms[0] : forms[1]).replaceAll('{count}', String(count));
}

function placeholderAt(template: string, name: string): number {
  const at = template.indexOf(`{${name}}`);
  if (at < 0) throw new Error(`no {${name}} in "${template}"`);
  return at;
}

/**
 * The literal words just before `{name}`, back to the placeholder before
 * it or the start, without the spaces around them:
 * before('…above {free}, yet the fee is {fee}.', 'fee') is ', yet the fee is'.
 */
export function before(template: string, name: string): string {
  const at = placeholderAt(template, name);
  const start = template.lastIndexOf('}', at) + 1;
  return template.slice(start, at).trim();
}

/**
 * The literal words just after `{name}`, up to the next placeholder or the
 * end, without the spaces around them: after('{count} payments in the file…', 'count').
 */
export function after(template: string, name: string): string {
  const end = placeholderAt(template, name) + name.length + 2;
  const next = template.indexOf('{', end);
  return template.slice(end, next < 0 ? undefined : next).trim();
}

/**
 * The last clause of a text: after its last comma, semicolon or colon, up
 * to its closing full stop. lastClause('… or less in one payment, there is
 * no fee at all.') is 'there is no fee at all'.
 */
export function lastClause(text: string): string {
  const clauses = text.split(/[,;:，；：]/);
  return clauses[clauses.length - 1].trim().replace(/[.。]$/, '');
}

/** Escapes `text` for use in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The whole text of `template` with any value in each placeholder: pattern('Step {n} of {total}') matches "Step 3 of 21". */
export function pattern(template: string): RegExp {
  const parts = template.split(/\{[a-z_]+\}/);
  return new RegExp(`^${parts.map(escapeRegExp).join('(.+?)')}$`);
}
