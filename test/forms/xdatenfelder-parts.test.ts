/**
 * Parts of the XDatenfelder importer: praezisierung and anzahl parsing, code
 * list keys, v3 ids, and rule forms on small hand-written XDatenfelder 3 documents.
 */
import { expect } from '@open-wc/testing';
import { codeListKeys } from '../../src/forms/xdatenfelder/code-lists.js';
import { importXDatenfelderWithReport } from '../../src/forms/xdatenfelder/index.js';
import { canonicalId } from '../../src/forms/xdatenfelder/known-fields.js';
import { parseMultiplicity } from '../../src/forms/xdatenfelder/multiplicity.js';
import { parsePrecisionText } from '../../src/forms/xdatenfelder/precision.js';

/** A minimal XDatenfelder 3 Stammdatenschema around the given struktur elements and schema-level rules. */
function xdf3(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S1</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>Klein</xdf:name>
    ${body}
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
}
const struktur = (anzahl: string, element: string) => `<xdf:struktur><xdf:anzahl>${anzahl}</xdf:anzahl><xdf:enthaelt>${element}</xdf:enthaelt></xdf:struktur>`;
const field = (id: string, datentyp = 'text', extra = '') =>
  `<xdf:datenfeld><xdf:identifikation><xdf:id>${id}</xdf:id></xdf:identifikation><xdf:name>${id}</xdf:name><xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>${datentyp}</code></xdf:datentyp>${extra}</xdf:datenfeld>`;
const group = (id: string, children: string, extra = '') =>
  `<xdf:datenfeldgruppe><xdf:identifikation><xdf:id>${id}</xdf:id></xdf:identifikation><xdf:name>${id}</xdf:name>${extra}${children}</xdf:datenfeldgruppe>`;
const rule = (id: string, name: string, text: string) =>
  `<xdf:regel><xdf:identifikation><xdf:id>${id}</xdf:id></xdf:identifikation><xdf:name>${name}</xdf:name><xdf:freitextRegel>${text}</xdf:freitextRegel></xdf:regel>`;

describe('XDatenfelder import parts: praezisierung text of XDatenfelder 2', () => {
  it('reads strict JSON, single quotes, unbraced pairs and numbers', () => {
    expect(parsePrecisionText('{"minLength":"1","maxLength":"55"}')).to.deep.equal({ minLength: '1', maxLength: '55' });
    expect(parsePrecisionText('{"minValue":0,"maxValue":9.5}')).to.deep.equal({ minValue: '0', maxValue: '9.5' });
    expect(parsePrecisionText('"maxLength":"20"')).to.deep.equal({ maxLength: '20' });
    expect(parsePrecisionText("{'minLength': '2', 'pattern': '[0-9]+'}")).to.deep.equal({ minLength: '2', pattern: '[0-9]+' });
    expect(parsePrecisionText('minValue: 2000, maxValue=2100')).to.deep.equal({ minValue: '2000', maxValue: '2100' });
    expect(parsePrecisionText('{"pattern":"\\\\d{5}"}')).to.deep.equal({ pattern: '\\d{5}' });
  });

  it('finds nothing in other text', () => {
    expect(parsePrecisionText('irgendwas')).to.equal(undefined);
    expect(parsePrecisionText('{"laenge": 5}')).to.equal(undefined);
  });
});

