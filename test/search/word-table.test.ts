import { expect } from '@open-wc/testing';
import { tokenize } from '../../src/search/german-text.js';
import { WordTable } from '../../src/search/word-table.js';

const scanned = (table: WordTable, text: string) => {
  const ids: number[] = [];
  table.scan(text, ids);
  return ids.map((id) => table.words[id]);
};

describe('word table', () => {
  it('finds the same words as tokenize', () => {
    const texts = [
      'Führerschein (Pflichtumtausch) – jetzt!',
      '„Bürgergeld“, ALG-II; § 72a SGB VIII, 5-Tage-Kennzeichen',
      'Bu\u0308rgeramt und CAFÉ au lait',
      'Ελληνικά και Русский текст, 中文',
      'Mathe 𝐀𝐁 und Emoji 🙂 dazwischen',
      '',
      '  ...  ',
      'endet ohne Satzzeichen',
    ];
    const table = new WordTable();
    for (const text of texts) expect(scanned(table, text), text).to.deep.equal(tokenize(text));
  });

  it('numbers each distinct word once, across texts', () => {
    const table = new WordTable();
    const first: number[] = [];
    const second: number[] = [];
    table.scan('Hund anmelden, Hund abmelden', first);
    table.scan('HUND ANMELDEN', second);
    expect(first).to.deep.equal([0, 1, 0, 2]);
    expect(second).to.deep.equal([0, 1]);
    expect(table.words).to.deep.equal(['hund', 'anmelden', 'abmelden']);
  });

  it('keeps words apart that share a hash slot, and grows', () => {
    const table = new WordTable();
    const words = Array.from({ length: 20000 }, (_, i) => `wort${i.toString(36)}`);
    const ids: number[] = [];
    table.scan(words.join(' '), ids);
    table.scan(words.join(' '), ids);
    expect(table.words.length).to.equal(words.length);
    expect(ids.slice(words.length)).to.deep.equal(ids.slice(0, words.length));
    expect(table.words[ids[12345]!]).to.equal(words[12345]);
  });
});
