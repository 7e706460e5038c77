/**
 * ServiceIndex: the service finder's client-side search — MiniSearch's term
 * index and scoring (term-index.ts) with a German layer: case and umlaut
 * folding (german-text.ts), decompounding (compounds.ts), synonyms
 * (synonyms.ts), and query planning (query-plan.ts).
 *
 * Ranking: BM25+ with field weights (name > synonyms > summary > life
 * situation/category names), scaled by the share of the query's words a
 * service matches. Type-ahead: the last word is a prefix and narrows the
 * hits of the words before it.
 *
 * This module is the widget's lazily loaded search chunk: keep it small.
 */
import type { Category, LifeSituation, ServiceSummary } from '../model/index.js';
import { CompoundSplitter } from './compounds.js';
import { canonical, isStopWord, plain, words } from './german-text.js';
import { type Group, QueryPlanner, stem } from './query-plan.js';
import { DEFAULT_SYNONYMS, type SynonymTable } from './synonyms.js';
import { TermIndex } from './term-index.js';
import { WordTable } from './word-table.js';

export type { SynonymTable };

export interface ServiceIndexOptions {
  /** Merged over DEFAULT_SYNONYMS; a city's entry replaces a default entry with the same key. */
  synonyms?: SynonymTable;
  /** Names are searched; `parent` links let a filter include child codes. */
  lifeSituations?: LifeSituation[];
  /** Names are searched. */
  categories?: Category[];
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  /** Maximum number of hits, 10 when not given. */
  limit?: number;
  /** Only services in this life situation or one below it. */
  lifeSituation?: string;
  /** Only services in this category. */
  category?: string;
}

/** Field weights, in index field order: name, synonyms, summary, life situation and category names. */
const BOOSTS = [5, 2.5, 1, 0.6];

/**
 * Terms in more services than this ("beantragen") are not expanded to from a
 * prefix or typo: they say nothing about what a citizen looks for and would
 * make a keystroke score half the catalog.
 */
const common = (services: number) => Math.max(1000, services * 0.15);

/** Typos allowed in a query word that matched nothing as typed. */
const fuzziness = (word: string) => (word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0);

/** Hits by document: summed score and the groups matched (bit per group). */
type Hits = Map<number, { score: number; groups: number }>;

export class ServiceIndex {
  readonly #services: ServiceSummary[] = [];
  readonly #terms: TermIndex;
  readonly #splitter: CompoundSplitter;
  readonly #planner: QueryPlanner;
  /** Life situation code → its child codes. */
  readonly #children = new Map<string, string[]>();
  #display: Map<string, string> | undefined;

  static build(services: readonly ServiceSummary[], options: ServiceIndexOptions = {}): ServiceIndex {
    return new ServiceIndex(services, options);
  }

