import { expect } from '@open-wc/testing';
import { queryWords } from '../../src/search/query-plan.js';
import { DEFAULT_SYNONYMS } from '../../src/search/synonyms.js';

describe('default synonym table', () => {
  const entries = Object.entries(DEFAULT_SYNONYMS);

  it('covers colloquial German and English for the common services', () => {
    for (const key of ['perso', 'strafzettel', 'knöllchen', 'kfz', 'hundemarke', 'hochzeit', 'bauantrag', 'anwohnerparken', 'müll',
      'passport', 'id card', 'register address', 'open business', 'driving licence', 'birth certificate', 'marriage', 'dog tax',
      'parking permit', 'housing benefit', 'child benefit', 'parental allowance', 'citizenship', 'residence permit', 'bulky waste',
      'fine', 'parking ticket']) {
      expect(DEFAULT_SYNONYMS, key).to.have.property(key);
    }
  });

  it('has keys that survive stop-word removal, each once', () => {
    const folded = entries.map(([key]) => queryWords(key).join(' '));
    for (const [i, key] of folded.entries()) expect(key, entries[i]![0]).not.to.equal('');
    expect(new Set(folded).size).to.equal(folded.length);
  });

  it('maps every key to searchable German terms', () => {
    for (const [key, terms] of entries) {
      expect(terms.length, key).to.be.greaterThan(0);
      for (const term of terms) expect(queryWords(term).length, `${key} → ${term}`).to.be.greaterThan(0);
    }
  });
});