describe('XDatenfelder import parts: anzahl, code list keys, v3 ids', () => {
  it('parses min:max with *, n and numbers', () => {
    expect(parseMultiplicity('1:1')).to.deep.equal({ min: 1, max: 1 });
    expect(parseMultiplicity(' 0:* ')).to.deep.equal({ min: 0, max: undefined });
    expect(parseMultiplicity('1:n')).to.deep.equal({ min: 1, max: undefined });
    expect(parseMultiplicity('2:5')).to.deep.equal({ min: 2, max: 5 });
    for (const bad of [undefined, '', 'eins', '5:2', '1-1', '1:']) expect(parseMultiplicity(bad), String(bad)).to.equal(undefined);
  });

  it('looks up code lists by version URI, identification_version, identification, id', () => {
    expect(codeListKeys({ id: 'C1', canonicalIdentification: 'urn:a', version: '2', canonicalVersionUri: 'urn:a_2' })).to.deep.equal(['urn:a_2', 'urn:a', 'C1']);
    expect(codeListKeys({ canonicalIdentification: 'urn:b', version: '3' })).to.deep.equal(['urn:b_3', 'urn:b']);
  });

  it('maps XDatenfelder 3 Baukasten ids to their v2 form', () => {
    expect(canonicalId('F60000000227')).to.equal('F60000227');
    expect(canonicalId('G60000000086')).to.equal('G60000086');
    expect(canonicalId('F60000227')).to.equal('F60000227');
    expect(canonicalId('F60123000227')).to.equal('F60123000227');
  });
});

describe('XDatenfelder import parts: structure', () => {
  it('drops elements with anzahl 0:0 and reports an id twice in one group', () => {
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(struktur('0:0', field('F101')) + struktur('1:1', field('F102')) + struktur('0:1', field('F102', 'bool'))),
    );
    expect(definition.schema['properties']).to.deep.equal({ F102: { type: 'boolean', title: 'F102' } });
    expect(definition.schema).not.to.have.property('required');
    expect(warnings.map((w) => [w.code, w.element])).to.deep.equal([['duplicate-key', 'F102']]);
  });

  it('makes repeated fields arrays: checkboxes for choices, repeatable otherwise', () => {
    const values = '<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>A</xdf:name></xdf:wert></xdf:werte>';
    const select = field('F102').replace('<code>input</code>', '<code>select</code>');
    const { definition } = importXDatenfelderWithReport(xdf3(struktur('0:*', field('F101')) + struktur('1:3', select.replace('</xdf:datenfeld>', `${values}</xdf:datenfeld>`))));
    const properties = definition.schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['F101']).to.deep.equal({ type: 'array', title: 'F101', items: { type: 'string' } });
    expect(properties['F102']).to.deep.equal({ type: 'array', title: 'F102', items: { type: 'string', oneOf: [{ const: 'a', title: 'A' }] }, minItems: 1, maxItems: 3 });
    expect(definition.ui.fields['/F101']!.widget).to.equal('repeatable');
    expect(definition.ui.fields['/F102']!.widget).to.equal('checkboxes');
  });

  it('drops patterns JavaScript cannot compile and inhalt that does not fit', () => {
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(
        struktur('1:1', field('F101', 'text', '<xdf:praezisierung pattern="\\i\\c*"/>')) +
          struktur('1:1', field('F102', 'num_int', '<xdf:inhalt>2,5</xdf:inhalt>')) +
          struktur('1:1', field('F103', 'date', '<xdf:inhalt>01.02.2024</xdf:inhalt>')),
      ),
    );
    const properties = definition.schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['F101']).not.to.have.property('pattern');
    expect(properties['F102']).not.to.have.property('default');
    expect(properties['F103']).not.to.have.property('default');
    expect(warnings.map((w) => [w.code, w.element])).to.deep.equal([
      ['pattern-unsupported', 'F101'],
      ['default-unusable', 'F102'],
      ['default-unusable', 'F103'],
    ]);
  });
});

