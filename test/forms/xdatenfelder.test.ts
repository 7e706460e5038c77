/**
 * The XDatenfelder importer against the three published examples
 * (test/fixtures/fim-xdatenfelder, see README there) and non-XDatenfelder input.
 */
import { expect } from '@open-wc/testing';
import { FormDefinition } from '../../src/model/form-definition.js';
import {
  XDatenfelderImportError,
  importXDatenfelder,
  importXDatenfelderWithReport,
  isXDatenfelderImportError,
} from '../../src/forms/xdatenfelder/index.js';

async function fixture(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/fim-xdatenfelder/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return response.text();
}

type Schema = Record<string, unknown>;
const props = (schema: unknown): Record<string, Schema> => (schema as Schema)['properties'] as Record<string, Schema>;

describe('XDatenfelder import: XDatenfelder 3 example (flxbe/xmlstruct tests/xdf3.xml)', () => {
  let xml: string;
  before(async () => {
    xml = await fixture('xdf3-stammdatenschema.xml');
  });

  it('takes id, version, title, help and the FIT-Connect schema URI from the Stammdatenschema', () => {
    const definition = importXDatenfelder(xml);
    expect(definition.id).to.equal('S12345');
    expect(definition.version).to.equal('1.0.0');
    expect(definition.title).to.equal('Eine Bezeichnung');
    expect(definition.description).to.equal('Ein Hilfetext');
    expect(definition.language).to.equal('de');
    expect(definition.schemaUri).to.equal('https://schema.fitko.de/fim/s12345_1.0.0.schema.json');
    expect(FormDefinition.safeParse(definition).success).to.equal(true);
  });

  it('keys the group by its id and the field by its id, with type, labels, help and praezisierung', () => {
    const { schema, ui } = importXDatenfelder(xml);
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).to.deep.equal(['G00001']);
    const group = props(schema)['G00001']!;
    expect(group['type']).to.equal('object');
    expect(group['title']).to.equal('Natürliche Person');
    expect(group['required']).to.deep.equal(['F00001']);
    expect(props(group)['F00001']).to.deep.equal({
      type: 'string',
      title: 'Familienname',
      description: 'Hilfe Eingabe',
      $comment: 'Eine Beschreibung',
      minLength: 0,
      maxLength: 1,
      pattern: '^(?:test)$',
      default: 'Ein Inhalt',
    });
    expect(ui.fields['/G00001/F00001']).to.deep.equal({ label: 'Familienname', help: 'Hilfe Eingabe' });
    expect(ui.fields['/G00001']).to.deep.equal({ label: 'Natürliche Person', help: 'Hilfetext Eingabe' });
  });

  it('makes the top-level group a step', () => {
    const { ui } = importXDatenfelder(xml);
    expect(ui.steps).to.deep.equal([
      { id: 'G00001', title: 'Natürliche Person', description: 'Hilfetext Eingabe', fields: ['/G00001/F00001'], attachments: [] },
    ]);
  });

  it('translates the schema-level MindestEineAngabe rule over the schema\'s fields', () => {
    const { ui } = importXDatenfelder(xml);
    expect(ui.rules).to.have.length(1);
    expect(ui.rules[0]).to.include({ id: 'R00001' });
    expect(ui.rules[0]!.require).to.deep.equal({ field: '/G00001/F00001', filled: true });
    expect(ui.rules[0]!.fields).to.deep.equal(['/G00001/F00001']);
    expect(ui.rules[0]!.message['de']).to.contain('mindestens eines');
  });

  it('reports minValue/maxValue on a text field as not applicable', () => {
    const { warnings } = importXDatenfelderWithReport(xml);
    expect(warnings.map((w) => [w.code, w.element])).to.deep.equal([['praezisierung-not-applicable', 'F00001']]);
    expect(warnings[0]!.pointer).to.equal('/G00001/F00001');
  });

  it('accepts an already parsed Document and a language', () => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const definition = importXDatenfelder(document, { language: 'en' });
    expect(definition.id).to.equal('S12345');
    expect(definition.language).to.equal('en');
  });
});

