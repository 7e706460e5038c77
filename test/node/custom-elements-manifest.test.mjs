/**
 * The Custom Elements Manifest (`custom-elements.json`, `npm run manifest`) documents every public
 * element completely, and so do the elements' own JSDoc headers it is made from.
 *
 * The manifest is built here with the analyzer and the project's configuration (in memory, nothing is
 * written). What it must contain is read from the sources, independently of the analyzer:
 * - the elements: every `defineElement('ozg-…', Class)` in src/ and widgets/ (and the tag map of
 *   src/fields/define-fields.ts);
 * - per element, its class, its superclasses and the modules they import (statically or lazily) in
 *   src/ and widgets/, up to the modules of other elements (their shadow roots are theirs):
 *   attribute-backed `@property()` declarations, `ozg-*` events (`emit('ozg-…')`,
 *   `new CustomEvent('ozg-…')`), `part="…"` in templates, `<slot>`s, and the `--ozg-*` custom
 *   properties read with `var()`. The global tokens (those src/theme/tokens.ts reads) must be
 *   documented on every widget; an element's own ones on the element.
 * Each item must be declared with a description both in the manifest and in the JSDoc block right above
 * the element's class (so removing a line there fails, even where a base class documents the same
 * attribute); and nothing may be declared that the code does not have.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['src', 'widgets'];
const CONFIG = 'custom-elements-manifest.config.mjs';
/** The widgets, on which the global theme tokens are documented. */
const WIDGETS = ['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker', 'ozg-kiosk'];

// ---- the sources ------------------------------------------------------------------------------

/** @typedef {{ path: string, raw: string, code: string }} SourceFile */
/** @typedef {{ name: string, file: SourceFile, base: string, start: number, body: string }} ClassInfo */

function listSources(dir) {
  const entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Comments that start a line out: block comments (JSDoc, CSS) and `//` lines. Strings such as `'image/*'` or URLs stay. */
function stripComments(text) {
  return text.replace(/^[ \t]*\/\*[\s\S]*?\*\//gm, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/^\s*\/\/.*$/gm, '');
}

/** @type {Map<string, SourceFile>} */
const files = new Map();
for (const path of SOURCE_DIRS.flatMap(listSources)) {
  const raw = readFileSync(join(ROOT, path), 'utf8');
  files.set(path, { path, raw, code: stripComments(raw) });
}

/** @type {Map<string, ClassInfo[]>} class name → declarations (a name may occur in several files) */
const classesByName = new Map();
for (const file of files.values()) {
  for (const match of file.code.matchAll(/^export (?:abstract )?class (\w+)(?:<[^\n{]*?>)? extends (\w+)[^\n{]*\{(\})?\n/gm)) {
    const end = match[3] ? match.index + match[0].length : file.code.indexOf('\n}\n', match.index);
    const info = { name: match[1], base: match[2], file, start: match.index, body: file.code.slice(match.index, end === -1 ? undefined : end) };
    classesByName.set(info.name, [...(classesByName.get(info.name) ?? []), info]);
  }
}

/** The project file a relative import of `from` points at, if it is one. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(ROOT, resolve(ROOT, dirname(from), specifier)).replaceAll('\\', '/').replace(/\.js$/, '.ts');
  return files.has(target) ? target : undefined;
}

/** Modules `file` loads: static imports with values (not `import type`), re-exports and `import()`. */
function importsOf(file) {
  const targets = new Set();
  for (const match of file.code.matchAll(/^(import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?'([^']+)';/gm)) {
    if (match[2]) continue;
    const target = resolveImport(file.path, match[3]);
    if (target) targets.add(target);
  }
  for (const match of file.code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
    const target = resolveImport(file.path, match[1]);
    if (target) targets.add(target);
  }
  return targets;
}

/** The class a name refers to in `file`: declared there or imported by that name. */
function classNamed(name, file) {
  const candidates = classesByName.get(name) ?? [];
  const local = candidates.find((info) => info.file === file);
  if (local) return local;
  for (const match of file.code.matchAll(/^import\s+\{([^}]*)\}\s+from\s+'([^']+)';/gm)) {
    const names = match[1].split(',').map((part) => part.trim().split(/\s+as\s+/).pop());
    if (!names.includes(name)) continue;
    const target = resolveImport(file.path, match[2]);
    return candidates.find((info) => info.file.path === target);
  }
  // Loaded with import() and taken from the module object: the one class of that name.
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The class and its superclasses in the project, nearest first (LitElement is not followed). */
function chainOf(info) {
  const chain = [info];
  for (let base = classNamed(info.base, info.file); base; base = classNamed(base.base, base.file)) chain.push(base);
  return chain;
}

/** The JSDoc block right above `export class Name` in the raw source. */
function ownDoc(info) {
  const before = info.file.raw.slice(0, info.file.raw.indexOf(`export ${info.file.raw.includes(`export abstract class ${info.name}`) ? 'abstract ' : ''}class ${info.name}`));
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith('*/')) return undefined;
  const start = trimmed.lastIndexOf('/**');
  return start === -1 ? undefined : trimmed.slice(start);
}

/** The block tags of a JSDoc block: `{ tag, name, description }`; a tag starts a line. */
function docTags(doc) {
  const lines = (doc ?? '')
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const tags = [];
  for (const line of lines) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line.trim());
    if (tag) tags.push({ tag: tag[1], text: tag[2] });
    else if (tags.length) tags[tags.length - 1].text += ` ${line.trim()}`;
  }
  return tags.map(({ tag, text }) => {
    // `@attr name - description`, `@slot - description` (default slot), `@csspart name description`
    const named = /^(--[\w-]+|-(?=\s|$)|[\w-]+)?\s*(?:-(?:\s+|$))?([\s\S]*)$/.exec(text.trim());
    const name = !named?.[1] || named[1] === '-' ? '' : named[1];
    return { tag, name, description: (named?.[2] ?? '').trim() };
  });
}

