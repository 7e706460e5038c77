import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { PvogServiceDescription, mapServiceDescription } from '../../connectors/pvog/index.js';
import { parseGermanTimestamp, parseGermanDate } from '../../connectors/pvog/german-date.js';
import { parseCostText, mapCosts } from '../../connectors/pvog/xzufi-costs.js';
import { mapDeadlines } from '../../connectors/pvog/xzufi-deadlines.js';
import { mapDocuments } from '../../connectors/pvog/xzufi-documents.js';
import { parseDuration } from '../../connectors/pvog/xzufi-duration.js';
import { addresseeOf } from '../../connectors/pvog/xzufi-mapping.js';
import { Service } from '../../src/index.js';
import example from '../fixtures/pvog/servicedescription-detail.B100019_LB_574711.json';

type Json = z.input<typeof PvogServiceDescription>;
type ModuleJson = NonNullable<Json['details']>[number];

const map = (json: unknown) => Service.parse(mapServiceDescription(PvogServiceDescription.parse(json)));
const copy = (): Json => structuredClone(example) as Json;
const moduleOf = (json: Json, code: string) => json.details!.find((m) => m.code === code)!;
const textModule = (code: string, text: string, extra: Partial<ModuleJson> = {}): ModuleJson => ({ code, title: `Modul ${code}`, text, links: [], placeholder: false, ...extra });

describe('pvog mapping: the real Suchdienst description "Ausbildungsgeld beantragen"', () => {
  const service = map(example);

  it('takes id, LeiKa key, names and the Kurztext without tags', () => {
    expect(service.id).to.equal('B100019.LB.574711');
    expect(service.leikaKeys).to.deep.equal(['99007002017000']);
    expect(service.name).to.equal('Ausbildungsgeld beantragen');
    expect(service.officialName).to.equal('Ausbildungsgeld Bewilligung');
    expect(service.summary).to.equal(
      'Als Mensch mit Behinderungen können Sie zur Sicherung des Lebensunterhaltes Ausbildungsgeld erhalten, wenn Sie an bestimmten Bildungsmaßnahmen teilnehmen.',
    );
  });

  it('keeps the HTML texts of modules 06, 09, 11, 14, 22 and 25', () => {
    expect(service.descriptionHtml).to.match(/^<p>Wenn Sie eine Behinderung haben/);
    expect(service.descriptionHtml).to.contain('<li>Eheschließung</li>');
    expect(service.requirementsHtml).to.contain('Sie haben keinen Anspruch auf Übergangsgeld.');
    expect(service.procedureHtml).to.contain('Vereinbaren Sie bei Ihrer Agentur für Arbeit einen Beratungstermin.');
    expect(service.formsNoteHtml).to.contain('Formulare vorhanden: Nein');
    expect(service.responsibleOfficeNoteHtml).to.contain('Dienststellenfinder');
    expect(service.appealHtml).to.contain('Widerspruch bei der Agentur für Arbeit');
  });

  it('reads module 08, a paragraph without list, as one document', () => {
    expect(service.requiredDocuments).to.deep.equal([
      { name: 'Bitte erfragen Sie bei Ihrer Kontaktaufnahme mit Ihrer Beraterin oder Ihrem Berater, welche Unterlagen Sie im Einzelnen benötigen.', required: true },
    ]);
  });

  it('reads the costs "Keine" as free, with no note left over', () => {
    expect(service.costs).to.deep.equal([{ kind: 'free' }]);
    expect(service.costsNoteHtml).to.equal(undefined);
  });

  it('reads the Widerspruchsfrist of one month with its type code, and keeps the general note', () => {
    const objection = service.deadlines.find((d) => d.label === 'Widerspruchsfrist');
    expect(objection).to.deep.equal({
      label: 'Widerspruchsfrist',
      typeCode: '009',
      duration: { value: 1, unit: 'month' },
      descriptionHtml: 'Widerspruch kann innerhalb eines Monats nach Bekanntgabe des Bescheides eingelegt werden.',
    });
    expect(service.deadlines[0]!.label).to.equal('Fristen');
    expect(service.deadlines[0]!.descriptionHtml).to.contain('bevor die Ausbildung oder die');
    expect(service.deadlines).to.have.length(2);
  });

  it('reads the processing time of one month and keeps its explanation', () => {
    expect(service.processingTime!.duration).to.deep.equal({ value: 1, unit: 'month' });
    expect(service.processingTime!.descriptionHtml).to.contain('Bei Abgabe vor Beginn der Ausbildung oder Maßnahme: rund 1 Monat');
  });

  it('takes the legal basis from module 07 and further information from module 15', () => {
    expect(service.legalBasis).to.deep.equal([
      { uri: 'https://www.gesetze-im-internet.de/sgb_3/index.html', title: '§§ 122 bis 126 Sozialgesetzbuch Drittes Buch (SGB III)' },
    ]);
    expect(service.furtherInformation.map((l) => l.uri)).to.deep.equal([
      'https://www.arbeitsagentur.de/menschen-mit-behinderungen/unterstuetzung-finanzielle-hilfen',
      'https://www.arbeitsagentur.de/datei/merkblatt-12-teilhabe_ba015371.pdf',
      'https://www.arbeitsagentur.de/veroeffentlichungen/gesetze-und-weisungen#1478808824026',
    ]);
    expect(service.furtherInformation[1]!.title).to.equal('Merkblatt der Bundesagentur für Arbeit zur Förderung der Teilhabe am Arbeitsleben (Merkblatt 12)');
    expect(service.appointmentUrl).to.equal(undefined);
  });

  it('takes the online service with its id and trust level', () => {
    expect(service.onlineServices).to.deep.equal([
      {
        id: 'B100019.OD.105136908',
        title: 'Berufliche Rehabilitation durch die Bundesagentur für Arbeit',
        uri: 'https://www.arbeitsagentur.de/menschen-mit-behinderungen/berufliche-rehabilitation',
        trustLevel: 'low',
      },
    ]);
    expect(service.online).to.equal(true);
  });

  it('takes offices, life situations, addressees, synonyms, languages and the update time', () => {
    expect(service.officeIds).to.deep.equal(['B100019.OE.102789950', 'B100019.OE.102786224', 'B100019.OE.102789937']);
    expect(service.lifeSituations).to.deep.equal(['1000000', '1030000', '1030200', '1140000', '1140100']);
    expect(service.addressees).to.deep.equal(['citizen']);
    expect(service.synonyms).to.have.length(10);
    expect(service.synonyms).to.include('Berufliche Rehabilitation');
    expect(service.language).to.equal('de');
    expect(service.availableLanguages).to.deep.equal(['de', 'en']);
    expect(service.lastUpdated).to.equal('2025-01-20T01:26:46.650442062Z');
    expect(service.categories).to.deep.equal([]);
  });

  it('drops the placeholder module "Urheber: nicht angegeben"', () => {
    expect(JSON.stringify(service)).not.to.contain('nicht angegeben');
  });
});

