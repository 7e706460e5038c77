import { expect } from '@open-wc/testing';
import MiniSearch from 'minisearch';
import { TermIndex } from '../../src/search/term-index.js';

/** Three fields, every word once per field (MiniSearch counts distinct words as field length). */
const documents = [
  ['personalausweis beantragen', 'perso ausweis', 'den personalausweis beantragen sie im buergerbuero'],
  ['reisepass beantragen', 'pass urlaub', 'den reisepass beantragen sie fuer reisen'],
  ['personalausweis verlust melden', 'ausweis verloren', 'melden sie den verlust sofort'],
  ['hund anmelden', 'hundesteuer hundemarke', 'jeder hund in der stadt muss angemeldet werden'],
];
const boosts = [5, 2, 1];
const fields = ['name', 'synonyms', 'summary'];

function termIndex(): TermIndex {
  const vocabulary: string[] = [];
  const words: number[] = [];
  const ends: number[] = [];
  for (const document of documents) {
    for (const text of document) {
      for (const word of text.split(' ')) {
        if (!vocabulary.includes(word)) vocabulary.push(word);
        words.push(vocabulary.indexOf(word));
      }
      ends.push(words.length);
    }
  }
  return new TermIndex(words, ends, vocabulary.map((word) => [word]), boosts);
}

function miniSearch(): MiniSearch {
  const search = new MiniSearch({ fields, storeFields: [] });
  search.addAll(documents.map(([name, synonyms, summary], id) => ({ id, name, synonyms, summary })));
  return search;
}

/** Document → score for one term, by TermIndex. */
function ours(index: TermIndex, term: string, prefix = false, fuzzy = 0): Map<number, number> {
  const scores = new Map<number, number>();
  for (const match of index.match(term, prefix, 0.375, fuzzy)) index.score(match.id, match.weight, scores);
  return scores;
}

describe('term index', () => {
  it('scores a term as MiniSearch does (BM25+, field boosts)', () => {
    const index = termIndex();
    const reference = miniSearch();
    for (const term of ['beantragen', 'personalausweis', 'ausweis', 'hund', 'melden', 'sie']) {
      const expected = reference.search(term, { boost: { name: 5, synonyms: 2, summary: 1 } });
      const actual = ours(index, term);
      expect(actual.size, term).to.equal(expected.length);
      for (const { id, score } of expected) expect(actual.get(id as number), `${term} in ${id}`).to.be.closeTo(score, 1e-9);
    }
  });

  it('weighs prefix and fuzzy matches as MiniSearch does', () => {
    const index = termIndex();
    const reference = miniSearch();
    const boost = { name: 5, synonyms: 2, summary: 1 };
    for (const [term, prefix, fuzzy] of [['pers', true, 0], ['hunde', true, 0], ['reisepas', false, 1], ['personalauswies', false, 2]] as const) {
      const expected = reference.search(term, { boost, prefix, fuzzy });
      const actual = ours(index, term, prefix, fuzzy);
      expect(actual.size, term).to.equal(expected.length);
      // MiniSearch multiplies by the number of matched query terms (always 1 here).
      for (const { id, score } of expected) expect(actual.get(id as number), `${term} in ${id}`).to.be.closeTo(score, 1e-9);
    }
  });

  it('counts the documents a term occurs in', () => {
    const index = termIndex();
    const [beantragen] = index.match('beantragen', false, 1, 0);
    const [hund] = index.match('hund', false, 1, 0);
    expect(index.documents(beantragen!.id)).to.equal(2);
    expect(index.documents(hund!.id)).to.equal(1);
  });

  it('leaves out terms in too many documents unless matched exactly', () => {
    const index = termIndex();
    // "sie" is in three summaries; as a prefix expansion of "si" it is too common at a limit of 2.
    expect(index.match('si', true, 0.375, 0, 2).map((m) => m.term)).not.to.include('sie');
    expect(index.match('sie', true, 0.375, 0, 2).map((m) => m.term)).to.include('sie');
    expect(index.match('si', true, 0.375, 0).map((m) => m.term)).to.include('sie');
  });

  it('scores only documents within a given set, or only the others', () => {
    const index = termIndex();
    const [beantragen] = index.match('beantragen', false, 1, 0);
    const inside = new Map<number, number>();
    const outside = new Map<number, number>();
    index.score(beantragen!.id, 1, inside, new Set([1, 3]));
    index.score(beantragen!.id, 1, outside, new Set([1, 3]), false);
    expect([...inside.keys()]).to.deep.equal([1]);
    expect([...outside.keys()]).to.deep.equal([0]);
  });
});
