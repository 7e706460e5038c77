/**
 * A deterministic catalog the size of the federal LeiKa (~8,500 services) for
 * the search benchmark, synthesised from the demo catalog's own vocabulary:
 * its nouns, verbs, summary sentences and synonyms, recombined by a seeded
 * PRNG. The demo services themselves come first, unchanged, so real queries
 * still have their real targets among thousands of plausible neighbours.
 */
import type { ServiceSummary } from '../../src/model/index.js';

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Heads of administrative compounds ("Gewerbe|erlaubnis", "Hunde|auskunft"). */
const HEADS = [
  'genehmigung', 'erlaubnis', 'bescheinigung', 'zuschuss', 'förderung', 'anzeige', 'antrag', 'auskunft',
  'gebühr', 'nachweis', 'prüfung', 'register', 'karte', 'schein', 'zulassung', 'beratung', 'beihilfe',
  'ausweis', 'abgabe', 'befreiung', 'ermäßigung', 'verlängerung', 'änderung', 'bestätigung',
];
/** Function words that start sentences and are no nouns. */
const NOT_NOUNS = new Set(['Wenn', 'Sie', 'Ihr', 'Ihre', 'Der', 'Die', 'Das', 'Bei', 'Mit', 'Für', 'Nach', 'Auch', 'Eine', 'Einen', 'Ein']);

export function generateCatalog(base: readonly ServiceSummary[], count: number, seed = 8500): ServiceSummary[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sample = <T>(items: readonly T[], n: number): T[] => Array.from({ length: Math.min(n, items.length) }, () => pick(items));
  const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

  const verbs: string[] = [];
  const nouns = new Set<string>();
  const sentences: string[] = [];
  const synonyms: string[] = [];
  for (const service of base) {
    const nameWords = service.name.replace(/\(.*?\)/g, '').trim().split(/\s+/);
    const verb = nameWords[nameWords.length - 1]!;
    if (/^\p{Ll}+$/u.test(verb)) verbs.push(verb); // duplicates keep the real frequency ("beantragen" ≈ half)
    for (const word of [service.name, ...service.synonyms].join(' ').split(/[^\p{L}]+/u)) {
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(word) && !NOT_NOUNS.has(word)) nouns.add(word);
    }
    for (const sentence of (service.summary ?? '').split(/(?<=[.!?])\s+/)) if (sentence.length > 20) sentences.push(sentence);
    synonyms.push(...service.synonyms);
  }
  const nounList = [...nouns].sort();

  const services: ServiceSummary[] = base.slice(0, count).map((service) => ({ ...service }));
  for (let i = services.length; i < count; i++) {
    const model = pick(base);
    const noun = pick(nounList);
    const other = pick(nounList);
    const head = pick(HEADS);
    const verb = pick(verbs);
    const compound = noun + (next() < 0.3 ? 's' : '') + head;
    const shape = next();
    const name =
      shape < 0.35 ? `${noun} ${verb}`
      : shape < 0.6 ? `${compound} ${verb}`
      : shape < 0.75 ? `${capitalize(head)} für ${noun} ${verb}`
      : shape < 0.9 ? `${noun} und ${other} ${verb}`
      : `${model.name.split(' ')[0]} ${other}${head} ${verb}`;
    const summary = [`Sie möchten ${noun} ${verb}?`, pick(sentences), ...(next() < 0.5 ? [pick(sentences)] : [])].join(' ');
    services.push({
      id: `gen-${i}`,
      leikaKeys: [],
      name,
      summary,
      synonyms: [compound, `${other} ${head}`, ...sample(model.synonyms, 2 + Math.floor(next() * 3)), ...sample(synonyms, 1 + Math.floor(next() * 2))],
      lifeSituations: [...model.lifeSituations],
      categories: [...model.categories],
      addressees: [...model.addressees],
      online: next() < 0.4,
    });
  }
  return services;
}
