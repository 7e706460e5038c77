// Where the bytes of the CDN build go: minified bytes and gzip share per source module and per
// package, for every chunk of each entry's initial load, widget total and total with its largest
// connector (the sets `npm run size` measures). Usage:
//
//   npm run size:breakdown                      builds dist/cdn, then prints every entry
//   npm run size:breakdown -- ozg-service-finder [--top 25] [--no-build] [--json file]
//
// Attribution reads the build's source maps: each minified byte belongs to the source of the
// mapping segment it falls in (bytes without a mapping count as "(unmapped)": rollup's glue,
// import/export statements). Two gzip figures per module or package:
//   gzip share  the chunk's gzip size split in proportion to what each part costs alone
//               (gzip of its bytes alone); the shares of a chunk add up to its gzip size
//   saves       gzip(chunk) − gzip(chunk without its bytes): what removing it would save at most
// It also lists duplicates (one source file in several chunks, one package installed at several
// paths) and checks the output for what must not ship (eval, new Function, process.env, Lit's
// dev-mode warnings).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const top = Number(option('--top') ?? 15);
const jsonFile = option('--json');
const noBuild = args.includes('--no-build');
const wanted = args.filter((a) => !a.startsWith('--'));

if (!noBuild) execFileSync('npx', ['rollup', '-c', '--environment', 'BUILD:cdn', '--silent'], { stdio: 'inherit' });
// Imported after the build: the module reads manifest.json when it loads.
const { closure, connectorOf, dir, entries, entryParts, kindOf, loaderTargets, manifest, size } = await import('./cdn-manifest.mjs');

// ── source maps ────────────────────────────────────────────────────────────────────────────
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...BASE64].map((c, i) => [c, i]));
/** Decodes one segment of a source map's `mappings` (base64 VLQ). @param {string} text */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const d = digit[char];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The source of every character of a chunk: an array parallel to the code holding an index into
 * `sources` (module paths relative to the project, as the manifest lists them; -1: unmapped).
 * @param {string} code @param {any} map @param {string} mapFile
 */
function ownerOfEachChar(code, map, mapFile) {
  const sources = map.sources.map((s) => relative(process.cwd(), resolve(dirname(mapFile), s)).replace(/\\/g, '/'));
  const owner = new Int32Array(code.length).fill(-1);
  const lines = map.mappings.split(';');
  let source = 0;
  let offset = 0;
  for (let line = 0; line < lines.length; line++) {
    const lineEnd = code.indexOf('\n', offset) === -1 ? code.length : code.indexOf('\n', offset) + 1;
    let column = 0;
    let previous = { column: 0, source: -1 };
    for (const segment of lines[line] ? lines[line].split(',') : []) {
      const [dc, ds] = decodeSegment(segment);
      column += dc;
      const thisSource = ds === undefined ? -1 : (source += ds);
      owner.fill(previous.source, offset + previous.column, offset + column);
      previous = { column, source: thisSource };
    }
    owner.fill(previous.source, offset + previous.column, lineEnd);
    offset = lineEnd;
  }
  return { owner, sources };
}

// ── grouping ───────────────────────────────────────────────────────────────────────────────
/** The package a module belongs to; own code by its top folder and area (src/search …). */
function packageOf(path) {
  if (path === '(unmapped)') return path;
  const inModules = path.split('node_modules/').pop();
  if (inModules !== path) {
    const name = inModules.startsWith('@') ? inModules.split('/').slice(0, 2).join('/') : inModules.split('/')[0];
    // Lit is four packages that always travel together.
    return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name) ? 'lit' : name;
  }
  const [top, area] = path.split('/');
  return top === 'src' || top === 'connectors' || top === 'widgets' ? `own: ${top}/${area.replace(/\.ts$/, '')}` : `own: ${top}`;
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair makes 4), so that sums match file sizes. */
const utf8 = (unit) => (unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3);

/** Minified bytes, gzip share and gzip saving per key (module or package) of one chunk. */
function attribute(code, owner, keyOfOwner) {
  const keys = Array.from(owner, keyOfOwner);
  const total = gz(code);
  const min = new Map();
  keys.forEach((key, i) => min.set(key, (min.get(key) ?? 0) + utf8(code.charCodeAt(i))));
  const alone = new Map();
  for (const key of min.keys()) {
    let own = '';
    let rest = '';
    for (let i = 0; i < code.length; i++) {
      if (keys[i] === key) own += code[i];
      else rest += code[i];
    }
    alone.set(key, { own: gz(own), saves: total - gz(rest) });
  }
  const sumAlone = [...alone.values()].reduce((t, a) => t + a.own, 0);
  return new Map(
    [...min].map(([key, bytes]) => [key, { min: bytes, gzip: Math.round((alone.get(key).own / sumAlone) * total), saves: alone.get(key).saves }]),
  );
}

