/**
 * Decompounding: German writes compounds as one word ("Wohnungsgeber-
 * bestätigung", "Hundesteuermarke"), so a search for one part must find the
 * compound and a compound must find its parts written apart.
 *
 * The splitter is data-driven: a word is split only into parts that are
 * words of the indexed catalog itself (or of a small base list), joined by
 * the German linking elements (Fugenelemente). Results are memoised per word,
 * so each distinct word is split once.
 */

/** Common parts of administrative compounds, for catalogs that never use them alone (canonical form). */
const BASE_PARTS =
  'amt antrag anmeldung abmeldung ausweis auskunft bau bescheid bescheinigung bestaetigung beitrag buerger ' +
  'ehe eltern erlaubnis fahr fahrzeug familie geber geburt geld genehmigung gewerbe grund haus hund kfz ' +
  'kind kinder karte kosten markt meldung miete muell nachweis park pass pflege pin register reise ' +
  'schein schule steuer stelle tag urkunde wahl wohnung wohn zeugnis zulassung zuschuss';

/** Parts shorter than this are never split off (only from BASE_PARTS: "amt", "bau", "kfz", "ehe"). */
const MIN_PART = 4;
/** Shorter words are not compounds worth splitting. */
const MIN_COMPOUND = 6;

/** Linking elements (Fugenelemente) a modifier may carry: "Wohnung|s|geber", "Hund|e|steuer". */
const LINKS = ['es', 'en', 's', 'n', 'e'];
/** Endings a modifier may have dropped: "Schul|anmeldung" (Schule), "Sterbe|urkunde" (sterben). */
const DROPPED = ['e', 'n', 'en'];
/** Inflection a query word may carry on its last part: "Personalausweis|es". */
const INFLECTIONS = ['es', 'en', 'er', 'e', 's', 'n'];

/** Slots of the bitmap of word beginnings (a power of two). */
const STARTS = 1 << 18;
/** Hash of the 3 (for three-letter words) or 4 letters at `at`. */
const startAt = (word: string, at: number, letters: number) => {
  let hash = letters;
  for (let i = at; i < at + letters; i++) hash = hash * 31 + word.charCodeAt(i);
  return hash & (STARTS - 1);
};

export class CompoundSplitter {
  readonly #vocabulary: Set<string>;
  readonly #memo = new Map<string, readonly string[]>();
  /**
   * Which beginnings vocabulary words have (first four letters, or all three of a
   * three-letter word; hashed, so a few false positives): most positions inside a
   * word begin no known word, and are skipped without cutting and hashing the rest.
   */
  readonly #starts = new Uint8Array(STARTS);

  /** @param vocabulary canonical words of the catalog; base parts are added. */
  constructor(vocabulary: Iterable<string>) {
    this.#vocabulary = new Set(BASE_PARTS.split(' '));
    for (const word of vocabulary) if (word.length >= MIN_PART) this.#vocabulary.add(word);
    for (const word of this.#vocabulary) this.#starts[startAt(word, 0, Math.min(word.length, 4))] = 1;
  }

  /** Whether the splitter knows the word as a word of its own. */
  has(word: string): boolean {
    return this.#vocabulary.has(word);
  }

  /**
   * The parts of a compound, in order ("wohnungsgeberbestaetigung" →
   * ["wohnungsgeber", "bestaetigung"]), each in the form the vocabulary
   * knows; [] when the word is not a compound of known words.
   */
  split(word: string): readonly string[] {
    let parts = this.#memo.get(word);
    if (parts === undefined) {
      parts = word.length < MIN_COMPOUND ? [] : (this.#splitHeadFirst(word) ?? []);
      this.#memo.set(word, parts);
    }
    return parts;
  }

  /**
   * Every part at every level: "hundesteuermarke" → hundesteuer, marke, hund,
   * steuer. What the index stores besides the compound itself.
   */
  allParts(word: string, into: Set<string> = new Set()): Set<string> {
    for (const part of this.split(word)) {
      if (!into.has(part)) {
        into.add(part);
        this.allParts(part, into);
      }
    }
    return into;
  }

  /**
   * Tries heads (the last part, which names what the compound is) from the
   * longest down; the rest must be a known word, allowing for the linking
   * element, or split again.
   */
  #splitHeadFirst(word: string): string[] | undefined {
    // Inflected heads ("Personalausweis|es") only for words the catalog does not use as they are (query words):
    // each catalog form is a vocabulary word of its own, and this loop runs for every one of them.
    const inflected = !this.#vocabulary.has(word);
    for (let at = 3; at <= word.length - 3; at++) {
      if (!this.#starts[startAt(word, at, 3)] && !this.#starts[startAt(word, at, 4)]) continue;
      const head = this.#known(word.slice(at), inflected);
      if (head === undefined) continue;
      const modifier = word.slice(0, at);
      const known = this.#knownModifier(modifier);
      if (known !== undefined) return [known, head];
      const inner = modifier.length >= MIN_COMPOUND ? this.split(modifier) : [];
      if (inner.length > 0) return [...inner, head];
    }
    return undefined;
  }

  /** The vocabulary form of a modifier: itself, without its linking element, or with the ending it dropped. */
  #knownModifier(modifier: string): string | undefined {
    if (this.#vocabulary.has(modifier)) return modifier;
    for (const link of LINKS) {
      if (modifier.endsWith(link)) {
        const known = this.#known(modifier.slice(0, -link.length));
        if (known !== undefined) return known;
      }
    }
    for (const ending of DROPPED) {
      const known = this.#known(modifier + ending);
      if (known !== undefined) return known;
    }
    return undefined;
  }

  /** The word if it is a usable part, or its stem when it may carry an inflection ending. */
  #known(word: string, inflected = false): string | undefined {
    if (word.length < 3) return undefined;
    if (this.#vocabulary.has(word)) return word;
    if (inflected) {
      for (const ending of INFLECTIONS) {
        if (word.endsWith(ending) && word.length - ending.length >= MIN_PART && this.#vocabulary.has(word.slice(0, -ending.length))) {
          return word.slice(0, -ending.length);
        }
      }
    }
    return undefined;
  }
}