describe('pvog mapping: rules', () => {
  it('drops any module marked as placeholder, also one it would map', () => {
    const json = copy();
    moduleOf(json, '25').placeholder = true;
    expect(map(json).appealHtml).to.equal(undefined);
  });

  it('passes only http(s) links', () => {
    const json = copy();
    moduleOf(json, '07').links!.push({ uri: 'javascript:alert(1)', title: 'böse' }, { uri: 'ftp://example.org/x', title: 'ftp' });
    moduleOf(json, '15').text = '<p><a href="data:text/html,x">data</a> <a href="https://example.org/ok">ok</a></p>';
    json.onlineServiceLinks!.push({ uri: 'javascript:void(0)', title: 'x' });
    const service = map(json);
    expect(service.legalBasis.map((l) => l.uri)).to.deep.equal(['https://www.gesetze-im-internet.de/sgb_3/index.html']);
    expect(service.furtherInformation.map((l) => l.uri)).to.include('https://example.org/ok');
    expect(JSON.stringify(service)).not.to.match(/javascript:|data:text|ftp:/);
    expect(service.onlineServices).to.have.length(1);
  });

  it('finds the booking link among the links, but not a list of dates', () => {
    const json = copy();
    moduleOf(json, '15').links = [
      { uri: 'https://example.org/termine', title: 'Termine der Informationsabende' },
      { uri: 'https://example.org/buchen', title: 'Online-Terminvereinbarung' },
    ];
    expect(map(json).appointmentUrl).to.equal('https://example.org/buchen');
  });

  it('falls back to the top-level name when module 03 is missing, and fails without any name', () => {
    const json = copy();
    json.details = json.details!.filter((m) => m.code !== '03');
    expect(map(json).name).to.equal('Ausbildungsgeld beantragen');
    const nameless = copy();
    nameless.details = nameless.details!.filter((m) => m.code !== '03' && m.code !== '02');
    nameless.name = null;
    expect(() => map(nameless)).to.throw();
  });

  it('refuses a description whose id is not a string', () => {
    expect(z.safeParse(PvogServiceDescription, { ...copy(), id: 42 }).success).to.equal(false);
  });

  it('maps addressees given as words or codes', () => {
    expect(['Bürger', '001', 'Unternehmen', '002', 'Verwaltung', '003', 'Sonstige'].map(addresseeOf)).to.deep.equal([
      'citizen', 'citizen', 'business', 'business', 'administration', 'administration', undefined,
    ]);
  });
});