const TAG_ALIASES = { attribute: 'attr', event: 'fires', part: 'csspart', cssproperty: 'cssprop', tagname: 'element', tag: 'element' };

/** Names documented in a JSDoc block per tag, with their descriptions. */
function documented(doc) {
  /** @type {Record<string, Map<string, string>>} */
  const byTag = { attr: new Map(), fires: new Map(), csspart: new Map(), cssprop: new Map(), slot: new Map(), element: new Map(), prop: new Map() };
  for (const { tag, name, description } of docTags(doc)) {
    const key = TAG_ALIASES[tag] ?? tag;
    byTag[key]?.set(name, description);
  }
  return byTag;
}

/** Every tag defined anywhere, with the class it is defined with (the same wherever it is defined). */
function findDefinedElements() {
  const elements = new Map();
  const add = (tag, className, file) => {
    const known = elements.get(tag);
    assert.ok(!known || known.className === className, `<${tag}> is defined with ${known?.className} in ${known?.file.path} and with ${className} in ${file.path}`);
    if (!known || classNamed(className, file)) elements.set(tag, { className, file });
  };
  for (const file of files.values()) {
    for (const match of file.code.matchAll(/\bdefineElement\(\s*'(ozg-[\w-]+)'\s*,\s*(?:\(await [^)]*\)\.)?(\w+)\s*\)/g)) add(match[1], match[2], file);
    // A map of tag → class registered in a loop: `for (… of Object.entries(MAP)) defineElement(…)`.
    for (const loop of file.code.matchAll(/for \(const \[\w+, \w+\] of Object\.entries\((\w+)\)\) defineElement\(/g)) {
      const map = new RegExp(`const ${loop[1]} = \\{([\\s\\S]*?)\\n\\}`).exec(file.code);
      assert.ok(map, `${file.path}: the map ${loop[1]} registered in a loop is not found`);
      for (const entry of map[1].matchAll(/'(ozg-[\w-]+)':\s*(\w+)/g)) add(entry[1], entry[2], file);
    }
  }
  return elements;
}
const definedElements = findDefinedElements();

