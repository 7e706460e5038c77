import { expect } from '@open-wc/testing';
import { CatalogFile } from '../../connectors/static-json/catalog-file.js';
import { catalog } from '../../demo/data/catalog.js';
import { summarize, type ServiceSummary } from '../../src/model/index.js';
import { ServiceIndex } from '../../src/search/service-index.js';
import { DEFAULT_SYNONYMS } from '../../src/search/synonyms.js';
import { QUERY_CASES, type QueryKind } from './german-query-cases.js';

const data = CatalogFile.parse(catalog);
const services = data.services.map(summarize);
const options = { lifeSituations: data.lifeSituations, categories: data.categories };
const index = ServiceIndex.build(services, options);
const top = (idx: ServiceIndex, query: string, n = 3) => idx.search(query, { limit: n }).map((hit) => hit.id);
const serviceById = new Map(services.map((service) => [service.id, service]));

describe('service search: real queries on the demo catalog', () => {
  it('has at least 45 queries, of every kind', () => {
    const kinds: QueryKind[] = ['colloquial', 'typo', 'umlaut', 'sharp-s', 'compound', 'prefix', 'stop-words', 'english'];
    expect(QUERY_CASES.length).to.be.at.least(45);
    for (const kind of kinds) expect(QUERY_CASES.filter((c) => c.kind === kind).length, kind).to.be.at.least(5);
    // The expected ids are real services of the catalog.
    for (const c of QUERY_CASES) expect(serviceById.has(c.expected), c.expected).to.equal(true);
  });

  for (const { query, expected, kind } of QUERY_CASES) {
    it(`${kind}: "${query}" → ${expected} in the top 3`, () => {
      expect(top(index, query)).to.include(expected);
    });
  }

  describe('through the default synonym table alone (catalog without editors’ synonyms)', () => {
    // PVOG catalogs rarely list "Knöllchen" or "passport": strip the demo's synonyms.
    const bare = ServiceIndex.build(services.map((service) => ({ ...service, synonyms: [] })), options);
    for (const { query, expected } of QUERY_CASES.filter((c) => c.table)) {
      it(`"${query}" → ${expected} in the top 3`, () => {
        expect(top(bare, query)).to.include(expected);
      });
    }

    it('needs the table for that: without it those queries miss', () => {
      const noTable = ServiceIndex.build(services.map((service) => ({ ...service, synonyms: [] })), {
        ...options,
        synonyms: Object.fromEntries(Object.keys(DEFAULT_SYNONYMS).map((key) => [key, []])),
      });
      const missed = QUERY_CASES.filter((c) => c.table && !top(noTable, c.query).includes(c.expected));
      expect(missed.length).to.be.greaterThan(QUERY_CASES.filter((c) => c.table).length / 2);
    });
  });
});