// ── per chunk ──────────────────────────────────────────────────────────────────────────────
const chunkCache = new Map();
function chunkBreakdown(file) {
  if (chunkCache.has(file)) return chunkCache.get(file);
  const code = readFileSync(join(dir, file), 'utf8');
  const mapFile = join(dir, `${file}.map`);
  const { owner, sources } = ownerOfEachChar(code, JSON.parse(readFileSync(mapFile, 'utf8')), mapFile);
  const moduleOf = (index) => (index === -1 ? '(unmapped)' : sources[index]);
  const result = {
    file,
    kind: kindOf(file),
    ...size(file),
    modules: attribute(code, owner, moduleOf),
    packages: attribute(code, owner, (index) => packageOf(moduleOf(index))),
  };
  chunkCache.set(file, result);
  return result;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`.padStart(6);
const sortByGzip = (map) => [...map].sort((a, b) => b[1].gzip - a[1].gzip || b[1].min - a[1].min);
const row = (name, p) => `    ${kb(p.min)} KB min ${kb(p.gzip)} KB gzip  saves ${kb(p.saves)} KB   ${name}`;

function sum(files, pick) {
  const totals = new Map();
  for (const file of files) {
    for (const [key, part] of chunkBreakdown(file)[pick]) {
      const t = totals.get(key) ?? { min: 0, gzip: 0, saves: 0 };
      totals.set(key, { min: t.min + part.min, gzip: t.gzip + part.gzip, saves: t.saves + part.saves });
    }
  }
  return totals;
}

// ── report ─────────────────────────────────────────────────────────────────────────────────
const report = {};
const chosen = entries.filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.js$/, '')));
for (const file of chosen) {
  const { initial, widget, connector, connectorNames, setUpTotals } = entryParts(file);
  const sets = [
    ['initial', initial],
    ['widget total (lazy widget chunks)', new Set([...widget].filter((f) => !initial.has(f)))],
    [`+ connectors ${connectorNames.join(' + ') || '(none)'}`, new Set([...connector].filter((f) => !widget.has(f)))],
  ];
  console.log(`\n━━ ${file}`);
  report[file] = {};
  for (const [label, files] of sets) {
    if (files.size === 0) continue;
    const gzip = [...files].reduce((t, f) => t + size(f).gzip, 0);
    console.log(`\n  ${label}: ${[...files].length} chunk(s), ${kb(gzip).trim()} KB gzip`);
    console.log('   by package');
    const packages = sortByGzip(sum(files, 'packages'));
    for (const [name, p] of packages) console.log(row(name, p));
    console.log(`   top ${top} modules`);
    const modules = sortByGzip(sum(files, 'modules'));
    for (const [name, p] of modules.slice(0, top)) console.log(row(name, p));
    console.log('   chunks');
    for (const f of files) console.log(`    ${kb(size(f).min)} KB min ${kb(size(f).gzip)} KB gzip  ${f}`);
    report[file][label] = { packages: Object.fromEntries(packages), modules: Object.fromEntries(modules) };
  }
  if (setUpTotals.size > 0) {
    console.log('\n  every connector set-up (total gzip, largest first)');
    for (const [names, total] of [...setUpTotals].sort((a, b) => b[1] - a[1])) console.log(`    ${kb(total)} KB  ${names}`);
  }
  // Widget parts left out with that set-up, and connector parts it never loads (a form page never
  // loads status reading): not in the `npm run size` totals, listed so that nobody mistakes them for gone.
  const reachable = closure([file], (next) => !['excluded', 'language', 'editor'].includes(kindOf(next)));
  const left = [...reachable].filter((f) => !connector.has(f) && (widget.has(f) || (kindOf(f) === 'connector' && !loaderTargets.has(f) && connectorNames.includes(connectorOf(f)))));
  if (connectorNames.length > 0 && left.length > 0) {
    console.log(`\n  not counted with ${connectorNames.join(' + ')}: parts those connectors never load for this widget`);
    for (const f of left) console.log(`    ${kb(size(f).min)} KB min ${kb(size(f).gzip)} KB gzip  ${f}`);
  }
}

// ── duplicates and what must not ship ──────────────────────────────────────────────────────
const owners = new Map();
for (const [file, chunk] of Object.entries(manifest)) {
  for (const module of chunk.modules) owners.set(module, [...(owners.get(module) ?? []), file]);
}
const inSeveral = [...owners].filter(([, files]) => files.length > 1);
const installs = new Map();
for (const module of owners.keys()) {
  const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (match) installs.set(match[2], new Set([...(installs.get(match[2]) ?? []), match[1]]));
}
const severalPaths = [...installs].filter(([, paths]) => paths.size > 1);
console.log('\n━━ duplicates');
console.log(inSeveral.length ? inSeveral.map(([m, f]) => `  ${m} in ${f.join(', ')}`).join('\n') : '  no source file is in more than one chunk');
console.log(severalPaths.length ? severalPaths.map(([p, paths]) => `  ${p} installed at ${[...paths].join(', ')}`).join('\n') : '  every package comes from one path');

const forbidden = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew Function\b|\bFunction\s*\(/, 'new Function'],
  [/process\.env/, 'process.env'],
  [/Lit is in dev mode|issueWarning|devMode/, "Lit's dev mode"],
];
const findings = [];
for (const file of Object.keys(manifest)) {
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [pattern, label] of forbidden) if (pattern.test(code)) findings.push(`  ${label} in ${file}`);
}
console.log('\n━━ must not ship (eval, new Function, process.env, Lit dev mode)');
console.log(findings.length ? findings.join('\n') : '  none found');

if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ report, duplicates: { inSeveral, severalPaths }, findings }, null, 2)}\n`);
