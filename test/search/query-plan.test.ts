import { expect } from '@open-wc/testing';
import { CompoundSplitter } from '../../src/search/compounds.js';
import { QueryPlanner, stem } from '../../src/search/query-plan.js';

const planner = (synonyms = {}) => new QueryPlanner(synonyms, new CompoundSplitter(['hund', 'steuer', 'gewerbe', 'schein', 'personalausweis']));
/** The terms of each group's alternatives, as text. */
const terms = (query: string, typing = true, synonyms = {}) =>
  planner(synonyms).plan(query, typing).map((group) => group.alternatives.map((leaves) => leaves.map((leaf) => leaf.term).join('+')));

describe('query planning', () => {
  it('makes one group per meaningful word, stop words dropped', () => {
    expect(terms('wo bekomme ich einen neuen Hund')).to.deep.equal([['hund']]);
    expect(terms('how do I get a passport')).to.deep.equal([['passport']]);
  });

  it('adds the stem and the compound parts of a word: all together, and each alone', () => {
    expect(terms('Hundesteuer', false)).to.deep.equal([['hundesteuer', 'hund+steuer', 'hund', 'steuer']]);
    expect(terms('Gewerbescheine', false)).to.deep.equal([['gewerbescheine', 'gewerbeschein', 'gewerbe+schein', 'gewerbe', 'schein']]);
    expect(terms('Ausweises', false)).to.deep.equal([['ausweises', 'ausweis']]);
  });

  it('weighs parts less when the catalog uses the compound itself', () => {
    const weights = (word: string) => planner().plan(word, false)[0]!.alternatives.map((leaves) => leaves[0]!.weight);
    const known = weights('Personalausweis'); // no parts known here: the word alone
    expect(known).to.deep.equal([1]);
    const [, together] = weights('Gewerbeschein');
    const splitter = new CompoundSplitter(['gewerbe', 'schein', 'gewerbeschein']);
    const [, togetherKnown] = new QueryPlanner({}, splitter).plan('Gewerbeschein', false)[0]!.alternatives.map((leaves) => leaves[0]!.weight);
    expect(togetherKnown).to.be.below(together!);
  });

  it('expands synonym keys, phrases before single words', () => {
    const synonyms = { perso: ['Personalausweis'], 'parking ticket': ['Verwarnungsgeld', 'Bußgeld'] };
    expect(terms('neuer Perso', false, synonyms)).to.deep.equal([['perso', 'personalausweis']]);
    expect(terms('parking ticket', false, synonyms)).to.deep.equal([['parking+ticket', 'verwarnungsgeld', 'bussgeld']]);
  });

  it('expands a synonym key being typed, only at the end', () => {
    const synonyms = { knöllchen: ['Verwarnungsgeld'], 'parking permit': ['Parkausweis'] };
    expect(terms('knoell', true, synonyms)).to.deep.equal([['knoell', 'verwarnungsgeld']]);
    expect(terms('knoell', false, synonyms)).to.deep.equal([['knoell']]);
    expect(terms('parking per', true, synonyms)).to.deep.equal([['parking+per', 'parkausweis']]);
  });

  it('joins the particle of a separable verb to the verb ("melde … an" → anmelden)', () => {
    expect(terms('wie melde ich meinen Hund an', false)).to.deep.equal([['melde', 'meld', 'anmeld'], ['hund', 'anhund']]);
  });

  it('keeps a stop word being typed as an optional prefix ("ein" → Einbürgerung)', () => {
    const groups = planner().plan('Hund ein', true);
    expect(groups.map((group) => group.optional)).to.deep.equal([false, true]);
    expect(groups[1]!.alternatives[0]![0]).to.include({ term: 'ein', prefix: true });
    expect(planner().plan('ein', true)[0]!.optional).to.equal(false);
    expect(planner().plan('Hund ein ', false)).to.have.length(1);
  });

  it('has nothing to plan for stop words only or an empty query', () => {
    expect(planner().plan('wo ist das ', false)).to.deep.equal([]);
    expect(planner().plan('', true)).to.deep.equal([]);
  });

  it('stems German inflections for prefix matching', () => {
    expect(stem('anmeldung')).to.equal('anmeld');
    expect(stem('anmelden')).to.equal('anmeld');
    expect(stem('ausweises')).to.equal('ausweis');
    expect(stem('pass')).to.equal('pass');
  });
});