describe('pvog mapping: durations', () => {
  const cases: [string, unknown][] = [
    ['1 Monat', { value: 1, unit: 'month' }],
    ['3 Monate', { value: 3, unit: 'month' }],
    ['ein Jahr', { value: 1, unit: 'year' }],
    ['3 bis 4 Wochen', { value: 3, unit: 'week', valueTo: 4 }],
    ['2–3 Werktage', { value: 2, unit: 'working-day', valueTo: 3 }],
    ['10 Arbeitstage', { value: 10, unit: 'working-day' }],
    ['ca. 10 Tage', { value: 10, unit: 'day' }],
    ['1,5 Stunden', { value: 1.5, unit: 'hour' }],
    ['6 Wochen bis 3 Monate', { value: 6, unit: 'week', valueTo: 3, unitTo: 'month' }],
    ['2 WOCHE', { value: 2, unit: 'week' }],
    ['bis zu 3 Monate', undefined],
    ['1 Monat nach Beginn der Ausbildung', undefined],
    ['sofort', undefined],
    ['3', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${JSON.stringify(expected)}`, () => {
      expect(parseDuration(text)).to.deep.equal(expected);
    });
  }
});

describe('pvog mapping: costs', () => {
  const cases: [string, unknown][] = [
    ['Keine', { kind: 'free' }],
    ['<p>Keine</p>', undefined], // parseCostText takes plain text; tags are removed before
    ['kostenfrei', { kind: 'free' }],
    ['Es fallen keine Gebühren an.', { kind: 'free' }],
    ['37,00 Euro', { kind: 'fixed', amount: { value: 37, currency: 'EUR' } }],
    ['Gebühr: 22,80 €', { kind: 'fixed', amount: { value: 22.8, currency: 'EUR' } }],
    ['EUR 1.234,50', { kind: 'fixed', amount: { value: 1234.5, currency: 'EUR' } }],
    ['10,00 bis 50,00 Euro', { kind: 'variable', min: { value: 10, currency: 'EUR' }, max: { value: 50, currency: 'EUR' } }],
    ['10 - 50 €', { kind: 'variable', min: { value: 10, currency: 'EUR' }, max: { value: 50, currency: 'EUR' } }],
    ['ab 15 Euro', { kind: 'variable', min: { value: 15, currency: 'EUR' } }],
    ['bis zu 30,00 Euro', { kind: 'variable', max: { value: 30, currency: 'EUR' } }],
    ['10 - 50', undefined],
    ['nach Aufwand, mindestens jedoch 20 Euro', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${JSON.stringify(expected)}`, () => {
      expect(parseCostText(text)).to.deep.equal(expected);
    });
  }

  it('reads details as one cost each, an unreadable amount as variable, and keeps the module text as note', () => {
    const result = mapCosts({
      code: '98',
      title: 'Kosten',
      text: '<p>Bei Bedürftigkeit kann die Gebühr erlassen werden.</p>',
      details: [
        { title: 'ab 24 Jahren', text: '37,00 Euro', code: '' },
        { title: 'Expresszuschlag', text: 'nach Aufwand', code: '' },
        { title: 'Urheber', text: 'x', placeholder: true },
      ],
    });
    expect(result.costs).to.deep.equal([
      { kind: 'fixed', amount: { value: 37, currency: 'EUR' }, description: 'ab 24 Jahren' },
      { kind: 'variable', description: 'Expresszuschlag: nach Aufwand' },
    ]);
    expect(result.costsNoteHtml).to.equal('<p>Bei Bedürftigkeit kann die Gebühr erlassen werden.</p>');
  });

  it('keeps an unreadable cost text as note and structures nothing', () => {
    expect(mapCosts(textModule('98', '<p>Die Gebühr richtet sich nach der Gebührenordnung.</p>'))).to.deep.equal({
      costs: [],
      costsNoteHtml: '<p>Die Gebühr richtet sich nach der Gebührenordnung.</p>',
    });
  });
});

