import { expect, fixture, html } from '@open-wc/testing';
import { Messages, directionOf, languageOf, normalizeLanguage, registerTranslations } from '../../src/index.js';

const messages = new Messages({
  de: { greet: 'Hallo {name}', results: { zero: 'Keine Treffer', one: '{count} Treffer', other: '{count} Treffer' }, only: 'nur deutsch' },
  en: { greet: 'Hello {name}', results: { zero: 'No results', one: '{count} result', other: '{count} results' }, only: 'English too' },
  tr: { greet: 'Merhaba {name}' },
});

describe('i18n', () => {
  it('formats parameters and plural forms per language', () => {
    expect(messages.format('de', 'greet', { name: 'Ada' })).to.equal('Hallo Ada');
    expect(messages.format('en', 'results', { count: 0 })).to.equal('No results');
    expect(messages.format('en', 'results', { count: 1 })).to.equal('1 result');
    expect(messages.format('en', 'results', { count: 1200 })).to.equal('1,200 results');
    expect(messages.format('de', 'results', { count: 1200 })).to.equal('1.200 Treffer');
  });

  it('falls back from a region to its language, and from a partial language to German', () => {
    expect(messages.format('en-GB', 'greet', { name: 'Ada' })).to.equal('Hello Ada');
    expect(messages.format('tr', 'greet', { name: 'Ada' })).to.equal('Merhaba Ada');
    expect(messages.format('tr', 'only')).to.equal('nur deutsch');
    expect(messages.format('fr', 'only')).to.equal('nur deutsch');
  });

  it('lets a city override wording and add languages at run time', () => {
    const undo = registerTranslations('de', { only: 'Bürgeramt statt Bürgerbüro' });
    const undoUk = registerTranslations('uk', { greet: 'Привіт {name}' });
    expect(messages.format('de', 'only')).to.equal('Bürgeramt statt Bürgerbüro');
    expect(messages.format('uk', 'greet', { name: 'Ada' })).to.equal('Привіт Ada');
    undo();
    undoUk();
    expect(messages.format('de', 'only')).to.equal('nur deutsch');
  });

  it('takes the language from the nearest lang attribute, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en-gb"><section><span id="inner"></span></section></div>`);
    expect(languageOf(outer.querySelector('#inner')!)).to.equal('en-GB');
    const host = document.createElement('div');
    host.lang = 'tr';
    const root = host.attachShadow({ mode: 'open' });
    const nested = document.createElement('p');
    root.append(nested);
    outer.append(host);
    expect(languageOf(nested)).to.equal('tr');
  });

  it('falls back to the document language, then German', async () => {
    const el = await fixture<HTMLSpanElement>(html`<span></span>`);
    const original = document.documentElement.lang;
    document.documentElement.lang = 'en';
    expect(languageOf(el)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(languageOf(el)).to.equal('de');
    document.documentElement.lang = original;
  });

  it('normalises tags and knows right-to-left languages', () => {
    expect(normalizeLanguage('EN_us')).to.equal('en-US');
    expect(normalizeLanguage('')).to.equal('de');
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('tr')).to.equal('ltr');
  });
});
