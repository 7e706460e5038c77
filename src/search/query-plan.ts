/**
 * Query planning: what a typed query means for the index. Each query word
 * (or synonym phrase) becomes a group of alternatives — the word as typed,
 * its stem, its compound parts, the synonym table's canonical terms — and a
 * service matches a group when it matches any alternative (all leaves of it).
 */
import type { CompoundSplitter } from './compounds.js';
import { canonical, isStopWord, tokenize } from './german-text.js';
import type { SynonymTable } from './synonyms.js';

/** Weights of the ways a query word matches, relative to the word as typed. */
const STEM = 0.6;
const PARTS = 0.7;
const PARTS_KNOWN = 0.3;
/** One part alone: the catalog may have "Gewerbe anmelden" and nothing with "Schein". */
const PART = 0.2;
const SYNONYM = 0.9;
/** A synonym key only begun ("knoe" → knöllchen). */
const SYNONYM_BEGUN = 0.5;
/** A stop word being typed may be the start of a real word ("ein" → Einbürgerung). */
const STOP = 0.3;
/** Weight of prefix matches of stems, which never match exactly. */
const STEM_PREFIX = 0.8;
/** Query words shorter than this are matched exactly, not as prefixes. */
export const MIN_PREFIX = 3;
/** Particles of separable verbs that end a sentence: "melde … an" → anmelden. */
const PARTICLES = new Set(['an', 'ab', 'um', 'aus', 'ein', 'auf', 'nach']);
/** More words than this are ignored (a pasted paragraph is no query). */
const MAX_GROUPS = 16;

export interface Leaf {
  term: string;
  weight: number;
  prefix: boolean;
  /** Weight of prefix matches relative to an exact match. */
  prefixWeight: number;
  /** The word as the citizen typed it: typo tolerant when it matches nothing as typed. */
  typed: boolean;
}

export interface Group {
  /** Each alternative is a list of leaves that must all match. */
  alternatives: Leaf[][];
  /** A stop word being typed: adds score, does not count as a query word. */
  optional: boolean;
}

/**
 * Crude German stem for matching other inflections by prefix: anmeldung,
 * anmelden → anmeld; Hundes → hund. A bare -s or -n stays: too many stems end in
 * one (Ausweis, Pass, Schein).
 */
export const stem = (word: string): string => {
  const stemmed = word.replace(/(?:ungen|ung|en|es|e)$/, '');
  return stemmed.length >= 4 ? stemmed : word;
};

/** Canonical, non-stop words of a text. */
export const queryWords = (text: string): string[] => tokenize(text).map(canonical).filter((word) => word.length > 1 && !isStopWord(word));

const leaf = (term: string, weight: number, typed = false, prefix = true): Leaf => ({
  term,
  weight,
  prefix,
  prefixWeight: typed ? 0.375 : STEM_PREFIX, // MiniSearch's prefix weight for what was typed
  typed,
});

export class QueryPlanner {
  /** Canonical key words joined by a space → expansions, each a list of stems. */
  readonly #synonyms = new Map<string, string[][]>();
  readonly #splitter: CompoundSplitter;

  constructor(synonyms: SynonymTable, splitter: CompoundSplitter) {
    this.#splitter = splitter;
    for (const [key, expansions] of Object.entries(synonyms)) {
      const words = queryWords(key);
      if (words.length > 0) {
        this.#synonyms.set(words.join(' '), expansions.map((expansion) => queryWords(expansion).map(stem)).filter((stems) => stems.length > 0));
      }
    }
  }

  /** Groups for the query; while `typing`, the last group is the word being typed. */
  plan(query: string, typing: boolean): Group[] {
    const all = tokenize(query).map(canonical).filter((word) => word.length > 1);
    const last = all[all.length - 1];
    const meaningful = all.filter((word) => !isStopWord(word));
    const particle = last !== undefined && PARTICLES.has(last) && meaningful.some((word) => word !== last) ? last : undefined;
    const words = (particle ? meaningful.filter((word, i) => word !== particle || i < meaningful.length - 1) : meaningful).slice(0, MAX_GROUPS);
    // A stop word being typed may be the start of a real word: kept, as an optional prefix.
    const typedStop = typing && last !== undefined && last.length >= MIN_PREFIX && isStopWord(last) ? last : undefined;
    const groups: Group[] = [];
    for (let at = 0; at < words.length; ) {
      const [length, expansions, begun] = this.#synonymAt(words, at, typing && typedStop === undefined);
      const phrase = words.slice(at, at + length);
      const alternatives = [phrase.map((word) => leaf(word, 1, true, word.length >= MIN_PREFIX))];
      if (length === 1) {
        const word = phrase[0]!;
        if (stem(word) !== word) alternatives.push([leaf(stem(word), STEM)]);
        // Parts as written, the last (the head) also inflected; weaker when the catalog uses the compound itself.
        const parts = this.#splitter.split(word);
        const weight = this.#splitter.has(word) ? PARTS_KNOWN : PARTS;
        const leaves = parts.map((part, i) => (i < parts.length - 1 ? leaf(part, weight, false, false) : leaf(stem(part), weight)));
        if (parts.length > 1) alternatives.push(leaves, ...leaves.map((one) => [{ ...one, weight: PART }]));
        if (particle !== undefined) alternatives.push([leaf(stem(particle + word), STEM)]);
      }
      // The first canonical term is the main one; further ones count less, so that a service matching
      // several of them does not outrank the one the synonym means.
      expansions.forEach((expansion, i) => alternatives.push(expansion.map((term) => leaf(term, (begun ? SYNONYM_BEGUN : SYNONYM) / (i + 1)))));
      groups.push({ alternatives, optional: false });
      at += length;
    }
    if (typedStop !== undefined) {
      groups.push({ alternatives: [[leaf(typedStop, groups.length > 0 ? STOP : 1, true)]], optional: groups.length > 0 });
    }
    return groups;
  }

  /**
   * The longest synonym key starting at `at`: [words it covers, expansions,
   * whether the key was only begun]. At the end of a query being typed, a key
   * the words begin counts too ("knoe" → knöllchen, "parking per" → parking permit).
   */
  #synonymAt(words: string[], at: number, typing: boolean): [number, string[][], boolean] {
    for (let length = Math.min(3, words.length - at); length > 0; length--) {
      const phrase = words.slice(at, at + length).join(' ');
      const exact = this.#synonyms.get(phrase);
      if (exact) return [length, exact, false];
      if (typing && at + length === words.length && phrase.length > MIN_PREFIX) {
        // Only the two shortest, and one-word keys from one word: "regi" must not pull in every "register …".
        const begun = [...this.#synonyms]
          .filter(([key]) => key.startsWith(phrase) && (length > 1 || !key.includes(' ')))
          .sort(([a], [b]) => a.length - b.length)
          .slice(0, 2);
        if (begun.length > 0) return [length, begun.flatMap(([, expansions]) => expansions), true];
      }
    }
    return [1, [], false];
  }
}
