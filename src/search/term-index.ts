/**
 * TermIndex: the inverted index behind ServiceIndex — MiniSearch's radix tree
 * (`minisearch/SearchableMap`) for finding terms by prefix and by edit
 * distance, and MiniSearch's BM25+ scoring, over postings kept in typed
 * arrays.
 *
 * Why not the MiniSearch class itself: its add() walks the radix tree once
 * per word occurrence and keeps a Map entry per posting, several times
 * slower to build and larger in memory than counting into arrays and
 * inserting each distinct term once (8,500 services: ~half a million
 * postings); and the class is 4 KB gzip more in the widget's search chunk,
 * of which only the tree and the scoring formula are needed here.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch's default BM25+ parameters, so terms score as they would there. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** MiniSearch's relative weight of a term found by edit distance. */
const FUZZY_WEIGHT = 0.45;

/** A term found for a query term, with the weight of how it was found (1 = exactly). */
export interface TermMatch {
  term: string;
  id: number;
  weight: number;
  distance: number;
}

export class TermIndex {
  readonly #terms = new SearchableMap<number>();
  readonly #boosts: readonly number[];
  readonly #documentCount: number;
  /** Per term: number of documents containing it in any field. */
  readonly #documents: Int32Array;
  /** Per term and field (term * fields + field): index of its first posting; one more entry marks the end. */
  readonly #start: Int32Array;
  /** Postings: document and term frequency. */
  readonly #doc: Int32Array;
  readonly #frequency: Uint16Array;
  /** Per document and field: length in words. */
  readonly #length: Uint16Array;
  readonly #averageLength: number[];