/** What an element's code has, read from the sources. */
function sourceFacts(tag, { className, file }) {
  const info = classNamed(className, file);
  assert.ok(info, `<${tag}>: class ${className} not found`);
  const chain = chainOf(info);
  const chainFiles = new Set(chain.map((item) => item.file.path));
  const otherElementFiles = new Set(
    [...definedElements.entries()]
      .filter(([otherTag]) => otherTag !== tag)
      .map(([otherTag, other]) => classNamed(other.className, other.file)?.file.path ?? otherTag)
      .filter((path) => !chainFiles.has(path)),
  );
  // The modules that render into this element's shadow root, or style it.
  const closure = new Set(chainFiles);
  const queue = [...chainFiles];
  while (queue.length) {
    const current = files.get(queue.shift());
    for (const target of importsOf(current)) {
      if (closure.has(target) || otherElementFiles.has(target)) continue;
      closure.add(target);
      queue.push(target);
    }
  }
  const code = [...closure].map((path) => files.get(path).code).join('\n');

  const attributes = new Map(); // attribute → property
  const properties = new Set(); // properties without attribute
  for (const item of chain) {
    for (const match of item.body.matchAll(/@property\((\{[^)]*\})?\)\s*(?:(?:public|protected|private|override|declare|readonly|accessor)\s+)*(\w+)/g)) {
      const options = match[1] ?? '';
      const property = match[2];
      if (/attribute:\s*false/.test(options)) {
        properties.add(property);
        continue;
      }
      const attribute = /attribute:\s*'([^']+)'/.exec(options)?.[1] ?? property.toLowerCase();
      if (!attributes.has(attribute)) attributes.set(attribute, property);
    }
  }
  const events = new Set(
    [...code.matchAll(/(?:\bemit|#emit|new\s+CustomEvent)\s*(?:<[^>(]*>)?\(\s*(['"`])(ozg-[\w-]+)\1/g)].map((match) => match[2]),
  );
  const dispatched = new Set([...code.matchAll(/this\.dispatchEvent\(\s*new\s+(?:Custom|Input)?Event\s*(?:<[^>(]*>)?\(\s*'([\w-]+)'/g)].map((match) => match[1]));
  const dynamicParts = [...code.matchAll(/(?<![\w-])part=\$\{/g)];
  assert.equal(dynamicParts.length, 0, `<${tag}>: a part name computed at run time cannot be checked; write it out`);
  const parts = new Set([...code.matchAll(/(?<![\w-])part=(["'])(.*?)\1/g)].flatMap((match) => match[2].split(/\s+/).filter(Boolean)));
  const slots = new Set([...code.matchAll(/<slot\b([^>]*)>/g)].map((match) => /\bname=["']?([\w-]+)/.exec(match[1])?.[1] ?? ''));
  const cssRead = new Set([...code.matchAll(/var\(\s*(--ozg-[\w-]+)/g)].map((match) => match[1]));
  return { info, chain, closure, attributes, properties, events, dispatched, parts, slots, cssRead, doc: documented(ownDoc(info)) };
}

/** The tokens every element reads through the shared base styles. */
const GLOBAL_TOKENS = new Set([...files.get('src/theme/tokens.ts').code.matchAll(/var\(\s*(--ozg-[\w-]+)/g)].map((match) => match[1]));

// ---- the manifest -----------------------------------------------------------------------------

let manifest;
/** @type {Map<string, any>} tag → class declaration in the manifest */
const declarations = new Map();
/** @type {Map<string, ReturnType<typeof sourceFacts>>} */
const facts = new Map();

before(async () => {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  manifest = await cli({ argv: ['analyze', '--config', CONFIG, '--quiet'], cwd: ROOT, noWrite: true });
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) declarations.set(declaration.tagName, declaration);
  }
  for (const [tag, definition] of definedElements) facts.set(tag, sourceFacts(tag, definition));
});

const hasText = (value) => typeof value === 'string' && value.trim().length > 0;

/** Runs `check` for every element and fails once with every problem found. */
function everyElement(check) {
  const problems = [];
  for (const [tag, fact] of facts) check(tag, fact, declarations.get(tag), (message) => problems.push(`<${tag}>: ${message}`));
  if (problems.length) assert.fail(`${problems.length} problem(s):\n${problems.join('\n')}`);
}

// ---- the checks -------------------------------------------------------------------------------

describe('custom elements manifest', () => {
  test('every defined element is in the manifest with its tag name, class and description', () => {
    assert.ok(facts.size >= 23, `only ${facts.size} elements found by defineElement()`);
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return problem('not in the manifest (no @element tag on its class?)');
      if (declaration.name !== fact.info.name) problem(`the manifest gives class ${declaration.name}, defineElement() ${fact.info.name}`);
      if (!declaration.customElement) problem('not marked as a custom element');
      if (!hasText(declaration.description)) problem('no description (the JSDoc above the class)');
      if (!fact.doc.element.has(tag)) problem(`its class JSDoc has no "@element ${tag}"`);
    });
    const documentedTags = [...declarations.keys()].filter((tag) => !facts.has(tag));
    assert.deepEqual(documentedTags, [], 'elements in the manifest that no defineElement() call defines');
  });

  test('every attribute-backed property is documented as an attribute', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const [attribute, property] of fact.attributes) {
        const entry = declaration.attributes?.find((item) => item.name === attribute);
        if (!entry) problem(`attribute "${attribute}" (property ${property}) missing in the manifest`);
        else if (entry.fieldName !== property) problem(`attribute "${attribute}" should belong to property ${property}, not ${entry.fieldName}`);
        if (!hasText(fact.doc.attr.get(attribute))) problem(`no "@attr ${attribute} - …" in the class JSDoc`);
      }
      for (const attribute of fact.doc.attr.keys()) {
        if (!fact.attributes.has(attribute)) problem(`"@attr ${attribute}" documents an attribute the element does not have`);
      }
      for (const attribute of declaration.attributes ?? []) {
        if (!fact.attributes.has(attribute.name)) problem(`the manifest lists attribute "${attribute.name}", which no property of the element has`);
      }
    });
  });

  test('properties without an attribute are documented', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const property of fact.properties) {
        const member = declaration.members?.find((item) => item.name === property);
        if (!member) problem(`property ${property} missing in the manifest`);
        else if (!hasText(member.description)) problem(`property ${property} has no description (JSDoc on the property or "@prop ${property} - …")`);
      }
    });
  });

  test('every ozg-* event the element fires is declared, and only events it fires', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const event of fact.events) {
        if (!declaration.events?.some((item) => item.name === event)) problem(`event ${event} missing in the manifest`);
        if (!hasText(fact.doc.fires.get(event))) problem(`no "@fires ${event} - …" in the class JSDoc`);
      }
      for (const event of declaration.events ?? []) {
        if (!fact.events.has(event.name) && !fact.dispatched.has(event.name)) problem(`event "${event.name}" is declared but never dispatched`);
      }
    });
  });

  test('every part rendered in the element\'s shadow root is a documented CSS part, and only those', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const part of fact.parts) {
        if (!declaration.cssParts?.some((item) => item.name === part)) problem(`CSS part "${part}" missing in the manifest`);
        if (!hasText(fact.doc.csspart.get(part))) problem(`no "@csspart ${part} - …" in the class JSDoc`);
      }
      for (const part of declaration.cssParts ?? []) {
        if (!fact.parts.has(part.name)) problem(`CSS part "${part.name}" is declared but not rendered`);
      }
    });
  });

  test('every slot is documented', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const slot of fact.slots) {
        const label = slot ? `slot "${slot}"` : 'the default slot';
        if (!declaration.slots?.some((item) => item.name === slot)) problem(`${label} missing in the manifest`);
        if (!hasText(fact.doc.slot.get(slot))) problem(`no "@slot ${slot || '-'} …" for ${label} in the class JSDoc`);
      }
    });
  });

  test('every --ozg-* custom property an element reads is documented; the global tokens on every widget', () => {
    assert.ok(GLOBAL_TOKENS.size >= 9, `only ${GLOBAL_TOKENS.size} global tokens found in src/theme/tokens.ts`);
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      const required = new Set([...fact.cssRead].filter((name) => !GLOBAL_TOKENS.has(name)));
      if (WIDGETS.includes(tag)) {
        for (const token of GLOBAL_TOKENS) if (fact.cssRead.has(token)) required.add(token);
      }
      for (const name of required) {
        if (!declaration.cssProperties?.some((item) => item.name === name)) problem(`custom property ${name} missing in the manifest`);
        if (!hasText(fact.doc.cssprop.get(name))) problem(`no "@cssprop ${name} - …" in the class JSDoc`);
      }
      for (const property of declaration.cssProperties ?? []) {
        if (!fact.cssRead.has(property.name)) problem(`custom property ${property.name} is declared but not read`);
      }
    });
    for (const token of GLOBAL_TOKENS) {
      const on = [...declarations.values()].filter((declaration) => declaration.cssProperties?.some((item) => item.name === token));
      assert.ok(on.length > 0, `the global token ${token} is documented on no element`);
    }
  });

  test('every entry of every element has a description', () => {
    everyElement((tag, fact, declaration, problem) => {
      if (!declaration) return;
      for (const kind of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
        for (const item of declaration[kind] ?? []) {
          if (!hasText(item.description)) problem(`${kind} "${item.name}" has no description`);
        }
      }
    });
  });

  test('the defining modules export their tags (custom-element-definition)', () => {
    const definitions = new Map();
    for (const module of manifest.modules) {
      for (const entry of module.exports ?? []) if (entry.kind === 'custom-element-definition') definitions.set(entry.name, entry.declaration.name);
    }
    for (const tag of ['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker', 'ozg-kiosk', 'ozg-text-field', 'ozg-qr-code']) {
      assert.equal(definitions.get(tag), facts.get(tag)?.info.name, `definition of <${tag}>`);
    }
    for (const module of manifest.modules) assert.match(module.path, /^dist\/lib\/.+\.js$/, 'module paths point at the published JavaScript');
  });
});
