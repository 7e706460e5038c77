import { expect } from '@open-wc/testing';
import { CompoundSplitter } from '../../src/search/compounds.js';

/** Words as a catalog would have them, canonical (folded) form. */
const vocabulary = [
  'wohnungsgeber', 'bestaetigung', 'wohnung', 'geber', 'gewerbe', 'schein', 'hund', 'steuer', 'marke',
  'personal', 'ausweis', 'verlust', 'schule', 'anmeldung', 'meldung', 'sterben', 'urkunde', 'geburt',
  'reise', 'pass', 'kinder', 'fahren', 'erlaubnis', 'stand', 'genehmigung', 'verkehr', 'flaeche', 'bundes',
];
const splitter = () => new CompoundSplitter(vocabulary);

describe('decompounding', () => {
  it('splits a compound into words of the vocabulary', () => {
    expect(splitter().split('wohnungsgeberbestaetigung')).to.deep.equal(['wohnungsgeber', 'bestaetigung']);
    expect(splitter().split('gewerbeschein')).to.deep.equal(['gewerbe', 'schein']);
    expect(splitter().split('personalausweis')).to.deep.equal(['personal', 'ausweis']);
  });

  it('handles the linking elements s, es, n, en, e', () => {
    const words = splitter();
    expect(words.split('wohnungsgeber')).to.deep.equal(['wohnung', 'geber']); // -s-
    expect(words.split('hundesteuer')).to.deep.equal(['hund', 'steuer']); // -e-
    expect(words.split('geburtsurkunde')).to.deep.equal(['geburt', 'urkunde']); // -s-
    expect(words.split('verkehrsflaeche')).to.deep.equal(['verkehr', 'flaeche']);
    expect(words.split('kinderreisepass')).to.deep.equal(['kinder', 'reise', 'pass']);
  });

  it('handles a modifier that dropped its ending (Schul|anmeldung, Sterbe|urkunde)', () => {
    const words = splitter();
    expect(words.split('schulanmeldung')).to.deep.equal(['schule', 'anmeldung']);
    expect(words.split('sterbeurkunde')).to.deep.equal(['sterben', 'urkunde']);
    expect(words.split('meldeschein')).to.deep.equal([]); // neither "melde" nor "melden" is known here
    expect(new CompoundSplitter(['melden', 'schein']).split('meldeschein')).to.deep.equal(['melden', 'schein']);
  });

  it('splits into more than two parts, and lists every part at every level', () => {
    const words = splitter();
    expect(words.split('hundesteuermarke')).to.deep.equal(['hund', 'steuer', 'marke']);
    expect([...words.allParts('wohnungsgeberbestaetigung')]).to.have.members(['wohnungsgeber', 'bestaetigung', 'wohnung', 'geber']);
  });

  it('finds the parts of an inflected query word the catalog does not use', () => {
    expect(splitter().split('personalausweises')).to.deep.equal(['personal', 'ausweis']);
  });

  it('uses the curated base parts for short words (amt, bau, kfz)', () => {
    const words = splitter();
    expect(words.split('standesamt')).to.deep.equal(['stand', 'amt']);
    expect(words.split('baugenehmigung')).to.deep.equal(['bau', 'genehmigung']);
  });

  it('leaves alone words that are no compound of known words', () => {
    const words = splitter();
    expect(words.split('anmeldung')).to.deep.equal([]); // "an" is no part
    expect(words.split('einbuergerung')).to.deep.equal([]);
    expect(words.split('ausweis')).to.deep.equal([]); // "aus" is a stop word, not vocabulary
    expect(words.split('hund')).to.deep.equal([]);
    expect(words.split('xylophonschein')).to.deep.equal([]);
  });

  it('knows the vocabulary it splits against', () => {
    expect(splitter().has('gewerbe')).to.equal(true);
    expect(splitter().has('amt')).to.equal(true); // base part
    expect(splitter().has('gewerbeschein')).to.equal(false);
  });

  it('splits each word once (memoised)', () => {
    const words = splitter();
    expect(words.split('gewerbeschein')).to.equal(words.split('gewerbeschein'));
  });

  it('is fast on a large vocabulary', () => {
    // ~2,200 compounds of a synthetic catalog, each split twice (the second time from the memo).
    const parts = [...vocabulary, 'antrag', 'karte', 'register', 'beitrag', 'zuschuss'];
    const large: string[] = [];
    for (const a of parts) for (const b of parts) large.push(a + b, a + 's' + b);
    const words = new CompoundSplitter([...parts, ...large.slice(0, 500)]);
    const started = performance.now();
    for (const word of large) words.split(word);
    for (const word of large) words.split(word);
    // Generous bound (shared CI machines); typical is a few milliseconds.
    expect(performance.now() - started).to.be.below(500);
    expect(words.split('gewerbeantrag')).to.deep.equal(['gewerbe', 'antrag']);
  });
});