  private constructor(services: readonly ServiceSummary[], options: ServiceIndexOptions) {
    const names = new Map<string, string>();
    for (const { code, name, parent } of options.lifeSituations ?? []) {
      names.set(code, name);
      if (parent !== undefined) this.#children.set(parent, [...(this.#children.get(parent) ?? []), code]);
    }
    for (const { id, name } of options.categories ?? []) names.set(id, name);

    // Words get numbers; each distinct word is folded and split once.
    const table = new WordTable();
    const contextWords = new Map<string, number[]>();
    const seen = new Set<string>();
    const documentWords: number[] = [];
    const ends: number[] = [];
    for (const service of services) {
      if (seen.has(service.id)) continue;
      seen.add(service.id);
      this.#services.push(service);
      table.scan(service.name, documentWords);
      ends.push(documentWords.length);
      for (const synonym of service.synonyms) table.scan(synonym, documentWords);
      ends.push(documentWords.length);
      table.scan(service.summary ?? '', documentWords);
      ends.push(documentWords.length);
      for (const key of service.lifeSituations.concat(service.categories)) {
        let ids = contextWords.get(key);
        if (ids === undefined) {
          table.scan(names.get(key) ?? '', (ids = []));
          contextWords.set(key, ids);
        }
        for (const id of ids) documentWords.push(id);
      }
      ends.push(documentWords.length);
    }
    const vocabulary = new Set<string>();
    const wordForms = table.words.map((token) => {
      const word = canonical(token);
      const loose = plain(token);
      const forms = token.length < 2 || isStopWord(word) ? [] : loose === undefined ? [word] : [word, loose];
      for (const form of forms) vocabulary.add(form);
      return forms;
    });
    // Only now the splitter knows the catalog's whole vocabulary.
    this.#splitter = new CompoundSplitter(vocabulary);
    const termsOfWord = wordForms.map((forms) => {
      if (forms.every((form) => this.#splitter.split(form).length === 0)) return forms;
      const terms = new Set<string>();
      for (const form of forms) this.#splitter.allParts(form, terms.add(form));
      return [...terms];
    });
    this.#terms = new TermIndex(documentWords, ends, termsOfWord, BOOSTS);
    this.#planner = new QueryPlanner({ ...DEFAULT_SYNONYMS, ...options.synonyms }, this.#splitter);
  }

  /** Number of services in the index. */
  get size(): number {
    return this.#services.length;
  }

  /** Best first. Type-ahead: the last word is matched as a prefix. Empty/blank query → []. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const typing = !/\s$/.test(query);
    const groups = this.#planner.plan(query, typing);
    if (groups.length === 0) return [];
    const typed = typing ? groups.length - 1 : -1;

    // Complete words first, typo tolerant only where they match nothing as typed.
    const hits: Hits = new Map();
    const complete = groups.map((_, i) => i).filter((i) => i !== typed);
    this.#run(groups, complete, false, hits);
    const missed = complete.filter((i) => !covers(hits, i));
    if (missed.length > 0) this.#run(groups, missed, true, hits);
    // The word being typed, as a prefix: among the other words' hits every term it begins
    // counts, even the most common ("Personalausweis bea" → beantragen); elsewhere only
    // the telling ones. Typo tolerant only when it matches nothing as typed.
    if (typed >= 0) {
      const others = hits.size > 0 ? new Set(hits.keys()) : undefined;
      if (others) this.#run(groups, [typed], false, hits, others, true);
      this.#run(groups, [typed], false, hits, others, false);
      if (!covers(hits, typed)) this.#run(groups, [typed], true, hits);
    }

    const counted = groups.filter((group) => !group.optional).length;
    const lifeSituations = options.lifeSituation === undefined ? undefined : this.#withChildren(options.lifeSituation);
    const results: SearchHit[] = [];
    for (const [doc, hit] of hits) {
      const service = this.#services[doc]!;
      if (lifeSituations && !service.lifeSituations.some((code) => lifeSituations.has(code))) continue;
      if (options.category !== undefined && !service.categories.includes(options.category)) continue;
      const matched = groups.filter((group, i) => !group.optional && hit.groups & (1 << i)).length;
      if (matched === 0 && counted > 0) continue; // only a stop word being typed matched
      const coverage = counted === 0 ? 1 : matched / counted;
      results.push({ id: service.id, score: hit.score * coverage * coverage });
    }
    return results.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  }

  /** For a query with no hits: up to `limit` corrected/alternative queries or service names to offer ("Meinten Sie …"). */
  suggest(query: string, limit = 3): string[] {
    const display = (this.#display ??= this.#displayForms());
    const typed = words(query).filter((word) => word.length > 1 && !isStopWord(canonical(word.toLowerCase())));
    // Per typed word: itself when the index knows it, else the nearest catalog words (closest, then most used).
    const choices = typed.map((word) => {
      const term = canonical(word.toLowerCase());
      if (this.#terms.match(term, true, 1, 0).length > 0) return [word];
      const near = this.#terms
        .match(term, false, 1, term.length >= 8 ? 3 : 2)
        .filter(({ term: found }) => display.has(found))
        .sort((a, b) => a.distance - b.distance || this.#terms.documents(b.id) - this.#terms.documents(a.id));
      // One spelling per word: "Personalausweis", not also "Personalausweises".
      const byStem = new Map<string, string>();
      for (const { term: found } of near) if (!byStem.has(stem(found))) byStem.set(stem(found), display.get(found)!);
      return [...byStem.values()].slice(0, limit);
    });
    if (choices.some((options) => options.length === 0) || choices.every((options, i) => options[0] === typed[i])) return [];

    // The best correction, then alternatives that vary one word at a time.
    const best = choices.map((options) => options[0]!);
    const candidates = [best, ...choices.flatMap((options, i) => options.slice(1).map((option) => best.map((word, j) => (j === i ? option : word))))];
    const suggestions: string[] = [];
    for (const candidate of candidates) {
      const text = candidate.join(' ');
      if (suggestions.length < limit && !suggestions.includes(text) && this.search(text, { limit: 1 }).length > 0) suggestions.push(text);
    }
    // Room left: the names of what the best correction finds.
    const names = suggestions.length > 0 ? this.search(suggestions[0]!, { limit }) : [];
    for (const { id } of names) {
      const name = this.#services.find((service) => service.id === id)!.name;
      if (suggestions.length < limit && !suggestions.includes(name)) suggestions.push(name);
    }
    return suggestions;
  }

  /**
   * Scores the groups `which` into `hits`. A group's alternatives add up; an
   * alternative counts only where all its leaves match. `fuzzy` makes typed
   * words typo tolerant. With `within`, only the services in it (`inside`),
   * where common terms count too, or only the others.
   */
  #run(groups: Group[], which: number[], fuzzy: boolean, hits: Hits, within?: ReadonlySet<number>, inside = true): void {
    const maxDocuments = within && inside ? Infinity : common(this.#services.length);
    for (const index of which) {
      for (const leaves of groups[index]!.alternatives) {
        const [first, ...rest] = leaves.map(({ term, weight, prefix, prefixWeight, typed }) => {
          const scores = new Map<number, number>();
          for (const match of this.#terms.match(term, prefix, prefixWeight, fuzzy && typed ? fuzziness(term) : 0, maxDocuments)) {
            this.#terms.score(match.id, weight * match.weight, scores, within, inside);
          }
          return scores;
        });
        for (const [doc, score] of first!) {
          if (!rest.every((scores) => scores.has(doc))) continue;
          const hit = hits.get(doc) ?? { score: 0, groups: 0 };
          hit.score += rest.reduce((sum, scores) => sum + scores.get(doc)!, score);
          hit.groups |= 1 << index;
          hits.set(doc, hit);
        }
      }
    }
  }

  #withChildren(code: string, into = new Set<string>()): Set<string> {
    into.add(code);
    for (const child of this.#children.get(code) ?? []) if (!into.has(child)) this.#withChildren(child, into);
    return into;
  }

  /** Canonical and plain form → the word as written in names and synonyms, for corrections. */
  #displayForms(): Map<string, string> {
    const display = new Map<string, string>();
    for (const { name, synonyms } of this.#services) {
      for (const word of words([name, ...synonyms].join(' '))) {
        const lower = word.toLowerCase();
        for (const form of [canonical(lower), plain(lower)]) if (form !== undefined && !display.has(form)) display.set(form, word);
      }
    }
    return display;
  }
}

function covers(hits: Hits, group: number): boolean {
  for (const hit of hits.values()) if (hit.groups & (1 << group)) return true;
  return false;
}