describe('XDatenfelder import: XDatenfelder 2 select with code list (flxbe/xdatenfelder-xml tests/v2-data/select.xml)', () => {
  let xml: string;
  before(async () => {
    xml = await fixture('xdf2-select-codelist.xml');
  });

  it('puts a top-level field on the first step, titled like the form', () => {
    const definition = importXDatenfelder(xml);
    expect(definition.id).to.equal('T1234');
    expect(definition.version).to.equal('1.0');
    expect(definition.title).to.equal('Test');
    expect(definition.schemaUri).to.equal('https://schema.fitko.de/fim/t1234_1.0.schema.json');
    expect(definition.schema['required']).to.deep.equal(['F123']);
    expect(definition.ui.steps).to.deep.equal([{ id: 'angaben', title: 'Test', fields: ['/F123'], attachments: [] }]);
    expect(definition.ui.fields['/F123']).to.deep.equal({ label: 'Hinweis' });
  });

  it('without the code list: free text and a warning naming the list', () => {
    const { definition, warnings } = importXDatenfelderWithReport(xml);
    expect(props(definition.schema)['F123']).to.deep.equal({ type: 'string', title: 'Hinweis' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({ code: 'code-list-missing', element: 'F123', pointer: '/F123' });
    expect(warnings[0]!.message).to.contain('urn:de:example_1');
  });

  it('with labelled codes keyed by the canonical version URI: a labelled enum (oneOf const/title)', () => {
    const { definition, warnings } = importXDatenfelderWithReport(xml, {
      codeLists: { 'urn:de:example_1': [{ value: '1', label: 'Ja' }, { value: '2', label: 'Nein' }] },
    });
    expect(props(definition.schema)['F123']).to.deep.equal({
      type: 'string',
      title: 'Hinweis',
      oneOf: [
        { const: '1', title: 'Ja' },
        { const: '2', title: 'Nein' },
      ],
    });
    expect(warnings).to.deep.equal([]);
  });

  it('finds the list also by canonical identification or by the v2 code list id', () => {
    for (const key of ['urn:de:example', 'urn:de:example_1', 'C123']) {
      const definition = importXDatenfelder(xml, { codeLists: { [key]: [{ value: 'x', label: 'X' }] } });
      expect(props(definition.schema)['F123']!['oneOf'], key).to.deep.equal([{ const: 'x', title: 'X' }]);
    }
  });

  it('codes without labels stay a plain enum, with a warning', () => {
    const { definition, warnings } = importXDatenfelderWithReport(xml, {
      codeLists: { 'urn:de:example_1': [{ value: '1', label: '' }, { value: '2', label: ' ' }] },
    });
    expect(props(definition.schema)['F123']!['enum']).to.deep.equal(['1', '2']);
    expect(props(definition.schema)['F123']!['oneOf']).to.equal(undefined);
    expect(warnings.map((w) => w.code)).to.deep.equal(['code-list-without-labels']);
  });
});

describe('XDatenfelder import: XDatenfelder 2 rule (flxbe/xdatenfelder-xml tests/v2-data/rule.xml)', () => {
  it('keeps a rule without fields to apply to as a warning with its name, text and script', async () => {
    const { definition, warnings } = importXDatenfelderWithReport(await fixture('xdf2-rule.xml'));
    expect(definition.title).to.equal('Test');
    expect(definition.schema['properties']).to.deep.equal({});
    expect(definition.ui.rules).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({ code: 'rule-not-translated', element: 'R60000037' });
    expect(warnings[0]!.rule).to.deep.equal({ id: 'R60000037', name: 'MindestEineAngabe', text: 'Eine Definition', script: 'function script() {}' });
    expect(warnings[0]!.message).to.contain('MindestEineAngabe');
  });
});

describe('XDatenfelder import: input that is not a Stammdatenschema', () => {
  function problemOf(input: unknown, options?: { language?: string }): XDatenfelderImportError {
    try {
      importXDatenfelder(input as string, options);
    } catch (error) {
      expect(isXDatenfelderImportError(error)).to.equal(true);
      expect(error).to.be.instanceOf(Error);
      return error as XDatenfelderImportError;
    }
    throw new Error('expected an XDatenfelderImportError');
  }

  it('rejects text that is not well-formed XML', () => {
    for (const text of ['', 'Antrag auf Hundesteuer', '<xdf:a xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2">', '{"G1":{}}']) {
      const error = problemOf(text);
      expect(error.problem, text).to.equal('not-xml');
      expect(error.message).to.match(/^Not well-formed XML/);
    }
  });

  it('rejects XML in another namespace, naming what it found and what it expects', () => {
    const html = problemOf('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    expect(html.problem).to.equal('not-xdatenfelder');
    expect(html.message).to.contain('{http://www.w3.org/1999/xhtml}html');
    expect(html.message).to.contain('urn:xoev-de:fim:standard:xdatenfelder_2');
    expect(html.message).to.contain('urn:xoev-de:fim:standard:xdatenfelder_3.0.0');
    expect(problemOf('<xdatenfelder.stammdatenschema.0102/>').message).to.contain('{no namespace}xdatenfelder.stammdatenschema.0102');
    // The right element name in an unknown (future) version namespace is not guessed at either.
    expect(problemOf('<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_4.0.0"/>').problem).to.equal('not-xdatenfelder');
  });

  it('rejects other XDatenfelder messages and a message without schema or id', () => {
    const group = problemOf('<x:xdatenfelder.datenfeldgruppe.0103 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"/>');
    expect(group.problem).to.equal('unsupported-message');
    expect(group.message).to.contain('xdatenfelder.datenfeldgruppe.0103');
    const empty = problemOf('<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_2"><x:header/></x:xdatenfelder.stammdatenschema.0102>');
    expect(empty.problem).to.equal('missing-schema');
    const noId = problemOf(
      '<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_2"><x:stammdatenschema><x:name>Ohne Id</x:name></x:stammdatenschema></x:xdatenfelder.stammdatenschema.0102>',
    );
    expect(noId.problem).to.equal('missing-schema');
    expect(noId.message).to.contain('identifikation/id');
  });

  it('rejects input that is neither text nor a Document, and an invalid language', async () => {
    expect(problemOf(null).problem).to.equal('not-xml');
    expect(problemOf({}).problem).to.equal('not-xml');
    const language = problemOf(await fixture('xdf3-stammdatenschema.xml'), { language: 'Deutsch!' });
    expect(language.problem).to.equal('invalid-definition');
    expect(language.message).to.contain('language');
  });
});