describe('XDatenfelder import parts: rules', () => {
  it('"entweder … oder" over named groups: exactly one group has data', () => {
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(
        rule('R1', 'Anschrift', 'Es muss entweder Feldgruppe G101 oder Feldgruppe G102 befüllt werden.') +
          struktur('0:1', group('G101', struktur('1:1', field('F101')) + struktur('0:1', field('F102')))) +
          struktur('0:1', group('G102', struktur('1:1', field('F103')))),
      ),
    );
    expect(warnings).to.deep.equal([]);
    const [translated] = definition.ui.rules;
    expect(translated!.id).to.equal('R1');
    expect(translated!.fields).to.deep.equal(['/G101/F101', '/G101/F102', '/G102/F103']);
    const g1 = { any: [{ field: '/G101/F101', filled: true }, { field: '/G101/F102', filled: true }] };
    const g2 = { field: '/G102/F103', filled: true };
    expect(translated!.require).to.deep.equal({ any: [{ all: [g1, { not: g2 }] }, { all: [g2, { not: g1 }] }] });
  });

  it('"wenn … nicht befüllt" and "= Zahl" conditions, and visibility on a top-level group also hides its step', () => {
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(
        rule('R1', 'Pflicht', 'Wenn F101 nicht befüllt ist, muss F102 ausgefüllt werden.') +
          rule('R2', 'Sichtbar', 'Falls F103 = 3, dann ist G109 anzuzeigen.') +
          struktur('0:1', field('F101')) +
          struktur('0:1', field('F102')) +
          struktur('0:1', field('F103', 'num_int')) +
          struktur('0:1', group('G109', struktur('1:1', field('F109')))),
      ),
    );
    expect(warnings).to.deep.equal([]);
    expect(definition.ui.rules).to.have.length(1);
    expect(definition.ui.rules[0]!.when).to.deep.equal({ not: { field: '/F101', filled: true } });
    expect(definition.ui.rules[0]!.require).to.deep.equal({ field: '/F102', filled: true });
    expect(definition.ui.fields['/G109']!.visibleIf).to.deep.equal({ field: '/F103', equals: 3 });
    expect(definition.ui.steps.find((s) => s.id === 'G109')!.visibleIf).to.deep.equal({ field: '/F103', equals: 3 });
  });

  it('rules inside a repeatable group refer to the item with *', () => {
    const { definition } = importXDatenfelderWithReport(
      xdf3(struktur('0:*', group('G101', struktur('0:1', field('F101')) + struktur('0:1', field('F102')), rule('R1', 'MindestEineAngabe', '')))),
    );
    expect(definition.ui.rules[0]!.require).to.deep.equal({ any: [{ field: '/G101/*/F101', filled: true }, { field: '/G101/*/F102', filled: true }] });
  });

  it('MindestEineAngabe on an optional group holds by itself; an optional Auswahlgruppe applies once filled', () => {
    const choice = '<xdf:art><code>X</code></xdf:art>';
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(
        struktur('0:1', group('G101', struktur('0:1', field('F101')) + struktur('0:1', field('F102')), rule('R1', 'MindestEineAngabe', ''))) +
          struktur('0:1', group('G102', struktur('1:1', field('F103')) + struktur('1:1', field('F104')), choice)),
      ),
    );
    expect(warnings).to.deep.equal([]);
    expect(definition.ui.rules.map((r) => r.id)).to.deep.equal(['G102-auswahl']);
    expect(definition.ui.rules[0]!.when).to.deep.equal({ any: [{ field: '/G102/F103', filled: true }, { field: '/G102/F104', filled: true }] });
  });

  it('conditions it cannot read stay warnings', () => {
    const { definition, warnings } = importXDatenfelderWithReport(
      xdf3(
        rule('R1', 'Vage', 'Wenn F101 passt, ist F102 anzuzeigen.') +
          rule('R2', 'Folge', 'Wenn F101 befüllt ist, wird F102 geprüft.') +
          rule('R3', 'Auswahl', "Wenn F103 'Vielleicht' ist, ist F102 anzuzeigen.") +
          struktur('0:1', field('F101')) +
          struktur('0:1', field('F102')) +
          struktur('0:1', field('F103', 'bool')),
      ),
    );
    expect(definition.ui.rules).to.deep.equal([]);
    expect(definition.ui.fields['/F102']!.visibleIf).to.equal(undefined);
    expect(warnings.map((w) => [w.code, w.element])).to.deep.equal([
      ['rule-not-translated', 'R1'],
      ['rule-not-translated', 'R2'],
      ['rule-not-translated', 'R3'],
    ]);
    expect(warnings[1]!.message).to.contain('consequence');
  });
});