describe('service search: behaviour', () => {
  it('returns nothing for an empty, blank or punctuation-only query', () => {
    expect(index.search('')).to.deep.equal([]);
    expect(index.search('   ')).to.deep.equal([]);
    expect(index.search(' ?! – ')).to.deep.equal([]);
  });

  it('returns hits best first, at most `limit`, 10 by default', () => {
    const hits = index.search('beantragen');
    expect(hits.length).to.equal(10);
    expect(index.search('beantragen', { limit: 4 }).length).to.equal(4);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).to.be.at.most(hits[i - 1]!.score);
    expect(index.size).to.equal(services.length);
  });

  it('ranks a match in the name above one in another service’s summary', () => {
    // "Niederlassungserlaubnis" is the name of one service and only in the summary of another.
    const hits = top(index, 'Niederlassungserlaubnis', 10);
    expect(serviceById.get('blaue-karte-eu-beantragen')!.summary).to.include('Niederlassungserlaubnis');
    expect(hits).to.include('blaue-karte-eu-beantragen');
    expect(hits.indexOf('niederlassungserlaubnis-beantragen')).to.equal(0);
    const halteverbot = top(index, 'Halteverbot', 10);
    expect(halteverbot).to.include('handwerkerparkausweis-beantragen');
    expect(halteverbot.indexOf('halteverbot-umzug-beantragen')).to.be.below(halteverbot.indexOf('handwerkerparkausweis-beantragen'));
  });

  it('ranks name over synonyms over summary for the same word', () => {
    const service = (id: string, name: string, summary: string, synonyms: string[] = []): ServiceSummary => ({
      id, name, summary, synonyms, leikaKeys: [], lifeSituations: [], categories: [], addressees: [], online: false,
    });
    const small = ServiceIndex.build([
      service('in-summary', 'Sondernutzung beantragen', 'Für Tische und Stühle vor einer Gaststätte brauchen Sie eine Erlaubnis.'),
      service('in-synonyms', 'Außenbewirtschaftung beantragen', 'Tische auf dem Gehweg vor Ihrem Lokal anmelden.', ['Freisitz', 'Gaststätte Terrasse']),
      service('in-name', 'Gaststätte anmelden', 'Wenn Sie ein Lokal eröffnen, melden Sie es bei der Stadt an.'),
      service('unrelated', 'Hund anmelden', 'Jeder Hund muss angemeldet werden.'),
    ]);
    expect(top(small, 'Gaststätte', 10)).to.deep.equal(['in-name', 'in-synonyms', 'in-summary']);
  });

  it('finds compounds from their parts and parts from compounds', () => {
    // A catalog where each word occurs only one way: compound or apart.
    const service = (id: string, name: string, summary = ''): ServiceSummary => ({
      id, name, summary, synonyms: [], leikaKeys: [], lifeSituations: [], categories: [], addressees: [], online: false,
    });
    const small = ServiceIndex.build([
      service('compound', 'Wohnungsgeberbestätigung ausstellen', 'Der Vermieter bestätigt den Einzug.'),
      service('apart', 'Gewerbe anmelden', 'Wer einen Betrieb eröffnet, meldet ihn an.'),
      service('tax', 'Hundesteuer zahlen', 'Jährliche Abgabe für Hunde.'),
      service('other', 'Sperrmüll abholen lassen', 'Möbel und Matratzen werden abgeholt.'),
    ], { synonyms: { gewerbeschein: [] } }); // the default table maps Gewerbeschein to Gewerbe: not what is tested here
    expect(top(small, 'Bestätigung ', 1)).to.deep.equal(['compound']);
    expect(top(small, 'Wohnungsgeber Bestätigung', 1)).to.deep.equal(['compound']);
    expect(top(small, 'Steuer ', 1)).to.deep.equal(['tax']);
    expect(top(small, 'Gewerbeschein', 1)).to.deep.equal(['apart']);
    expect(top(small, 'Gewerbeanmeldung', 1)).to.deep.equal(['apart']);
  });

  it('filters by life situation, including the situations below it', () => {
    // 1030200 "Berufsausbildung" is a child of 1030000 "Schule, Ausbildung und Studium";
    // Aufstiegs-BAföG is filed under the child only.
    expect(serviceById.get('aufstiegs-bafoeg-beantragen')!.lifeSituations).to.include('1030200').and.not.include('1030000');
    const parent = index.search('Ausbildung', { lifeSituation: '1030000', limit: 50 }).map((hit) => hit.id);
    const child = index.search('Ausbildung', { lifeSituation: '1030200', limit: 50 }).map((hit) => hit.id);
    expect(parent).to.include('aufstiegs-bafoeg-beantragen');
    expect(child).to.include('aufstiegs-bafoeg-beantragen');
    for (const id of parent) expect(serviceById.get(id)!.lifeSituations.some((code) => code === '1030000' || code === '1030200'), id).to.equal(true);
    for (const id of child) expect(serviceById.get(id)!.lifeSituations, id).to.include('1030200');
    expect(parent.length).to.be.greaterThan(child.length);
    // Unfiltered, services from elsewhere match too; a top-level situation includes its whole subtree.
    expect(top(index, 'Ausbildung', 50).some((id) => !parent.includes(id))).to.equal(true);
    expect(index.search('Ausbildung', { lifeSituation: '1000000', limit: 50 }).map((hit) => hit.id)).to.include.members(parent);
  });

  it('filters by category', () => {
    const unfiltered = top(index, 'Urkunde', 20);
    const hits = index.search('Urkunde', { category: 'standesamt', limit: 20 }).map((hit) => hit.id);
    expect(hits.length).to.be.greaterThan(1);
    expect(hits.length).to.be.at.most(unfiltered.length);
    for (const id of hits) expect(serviceById.get(id)!.categories).to.include('standesamt');
    expect(hits).to.include('geburtsurkunde-beantragen');
    expect(index.search('Urkunde', { category: 'no-such-category' })).to.deep.equal([]);
  });

  it('suggests a correction for a misspelt query with no hits', () => {
    expect(index.search('Persnalauswies')).to.deep.equal([]);
    const suggestions = index.suggest('Persnalauswies');
    expect(suggestions[0]).to.equal('Personalausweis');
    expect(suggestions.length).to.be.at.most(3);
    // Each suggestion finds something.
    for (const suggestion of suggestions) expect(index.search(suggestion).length, suggestion).to.be.greaterThan(0);
    // Words that were right stay as typed.
    expect(index.suggest('Wohnsitz abmeldnugg')[0]).to.equal('Wohnsitz Abmeldung');
    expect(index.suggest('Persnalauswies', 1)).to.have.length(1);
  });

  it('offers nothing for gibberish', () => {
    expect(index.search('qxzvbj')).to.deep.equal([]);
    expect(index.suggest('qxzvbj')).to.deep.equal([]);
  });

  it('lets a city extend the synonyms, defaults kept', () => {
    expect(top(index, 'MuPa')).not.to.include('musterstadt-pass-beantragen');
    const city = ServiceIndex.build(services, { ...options, synonyms: { mupa: ['Musterstadt-Pass'], 'bürger büro': ['Meldebescheinigung'] } });
    expect(top(city, 'MuPa')[0]).to.equal('musterstadt-pass-beantragen');
    expect(top(city, 'Bürger Büro')).to.include('meldebescheinigung-beantragen');
    expect(top(city, 'Perso')[0]).to.equal('personalausweis-beantragen');
  });

  it('lets a city replace a default entry', () => {
    const bare = services.map((service) => ({ ...service, synonyms: [] }));
    expect(top(ServiceIndex.build(bare, options), 'Hochzeit')).to.include('eheschliessung-anmelden');
    const city = ServiceIndex.build(bare, { ...options, synonyms: { hochzeit: ['Feuerwerk'] } });
    expect(top(city, 'Hochzeit')[0]).to.equal('feuerwerk-ausnahmegenehmigung');
  });

  it('finds a service however its umlauts are typed', () => {
    for (const query of ['Einbürgerung', 'Einbuergerung', 'Einburgerung', 'EINBÜRGERUNG', 'Einbu\u0308rgerung']) {
      expect(top(index, query, 1), query).to.deep.equal(['einbuergerung-beantragen']);
    }
  });

  it('finds it while typing without umlauts, before the word is complete', () => {
    expect(top(index, 'Fuhrersch')).to.include('fuehrerschein-erstmals-beantragen');
    expect(top(index, 'Burgerg')).to.include('buergergeld-beantragen');
    expect(top(index, 'Grunsch')).to.include('gruenschnitt-bioabfall-entsorgen');
    expect(top(index, 'Strassenla')).to.include('strassenschaden-melden');
  });

  it('is not thrown off by stop words', () => {
    expect(top(index, 'ich will mein Auto abmelden', 1)).to.deep.equal(top(index, 'Auto abmelden', 1));
    expect(top(index, 'wo bekomme ich einen neuen Perso', 1)).to.deep.equal(top(index, 'Perso', 1));
    expect(top(index, 'how do I get a passport', 1)).to.deep.equal(top(index, 'passport', 1));
  });

  it('narrows while typing: the service stays in the top 3 as the query grows', () => {
    const query = 'Wohnungsgeberbestätigung';
    for (let length = 6; length <= query.length; length++) {
      const typed = query.slice(0, length);
      expect(top(index, typed), typed).to.include('wohnungsgeberbestaetigung-ausstellen');
    }
    for (const typed of ['Reisepass', 'Reisepass f', 'Reisepass für K', 'Reisepass für Kin']) {
      expect(top(index, typed), typed).to.include('reisepass-fuer-kinder-beantragen');
    }
    expect(top(index, 'Reisepass für Kin', 1)).to.deep.equal(['reisepass-fuer-kinder-beantragen']);
  });

  it('finds services for each of two words, those with both first', () => {
    const hits = top(index, 'Reisepass Personalausweis', 10);
    expect(hits).to.include('reisepass-beantragen');
    expect(hits).to.include('personalausweis-beantragen');
    // The one service with both (a child's passport or ID card) first.
    expect(hits[0]).to.equal('reisepass-fuer-kinder-beantragen');
  });

  it('treats a trailing space as a finished word', () => {
    // "Hund" as a prefix also matches "Hundesteuer…" words; finished, it is the word itself.
    expect(index.search('Hund ').length).to.be.greaterThan(0);
    expect(top(index, 'Hund ')).to.include('hund-anmelden');
  });

  it('handles a catalog with duplicate ids and no options', () => {
    const first = services[0]!;
    const small = ServiceIndex.build([first, { ...first, name: 'Doppelt' }]);
    expect(small.size).to.equal(1);
    expect(top(small, first.name)).to.deep.equal([first.id]);
    expect(ServiceIndex.build([]).search('Perso')).to.deep.equal([]);
  });
});