  /**
   * @param words the words of every document's fields, one after the other
   *   (document 0 field 0, document 0 field 1, …), as indexes into `termsOfWord`
   * @param ends per document and field, where its words end in `words`
   * @param termsOfWord per word, the index terms it stands for (none for a stop word)
   * @param boosts per field, the weight of a match in it
   */
  constructor(words: readonly number[], ends: readonly number[], termsOfWord: ReadonlyArray<readonly string[]>, boosts: readonly number[]) {
    const fields = boosts.length;
    this.#boosts = boosts;
    this.#documentCount = ends.length / fields;
    // Terms as numbers, and per word its term numbers in one flat list, so the loops
    // over every word occurrence index arrays instead of hashing strings.
    const termIds = new Map<string, number>();
    const wordStart = new Int32Array(termsOfWord.length + 1);
    const wordTerms: number[] = [];
    termsOfWord.forEach((terms, word) => {
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        wordTerms.push(id);
      }
      wordStart[word + 1] = wordTerms.length;
    });
    for (const [term, id] of termIds) this.#terms.set(term, id);
    const termCount = termIds.size;
    const slots = termCount * fields;
    this.#documents = new Int32Array(termCount);
    this.#length = new Uint16Array(ends.length);
    this.#averageLength = new Array<number>(fields).fill(0);
    ends.forEach((end, at) => {
      this.#length[at] = end - (ends[at - 1] ?? 0);
      this.#averageLength[at % fields]! += this.#length[at]! / this.#documentCount;
    });
    // Two passes over every term of every word occurrence (hot loops: plain arrays, no calls):
    // count the postings per (term, field) and the documents per term, then fill the postings in place.
    const count = new Int32Array(slots + 1);
    const documentsOfTerm = this.#documents;
    const lastDoc = new Int32Array(slots).fill(-1);
    const lastDocOfTerm = new Int32Array(termCount).fill(-1);
    for (let at = 0, from = 0; at < ends.length; at++) {
      const doc = Math.floor(at / fields);
      const field = at - doc * fields;
      for (let i = from, to = ends[at]!; i < to; i++) {
        for (let t = wordStart[words[i]!]!, last = wordStart[words[i]! + 1]!; t < last; t++) {
          const term = wordTerms[t]!;
          const slot = term * fields + field;
          if (lastDoc[slot] !== doc) {
            lastDoc[slot] = doc;
            count[slot + 1]!++;
          }
          if (lastDocOfTerm[term] !== doc) {
            lastDocOfTerm[term] = doc;
            documentsOfTerm[term]!++;
          }
        }
      }
      from = ends[at]!;
    }
    for (let slot = 1; slot <= slots; slot++) count[slot]! += count[slot - 1]!;
    const postingDoc = new Int32Array(count[slots]!);
    const postingFrequency = new Uint16Array(count[slots]!);
    const next = count.slice(0, slots);
    lastDoc.fill(-1);
    for (let at = 0, from = 0; at < ends.length; at++) {
      const doc = Math.floor(at / fields);
      const field = at - doc * fields;
      for (let i = from, to = ends[at]!; i < to; i++) {
        for (let t = wordStart[words[i]!]!, last = wordStart[words[i]! + 1]!; t < last; t++) {
          const slot = wordTerms[t]! * fields + field;
          if (lastDoc[slot] !== doc) {
            lastDoc[slot] = doc;
            postingDoc[next[slot]!++] = doc;
          }
          postingFrequency[next[slot]! - 1]!++;
        }
      }
      from = ends[at]!;
    }
    this.#start = count;
    this.#doc = postingDoc;
    this.#frequency = postingFrequency;
  }

  /** Number of documents containing the term. */
  documents(id: number): number {
    return this.#documents[id] ?? 0;
  }

  /**
   * The index terms for a query term: the term itself, the terms it begins
   * (`prefix`), the terms within `fuzzy` edits — weighted as MiniSearch
   * weighs prefix and fuzzy matches. Terms in more than `maxDocuments`
   * documents are left out unless matched exactly.
   */
  match(term: string, prefix: boolean, prefixWeight: number, fuzzy: number, maxDocuments = Infinity): TermMatch[] {
    const found = new Map<string, TermMatch>();
    const add = (match: string, id: number, weight: number, distance: number) => {
      if (!found.has(match) && (match === term || this.documents(id) <= maxDocuments)) found.set(match, { term: match, id, weight, distance });
    };
    const exact = this.#terms.get(term);
    if (exact !== undefined) add(term, exact, 1, 0);
    if (prefix) {
      for (const [match, id] of this.#terms.atPrefix(term)) {
        const distance = match.length - term.length;
        add(match, id, (prefixWeight * match.length) / (match.length + 0.3 * distance), 0);
      }
    }
    if (fuzzy > 0) {
      for (const [match, [id, distance]] of this.#terms.fuzzyGet(term, fuzzy)) {
        add(match, id, (FUZZY_WEIGHT * match.length) / (match.length + distance), distance);
      }
    }
    return [...found.values()];
  }

  /**
   * Adds `weight` × the term's BM25+ score in each document (summed over the
   * fields, each with its boost) to `into`, keyed by document; when `within`
   * is given, only documents in it (`inside`) or only documents not in it.
   */
  score(id: number, weight: number, into: Map<number, number>, within?: ReadonlySet<number>, inside = true): void {
    const fields = this.#boosts.length;
    for (let field = 0; field < fields; field++) {
      const slot = id * fields + field;
      const from = this.#start[slot]!;
      const to = this.#start[slot + 1]!;
      if (from === to) continue;
      const idf = Math.log(1 + (this.#documentCount - (to - from) + 0.5) / (to - from + 0.5));
      const boost = weight * this.#boosts[field]! * idf;
      const average = this.#averageLength[field]!;
      for (let posting = from; posting < to; posting++) {
        const doc = this.#doc[posting]!;
        if (within && within.has(doc) !== inside) continue;
        const frequency = this.#frequency[posting]!;
        const normalised = frequency + K * (1 - B + (B * this.#length[doc * fields + field]!) / average);
        into.set(doc, (into.get(doc) ?? 0) + boost * (D + (frequency * (K + 1)) / normalised));
      }
    }
  }
}
