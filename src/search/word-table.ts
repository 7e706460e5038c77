/**
 * WordTable: numbers the distinct words of many texts in one scan, for the
 * index build. A catalog of 8,500 services has ~350,000 word occurrences but
 * only ~10,000 distinct words; cutting each occurrence out as a string and
 * hashing it was the largest part of the build. Here the scanner hashes the
 * letters as it reads them and compares against the stored word, so a string
 * is made once per distinct word.
 *
 * Words are what `tokenize` (german-text.ts) finds: runs of letters, marks
 * and digits, lower-cased.
 */

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Word characters among the first code points (Latin, Latin-1, Latin Extended), looked up instead of tested. */
const TABLE_SIZE = 0x250;
const IS_WORD = new Uint8Array(TABLE_SIZE).map((_, code) => (WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0));

export class WordTable {
  /** Word number → the word, lower-cased. */
  readonly words: string[] = [];
  readonly #hashes: number[] = [];
  /** Open addressing: slot → word number + 1 (0 = empty). */
  #slots = new Int32Array(1 << 12);

  /** Appends the numbers of the words of `text`, in order, to `into`. */
  scan(text: string, into: number[]): void {
    const lower = text.toLowerCase();
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      let width = 1;
      let isWord: boolean;
      if (code < TABLE_SIZE) isWord = IS_WORD[code] === 1;
      else {
        const point = lower.codePointAt(i)!;
        width = point > 0xffff ? 2 : 1;
        isWord = WORD_CHARACTER.test(String.fromCodePoint(point));
      }
      if (isWord) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        for (let unit = i; unit < i + width; unit++) hash = Math.imul(hash ^ lower.charCodeAt(unit), 0x01000193);
        i += width - 1;
      } else if (start >= 0) {
        into.push(this.#number(lower, start, i, hash >>> 0));
        start = -1;
      }
    }
  }

  /** The number of the word lower[start, end), added if new. */
  #number(lower: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]!;
      if (entry === 0) break;
      const word = this.words[entry - 1]!;
      if (this.#hashes[entry - 1] === hash && word.length === end - start && lower.startsWith(word, start)) return entry - 1;
    }
    const id = this.words.push(lower.slice(start, end)) - 1;
    this.#hashes.push(hash);
    if (this.words.length * 2 > this.#slots.length) this.#grow();
    else this.#place(id);
    return id;
  }

  #place(id: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#hashes[id]! & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = id + 1;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    for (let id = 0; id < this.words.length; id++) this.#place(id);
  }
}