describe('pvog mapping: documents', () => {
  it('splits a list into documents with name and description', () => {
    const docs = mapDocuments(
      textModule(
        '08',
        '<p>Folgende Unterlagen:</p><ul><li>Personalausweis oder Reisepass</li><li><strong>Geburtsurkunde</strong><br>nur bei der ersten Anmeldung</li><li>Lichtbild<p>biometrisch, 35 × 45 mm</p></li><li>Nachweise<ul><li>Einkommen</li><li>Miete</li></ul></li></ul><p>Weitere Unterlagen können nachgefordert werden.</p>',
      ),
    );
    expect(docs.map((d) => d.name)).to.deep.equal([
      'Personalausweis oder Reisepass',
      'Geburtsurkunde',
      'Lichtbild',
      'Nachweise',
      'Weitere Unterlagen können nachgefordert werden.',
    ]);
    expect(docs[1]!.descriptionHtml).to.equal('nur bei der ersten Anmeldung');
    expect(docs[2]!.descriptionHtml).to.equal('<p>biometrisch, 35 × 45 mm</p>');
    expect(docs[3]!.descriptionHtml).to.equal('<ul><li>Einkommen</li><li>Miete</li></ul>');
    expect(docs[0]).not.to.have.property('descriptionHtml');
  });

  it('reads dash lines in a paragraph as a list', () => {
    expect(mapDocuments(textModule('08', '<p>- Personalausweis<br>- Meldebescheinigung<br>– Lichtbild</p>')).map((d) => d.name)).to.deep.equal([
      'Personalausweis',
      'Meldebescheinigung',
      'Lichtbild',
    ]);
  });

  it('gives nothing for an empty module', () => {
    expect(mapDocuments(textModule('08', '<p> </p>'))).to.deep.equal([]);
    expect(mapDocuments(undefined)).to.deep.equal([]);
  });
});

describe('pvog mapping: deadlines and dates', () => {
  it('reads a fixed date and a detail without value', () => {
    const deadlines = mapDeadlines({
      code: '97',
      title: 'Fristen',
      text: '',
      details: [
        { title: 'Antragsfrist', code: '001', text: 'Anträge müssen bis zum Stichtag eingehen.: 31.07.2027' },
        { title: 'Hinweis', code: '', text: 'Die Frist kann verlängert werden.' },
      ],
    });
    expect(deadlines).to.deep.equal([
      { label: 'Antragsfrist', typeCode: '001', date: '2027-07-31', descriptionHtml: 'Anträge müssen bis zum Stichtag eingehen.' },
      { label: 'Hinweis', descriptionHtml: 'Die Frist kann verlängert werden.' },
    ]);
  });

  it('converts German dates and Berlin timestamps with the right offset', () => {
    expect(parseGermanDate('31.07.2027')).to.equal('2027-07-31');
    expect(parseGermanDate('31.02.2027')).to.equal(undefined);
    expect(parseGermanTimestamp('20.01.2025 00:48')).to.equal('2025-01-20T00:48:00+01:00');
    expect(parseGermanTimestamp('15.07.2025 12:00')).to.equal('2025-07-15T12:00:00+02:00');
    // Summer time starts on 30 March 2025 at 02:00 local time and ends on 26 October at 03:00.
    expect(parseGermanTimestamp('30.03.2025 01:59')).to.equal('2025-03-30T01:59:00+01:00');
    expect(parseGermanTimestamp('30.03.2025 03:00')).to.equal('2025-03-30T03:00:00+02:00');
    expect(parseGermanTimestamp('26.10.2025 03:30')).to.equal('2025-10-26T03:30:00+01:00');
    expect(parseGermanTimestamp('2025-01-20')).to.equal(undefined);
  });
});
