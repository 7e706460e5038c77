import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseServiceCatalogCsv } from '../../connectors/pvog/index.js';
import { parseDelimited } from '../../connectors/pvog/delimited-text.js';
import { summaryOfEntry } from '../../connectors/pvog/service-catalog-csv.js';
import { ServiceSummary, isOzgError } from '../../src/index.js';

const HEADER = 'ID-LB|Leikaschlüssel|Name|Name2|Updatedatum|ID-OD|Bezeichnung OD|Links';
const parse = (text: string) => parseServiceCatalogCsv(text, 'test.csv');

describe('pvog catalog CSV: the real export (first 20 rows for ARS 000000000000)', () => {
  let text: string;
  before(async () => {
    const response = await fetch(new URL('../fixtures/pvog/servicedescriptions-csv.ars_000000000000.head20.csv', import.meta.url));
    text = await response.text();
  });

  it('merges the rows of a service with two online services into one entry', () => {
    const entries = parse(text);
    expect(entries).to.have.length(19);
    expect(entries[0]).to.deep.equal({
      id: 'B100019.LB.100372563',
      leikaKeys: ['99038003017001'],
      name: 'Saison-Kurzarbeitergeld beantragen',
      officialName: 'Saison-Kurzarbeitergeld Bewilligung',
      lastUpdated: '2025-01-20T00:48:00+01:00',
      online: true,
      onlineServices: [
        { id: 'B100019.OD.103739565', title: 'eServices-Portal der Bundesagentur für Arbeit', uri: 'https://www.arbeitsagentur.de/eservices' },
        { id: 'B100019.OD.103739568', title: 'KEA - Kurzarbeitergeld-Dokumente elektronisch annehmen', uri: 'https://www.arbeitsagentur.de/unternehmen/finanziell/kea' },
      ],
    });
  });

  it('reads services without online service', () => {
    const passport = parse(text).find((e) => e.id === 'B100019.LB.100521036')!;
    expect(passport.name).to.equal('Reisepass im Ausland beantragen');
    expect(passport.officialName).to.equal('Reisepass Ausstellung im Ausland');
    expect(passport.online).to.equal(false);
    expect(passport.onlineServices).to.deep.equal([]);
  });

  it('gives summaries the domain schema accepts, with the official name as search term', () => {
    const summaries = parse(text).map(summaryOfEntry);
    expect(z.safeParse(z.array(ServiceSummary), summaries).success).to.equal(true);
    expect(summaries[0]!.synonyms).to.deep.equal(['Saison-Kurzarbeitergeld Bewilligung']);
    expect(summaries.filter((s) => s.online).map((s) => s.id)).to.deep.equal([
      'B100019.LB.100372563',
      'B100019.LB.100372567',
      'B100019.LB.101139720',
    ]);
  });
});

describe('pvog catalog CSV: edge cases', () => {
  it('reads quoted fields with pipes, doubled quotes and line breaks', () => {
    const [entry] = parse(`${HEADER}\nL1.LB.1|99001001001000|"Amt | Name"|"Der ""neue"" Ausweis\nbeantragen"|01.02.2025 10:00|||\n`);
    expect(entry!.officialName).to.equal('Amt | Name');
    expect(entry!.name).to.equal('Der "neue" Ausweis\nbeantragen');
  });

  it('accepts CRLF, a byte-order mark, blank lines and no final line break', () => {
    const entries = parse(`\uFEFF${HEADER}\r\n\r\nL1.LB.1||A|B||||\r\n\r\nL1.LB.2||C|D||||`);
    expect(entries.map((e) => [e.id, e.name])).to.deep.equal([
      ['L1.LB.1', 'B'],
      ['L1.LB.2', 'D'],
    ]);
  });

  it('finds the columns by name, in any order, and tolerates missing optional ones', () => {
    const entries = parse('Name2|ID-LB|Name\nPass beantragen|L1.LB.1|Pass Ausstellung\n');
    expect(entries).to.deep.equal([{ id: 'L1.LB.1', leikaKeys: [], name: 'Pass beantragen', officialName: 'Pass Ausstellung', onlineServices: [], online: false }]);
  });

  it('uses Name when Name2 is empty, and skips rows without id or name', () => {
    const entries = parse(`${HEADER}\nL1.LB.1||Nur Name|||||\n||Ohne Id|x||||\nL1.LB.3|||||||\n`);
    expect(entries.map((e) => [e.id, e.name, e.officialName])).to.deep.equal([['L1.LB.1', 'Nur Name', undefined]]);
  });

  it('reads short and long rows', () => {
    const entries = parse(`${HEADER}\nL1.LB.1|99001001001000|A|B\nL1.LB.2|99001001001000|C|D|01.01.2025 08:00|OD1|Dienst|https://a.example/|extra|cells\n`);
    expect(entries[0]!.online).to.equal(false);
    expect(entries[1]!.onlineServices).to.deep.equal([{ id: 'OD1', title: 'Dienst', uri: 'https://a.example/' }]);
  });

  it('takes the first http(s) link of a cell and ignores other schemes', () => {
    const entries = parse(`${HEADER}\nL1.LB.1||A|B||OD1|Dienst|javascript:alert(1) https://ok.example/x\nL1.LB.2||C|D||OD2|Dienst 2|ftp://x.example/\n`);
    expect(entries[0]!.onlineServices.map((s) => s.uri)).to.deep.equal(['https://ok.example/x']);
    // An online service without usable link still makes the service "online", but is not listed.
    expect(entries[1]!.online).to.equal(true);
    expect(entries[1]!.onlineServices).to.deep.equal([]);
  });

  it('keeps only 14-digit LeiKa keys, several per cell, each once, and the newest update time', () => {
    const entries = parse(`${HEADER}\nL1.LB.1|99001001001000, 12345|A|B|01.01.2025 08:00|||\nL1.LB.1|99001001001000;99001001002000|A|B|01.08.2025 09:30|||\n`);
    expect(entries[0]!.leikaKeys).to.deep.equal(['99001001001000', '99001001002000']);
    expect(entries[0]!.lastUpdated).to.equal('2025-08-01T09:30:00+02:00');
  });

  it('gives an empty catalog for a header without rows', () => {
    expect(parse(`${HEADER}\n`)).to.deep.equal([]);
  });

  for (const [what, body] of [
    ['JSON', '{"unexpected": ["shape"], "id": 42}'],
    ['an HTML error page', '<html><body>Service Unavailable</body></html>'],
    ['an empty answer', ''],
  ]) {
    it(`refuses ${what} with an invalid-response error`, () => {
      let error: unknown;
      try {
        parse(body!);
      } catch (e) {
        error = e;
      }
      expect(isOzgError(error) && error.kind).to.equal('invalid-response');
    });
  }
});

describe('delimited text reader', () => {
  it('reads RFC 4180 quoting with another delimiter', () => {
    expect(parseDelimited('a|"b|c"|"d""e"\n"f\r\ng"|h|\n', '|')).to.deep.equal([
      ['a', 'b|c', 'd"e'],
      ['f\r\ng', 'h', ''],
    ]);
  });

  it('keeps a quote inside an unquoted field', () => {
    expect(parseDelimited('5" Diskette|x', '|')).to.deep.equal([['5" Diskette', 'x']]);
  });

  it('reads old Mac line ends', () => {
    expect(parseDelimited('a|b\rc|d', '|')).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
