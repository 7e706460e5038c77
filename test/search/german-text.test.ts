import { expect } from '@open-wc/testing';
import { canonical, isStopWord, plain, tokenize, words } from '../../src/search/german-text.js';

describe('german text: tokenizing', () => {
  it('splits on spaces and punctuation, lower-cases, keeps umlauts', () => {
    expect(tokenize('Führerschein (Pflichtumtausch) – jetzt!')).to.deep.equal(['führerschein', 'pflichtumtausch', 'jetzt']);
    expect(tokenize('„Bürgergeld“, ALG-II; § 72a SGB VIII')).to.deep.equal(['bürgergeld', 'alg', 'ii', '72a', 'sgb', 'viii']);
  });

  it('takes hyphenated words apart', () => {
    expect(tokenize('Kfz-Zulassung / Online-Ausweis')).to.deep.equal(['kfz', 'zulassung', 'online', 'ausweis']);
  });

  it('keeps decomposed umlauts (a + combining diaeresis) inside the word', () => {
    expect(tokenize('Bu\u0308rgeramt')).to.deep.equal(['bu\u0308rgeramt']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).to.deep.equal([]);
    expect(tokenize(' ,.– ')).to.deep.equal([]);
  });

  it('keeps the case in words()', () => {
    expect(words('Wohnsitz ANMELDEN, bitte')).to.deep.equal(['Wohnsitz', 'ANMELDEN', 'bitte']);
  });
});

describe('german text: folding', () => {
  it('folds umlauts to ae/oe/ue and ß to ss', () => {
    expect(canonical('führerschein')).to.equal('fuehrerschein');
    expect(canonical('bußgeld')).to.equal('bussgeld');
    expect(canonical('änderung')).to.equal('aenderung');
    expect(canonical('öffnungszeiten')).to.equal('oeffnungszeiten');
  });

  it('meets what people type instead: ae, ss, and composed or decomposed input', () => {
    expect(canonical('fuehrerschein')).to.equal(canonical('führerschein'));
    expect(canonical('strasse')).to.equal(canonical('straße'));
    expect(canonical('bu\u0308rgeramt')).to.equal(canonical('bürgeramt'));
  });

  it('removes other accents', () => {
    expect(canonical('café')).to.equal('cafe');
    expect(canonical('façade')).to.equal('facade');
  });

  it('has a plain form (a for ä) only for words with umlauts', () => {
    expect(plain('führerschein')).to.equal('fuhrerschein');
    expect(plain('gebühren')).to.equal('gebuhren');
    expect(plain('straße')).to.equal(undefined);
    expect(plain('ausweis')).to.equal(undefined);
    expect(plain('bu\u0308rgeramt')).to.equal('burgeramt');
  });
});

describe('german text: stop words', () => {
  it('knows German and English filler words in canonical form', () => {
    for (const word of ['ich', 'mein', 'wo', 'einen', 'neuen', 'fuer', 'moechte', 'the', 'how', 'my', 'a']) expect(isStopWord(word), word).to.equal(true);
  });

  it('keeps words that name services', () => {
    for (const word of ['hund', 'pass', 'auto', 'abmelden', 'kind', 'hilfe', 'pflege', 'ausweis']) expect(isStopWord(word), word).to.equal(false);
  });
});
