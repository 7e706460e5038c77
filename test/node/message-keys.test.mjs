/**
 * Every text of the German message catalogs is used by some code. A text nobody shows still ships
 * in every widget's first download and costs translators time in four languages.
 *
 * A catalog is a source file whose entries end in `satisfies Record<string, Message>`. A key is used
 * when code (outside the catalogs' entry lines and the translations) names it in quotes, or builds it in a template literal whose fixed start
 * it begins with (`` `finder.unit.${unit}` `` uses every `finder.unit.…`).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string} dir @returns {string[]} */
const sources = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

const files = ['src', 'widgets', 'connectors'].flatMap(sources).map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
const catalogs = files.filter(({ text }) => /satisfies Record<string, Message>/.test(text));
/** Translations repeat the German keys; they are not uses. */
const translations = files.filter(({ text }) => /: Record<\w+MessageKey, Message>|Translation<\w+>/.test(text));
/** The code: every other file, and the catalogs without their entry lines (some format their own texts). */
const code = files.filter((f) => !translations.includes(f)).map(({ text }) => text.replace(/^\s+'[\w.-]+':.*$/gm, ''));

const quoted = new Set(code.flatMap((text) => [...text.matchAll(/['"`]([\w.-]+)['"`]/g)].map((m) => m[1])));
const templatePrefixes = code.flatMap((text) => [...text.matchAll(/`([\w.-]+[.-])\$\{/g)].map((m) => m[1]));

test('the German catalogs are found', () => {
  assert.ok(catalogs.length >= 8, `only ${catalogs.length} catalogs found`);
});

for (const { file, text } of catalogs) {
  test(`every key of ${file} is used`, () => {
    const keys = [...text.matchAll(/^\s+'([\w.-]+)':/gm)].map((m) => m[1]);
    assert.ok(keys.length > 0, 'no keys read');
    const unused = keys.filter((key) => !quoted.has(key) && !templatePrefixes.some((prefix) => key.startsWith(prefix)));
    assert.deepEqual(unused, [], `texts no code shows: ${unused.join(', ')}`);
  });
}
