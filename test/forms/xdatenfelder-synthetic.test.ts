/**
 * The XDatenfelder importer against the project's own synthetic fixtures:
 * an XDatenfelder 3 schema with every datentyp and feldart, and an
 * XDatenfelder 2 skeleton of the FIM data example s17000717, whose
 * reconstructed data must fit the imported JSON Schema.
 */
import { expect } from '@open-wc/testing';
import type { Condition, FormDefinition } from '../../src/model/form-definition.js';
import { importXDatenfelderWithReport, type ImportWarning } from '../../src/forms/xdatenfelder/index.js';
import fachdaten from '../fixtures/fim-xdatenfelder/fachdaten.s17000717_1.0.reconstructed.json';

async function fixture(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/fim-xdatenfelder/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return response.text();
}

type Schema = Record<string, unknown>;

/** The schema node at a data pointer (`*` steps into array items). */
function schemaAt(root: Schema, pointer: string): Schema {
  let node = root;
  for (const part of pointer.split('/').slice(1)) {
    node = part === '*' ? (node['items'] as Schema) : (node['properties'] as Record<string, Schema>)[part]!;
    if (!node) throw new Error(`no schema at ${pointer}`);
  }
  return node;
}

/**
 * A small JSON Schema check for what the importer emits (type, properties,
 * required, items, min/maxItems, min/maxLength, pattern, minimum/maximum,
 * enum, oneOf const). Unknown data keys are errors: data keys must be FIM ids of the schema.
 */
function check(data: unknown, schema: Schema, path = ''): string[] {
  const errors: string[] = [];
  const type = schema['type'];
  const actual = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
  const fits =
    type === undefined ||
    type === actual ||
    (type === 'integer' && typeof data === 'number' && Number.isInteger(data)) ||
    (type === 'number' && typeof data === 'number');
  if (!fits) return [`${path || '/'}: ${actual} is not ${String(type)}`];
  if (type === 'object') {
    const object = data as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}/${key}: missing`);
    for (const [key, value] of Object.entries(object)) {
      const child = properties[key];
      errors.push(...(child ? check(value, child, `${path}/${key}`) : [`${path}/${key}: not in the schema`]));
    }
  } else if (type === 'array') {
    const items = data as unknown[];
    if (typeof schema['minItems'] === 'number' && items.length < schema['minItems']) errors.push(`${path}: fewer than ${schema['minItems']} items`);
    if (typeof schema['maxItems'] === 'number' && items.length > schema['maxItems']) errors.push(`${path}: more than ${schema['maxItems']} items`);
    items.forEach((item, i) => errors.push(...check(item, schema['items'] as Schema, `${path}/${i}`)));
  } else if (typeof data === 'string') {
    if (typeof schema['minLength'] === 'number' && data.length < schema['minLength']) errors.push(`${path}: too short`);
    if (typeof schema['maxLength'] === 'number' && data.length > schema['maxLength']) errors.push(`${path}: too long`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(data)) errors.push(`${path}: pattern`);
  } else if (typeof data === 'number') {
    if (typeof schema['minimum'] === 'number' && data < schema['minimum']) errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && data > schema['maximum']) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(data)) errors.push(`${path}: not in enum`);
  if (Array.isArray(schema['oneOf']) && !(schema['oneOf'] as Schema[]).some((option) => option['const'] === data)) errors.push(`${path}: not one of the codes`);
  return errors;
}

/** Evaluates a rule condition on data without array items (enough for these fixtures). */
function holds(condition: Condition, data: unknown): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, data));
  if ('any' in condition) return condition.any.some((c) => holds(c, data));
  if ('not' in condition) return !holds(condition.not, data);
  const value = condition.field.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  if (condition.filled !== undefined && condition.filled !== (value !== undefined && value !== '')) return false;
  if (condition.equals !== undefined && value !== condition.equals) return false;
  return true;
}

const codes = (warnings: ImportWarning[], code: ImportWarning['code']) => warnings.filter((w) => w.code === code).map((w) => w.element);

describe('XDatenfelder import: synthetic XDatenfelder 3 schema with every datentyp and feldart', () => {
  let definition: FormDefinition;
  let warnings: ImportWarning[];
  let schema: Schema;
  const at = (pointer: string) => schemaAt(schema, pointer);

  before(async () => {
    ({ definition, warnings } = importXDatenfelderWithReport(await fixture('xdf3-all-features.synthetic.xml'), {
      codeLists: {
        'urn:xoev-de:example:codeliste:nutzungsart_2': [
          { value: 'G', label: 'Gastronomie' },
          { value: 'V', label: 'Verkauf' },
        ],
      },
    }));
    schema = definition.schema as Schema;
  });

  it('reads a default-namespace document and ignores foreign elements', () => {
    expect(definition.id).to.equal('S99000001');
    expect(definition.title).to.equal('Antrag auf Sondernutzungserlaubnis');
    // hilfetext keeps its paragraphs and folds the line breaks inside one.
    expect(definition.description).to.equal('Mit diesem Antrag beantragen Sie, einen Gehweg zu nutzen.\n\nPlanen Sie etwa 10 Minuten ein.');
    expect(Object.keys(schema['properties'] as object)).to.deep.equal(['F99000001', 'F99000003', 'G99000010', 'G99000020', 'G99000040', 'G99000050']);
  });

  it('maps every datentyp to a JSON type', () => {
    expect(at('/F99000001')).to.include({ type: 'string', maxLength: 20, pattern: '^(?:[A-Z]{2}-\\d{4})$' });
    expect(at('/G99000010/F99000011')).to.include({ type: 'string', format: 'date', formatMinimum: '1900-01-01', formatMaximum: '2024-12-31' });
    expect(at('/G99000020/F99000022')).to.include({ type: 'string', format: 'date-time' });
    expect(at('/G99000020/F99000023')).to.include({ type: 'string', format: 'time', formatMinimum: '06:00:00', formatMaximum: '22:00:00' });
    expect(at('/G99000020/F99000024')).to.include({ type: 'number', minimum: 0.5, maximum: 500 });
    expect(at('/G99000020/F99000025')).to.include({ type: 'integer', minimum: 0, maximum: 20, default: 2 });
    expect(at('/G99000020/F99000026')).to.include({ type: 'number', default: 25.5 });
    expect(at('/G99000020/F99000027')).to.include({ type: 'boolean', default: false });
    expect(at('/G99000020/F99000028')).to.include({ type: 'string', title: 'Aufschrift des Schildes' });
    expect(at('/G99000020/F99000029')).to.include({ type: 'object' });
    expect(codes(warnings, 'object-field')).to.deep.equal(['F99000029']);
    expect(at('/G99000020/F99000036')).to.include({ type: 'string' });
    expect(codes(warnings, 'unknown-datentyp')).to.deep.equal(['F99000036']);
    expect(codes(warnings, 'unknown-feldart')).to.deep.equal(['F99000036']);
  });

  it('makes file fields attachments, not data', () => {
    const nutzung = at('/G99000020')['properties'] as object;
    expect(nutzung).not.to.have.property('F99000034');
    expect(nutzung).not.to.have.property('F99000061');
    expect(definition.attachments.map((a) => a.id)).to.deep.equal(['F99000034', 'F99000061', 'F99000045']);
    expect(definition.attachments[0]).to.deep.equal({
      id: 'F99000034',
      label: 'Lageplan',
      help: 'Eine Skizze genügt.',
      required: true,
      accept: ['application/pdf', 'image/jpeg'],
      maxBytes: 5000000,
      maxFiles: 1,
    });
    expect(definition.attachments[1]).to.include({ required: false, maxFiles: 3 });
    expect(definition.attachments[2]).to.include({ required: false });
    expect(codes(warnings, 'attachment-in-repeatable-group')).to.deep.equal(['F99000045']);
    const byStep = Object.fromEntries(definition.ui.steps.map((s) => [s.id, s.attachments]));
    expect(byStep).to.deep.equal({ angaben: [], G99000010: [], G99000020: ['F99000034', 'F99000061'], G99000040: ['F99000045'], G99000050: [] });
  });

  it('shows label fields as text on their step, not as data', () => {
    expect(schema['properties']).not.to.have.property('F99000002');
    const steps = Object.fromEntries(definition.ui.steps.map((s) => [s.id, s]));
    expect(steps['angaben']!.description).to.equal('Ihre Angaben werden nur für dieses Verfahren verwendet.');
    expect(steps['G99000040']!.description).to.equal('Bitte nennen Sie nur Personen, die am Stand mitarbeiten.');
    expect(steps['G99000010']!.description).to.equal('Wir brauchen diese Angaben, um Sie zu erreichen.');
  });

  it('makes hidden and locked fields read-only with their inhalt as default', () => {
    expect(at('/F99000003')).to.include({ type: 'string', readOnly: true, default: 'SNE-2024', 'x-fim-feldart': 'hidden' });
    expect(codes(warnings, 'hidden-field-shown')).to.deep.equal(['F99000003']);
    expect(at('/G99000020/F99000026')).to.include({ readOnly: true });
    expect(at('/G99000020/F99000026')).not.to.have.property('x-fim-feldart');
  });

  it('gives selects labelled choices from inline values or a supplied code list, and says when it cannot', () => {
    expect(at('/G99000010/F99000012')['oneOf']).to.deep.equal([
      { const: 'm', title: 'männlich' },
      { const: 'w', title: 'weiblich' },
      { const: 'd', title: 'divers', description: 'Eintrag nach § 22 Abs. 3 PStG' },
    ]);
    expect(at('/G99000020/F99000021')['oneOf']).to.deep.equal([
      { const: 'G', title: 'Gastronomie' },
      { const: 'V', title: 'Verkauf' },
    ]);
    expect(at('/G99000020/F99000030')).not.to.have.property('oneOf');
    expect(at('/G99000020/F99000030')).not.to.have.property('enum');
    expect(codes(warnings, 'code-list-missing')).to.deep.equal(['F99000030']);
    expect(at('/G99000020/F99000031')['enum']).to.deep.equal(['SEPA', 'UEB']);
    expect(codes(warnings, 'code-list-without-labels')).to.deep.equal(['F99000031']);
  });

  it('marks required elements by multiplicity, reading a broken anzahl as optional', () => {
    expect(schema['required']).to.deep.equal(['F99000003', 'G99000010', 'G99000020', 'G99000050']);
    expect(at('/G99000010')['required']).to.deep.equal(['F60000000228', 'F60000000227', 'F99000011', 'G60000000086', 'G99000013']);
    expect(at('/G99000010/G60000000086')['required']).to.deep.equal(['F60000000243', 'F60000000246', 'F60000000247']);
    expect(at('/G99000020')['required']).not.to.include('F99000035');
    expect(codes(warnings, 'invalid-multiplicity')).to.deep.equal(['F99000035']);
  });

  it('turns repeatable groups into arrays with their bounds, nested too', () => {
    expect(at('/G99000040')).to.include({ type: 'array', title: 'Weitere Personen am Stand', maxItems: 5 });
    expect(at('/G99000040')).not.to.have.property('minItems');
    expect(at('/G99000040/*')['required']).to.deep.equal(['F99000041', 'F99000042', 'G99000043']);
    expect(at('/G99000040/*/G99000043')).to.include({ type: 'array', minItems: 1 });
    expect(at('/G99000040/*/G99000043')).not.to.have.property('maxItems');
    expect(at('/G99000040/*/G99000043/*/F99000044')).to.include({ type: 'string', title: 'Telefonnummer' });
    expect(definition.ui.fields['/G99000040']).to.deep.equal({ label: 'Weitere Personen am Stand', widget: 'repeatable' });
    expect(definition.ui.fields['/G99000040/*/G99000043']).to.deep.equal({ label: 'Telefonnummern', widget: 'repeatable' });
    expect(definition.ui.fields['/G99000040/*/G99000043/*/F99000044']).to.deep.equal({ label: 'Telefonnummer' });
  });

  it('makes one step per top-level group and puts the loose fields first', () => {
    const steps = definition.ui.steps;
    expect(steps.map((s) => [s.id, s.title])).to.deep.equal([
      ['angaben', 'Antrag auf Sondernutzungserlaubnis'],
      ['G99000010', 'Angaben zu Ihrer Person'],
      ['G99000020', 'Angaben zur Nutzung'],
      ['G99000040', 'Weitere Personen am Stand'],
      ['G99000050', 'Wie zahlen Sie?'],
    ]);
    expect(steps[0]!.fields).to.deep.equal(['/F99000001', '/F99000003']);
    expect(steps[1]!.fields).to.deep.equal([
      '/G99000010/F60000000228',
      '/G99000010/F60000000227',
      '/G99000010/F99000011',
      '/G99000010/F99000012',
      '/G99000010/G60000000086',
      '/G99000010/G99000013',
    ]);
    expect(steps[3]!.fields).to.deep.equal(['/G99000040']);
  });

  it('adds prefill where vorbefuellung asks for it, and autocomplete for Baukasten fields (also with v3 ids)', () => {
    const hints = definition.ui.fields;
    expect(hints['/G99000010/F60000000228']).to.deep.equal({ label: 'Vorname', autocomplete: 'given-name', prefill: 'givenName' });
    expect(hints['/G99000010/F60000000227']).to.deep.equal({ label: 'Familienname', autocomplete: 'family-name', prefill: 'familyName' });
    expect(hints['/G99000010/F99000011']).to.deep.equal({ label: 'Geburtsdatum', prefill: 'F99000011' });
    expect(hints['/G99000010/G60000000086/F60000000243']).to.deep.equal({ label: 'Straße' });
    expect(hints['/G99000010/G60000000086/F60000000246']).to.deep.equal({ label: 'Postleitzahl', widget: 'postcode', autocomplete: 'postal-code' });
    expect(hints['/G99000010/G99000013/F60000000242']).to.deep.equal({ label: 'E-Mail-Adresse', widget: 'email', autocomplete: 'email' });
    expect(hints['/F99000001']).to.deep.equal({ label: 'Aktenzeichen (falls vorhanden)', help: 'Zum Beispiel AB-1234.' });
  });

  it('translates MindestEineAngabe on a group into "at least one filled"', () => {
    const rule = definition.ui.rules.find((r) => r.id === 'R99000001')!;
    expect(rule.fields).to.deep.equal(['/G99000010/G99000013/F60000000240', '/G99000010/G99000013/F60000000242']);
    expect(holds(rule.require, { G99000010: { G99000013: {} } })).to.equal(false);
    expect(holds(rule.require, { G99000010: { G99000013: { F60000000242: 'a@b.de' } } })).to.equal(true);
    expect(rule.message).to.deep.equal({
      de: 'Bitte füllen Sie mindestens eines dieser Felder aus: Telefon, E-Mail-Adresse.',
      en: 'Please fill in at least one of these fields: Telefon, E-Mail-Adresse.',
    });
  });

  it('translates "Wenn … dann anzuzeigen" into visibleIf and "Wenn … muss … angegeben werden" into a conditional rule', () => {
    expect(definition.ui.fields['/G99000020/G99000032']!.visibleIf).to.deep.equal({ field: '/G99000020/F99000027', equals: true });
    const rule = definition.ui.rules.find((r) => r.id === 'R99000003')!;
    // The rule text names the choice by its label; the condition compares the code.
    expect(rule.when).to.deep.equal({ field: '/G99000020/F99000021', equals: 'G' });
    expect(rule.require).to.deep.equal({ field: '/G99000020/F99000025', filled: true });
    expect(rule.fields).to.deep.equal(['/G99000020/F99000025']);
  });

  it('turns an Auswahlgruppe into "exactly one of" with no child required on its own', () => {
    expect(at('/G99000050')).not.to.have.property('required');
    const rule = definition.ui.rules.find((r) => r.id === 'G99000050-auswahl')!;
    expect(rule.when).to.equal(undefined);
    const data = (a?: string, b?: string) => ({ G99000050: { ...(a ? { F99000051: a } : {}), ...(b ? { F99000052: b } : {}) } });
    expect(holds(rule.require, data('DE02120300000000202051'))).to.equal(true);
    expect(holds(rule.require, data(undefined, 'K-1'))).to.equal(true);
    expect(holds(rule.require, data('DE02120300000000202051', 'K-1'))).to.equal(false);
    expect(holds(rule.require, data())).to.equal(false);
  });

  it('keeps rules it cannot translate as warnings with name, text and script', () => {
    const rules = warnings.filter((w) => w.code === 'rule-not-translated');
    expect(rules.map((w) => w.element)).to.deep.equal(['R99000006', 'R99000005', 'R99000004']);
    expect(rules[0]!.message).to.contain('F99999999');
    expect(rules[1]!.rule).to.deep.equal({
      id: 'R99000005',
      name: 'Gebührenberechnung',
      text: 'Die Gebühr ergibt sich aus der Fläche.',
      script: 'return F99000024 * 5;',
    });
    expect(rules[1]!.message).to.contain('calculation');
    expect(rules[2]!.rule!.text).to.equal('Die IBAN muss zu einer deutschen Bank gehören.');
    expect(rules[2]!.pointer).to.equal('/G99000050');
  });

  it('reports nothing beyond what the fixture plants', () => {
    expect(warnings.map((w) => w.code).sort()).to.deep.equal(
      [
        'attachment-in-repeatable-group',
        'code-list-missing',
        'code-list-without-labels',
        'hidden-field-shown',
        'invalid-multiplicity',
        'object-field',
        'praezisierung-not-applicable', // maxLength on a date
        'praezisierung-not-applicable', // maxLength on a number
        'rule-not-translated',
        'rule-not-translated',
        'rule-not-translated',
        'unknown-datentyp',
        'unknown-feldart',
      ].sort(),
    );
  });
});

describe('XDatenfelder import: the FIM data example s17000717 fits the imported schema', () => {
  let definition: FormDefinition;
  let warnings: ImportWarning[];
  let data: Record<string, unknown>;

  before(async () => {
    ({ definition, warnings } = importXDatenfelderWithReport(await fixture('xdf2-s17000717-structure.synthetic.xml'), {
      codeLists: { 'urn:de:example:fischart_3': [{ value: '01', label: 'Hering' }, { value: '02', label: 'Dorsch' }] },
    }));
    data = fachdaten as Record<string, unknown>;
  });

  it('names the schema as FIT-Connect does', () => {
    expect(definition.schemaUri).to.equal('https://schema.fitko.de/fim/s17000717_1.0.schema.json');
  });

  it('accepts the reconstructed data: same keys, objects, arrays and value types', () => {
    expect(check(data, definition.schema as Schema)).to.deep.equal([]);
  });

  it('the check is not vacuous: wrong shapes and unknown keys fail', () => {
    const schema = definition.schema as Schema;
    expect(check({ ...data, G17003640: (data['G17003640'] as unknown[])[0] }, schema)).to.deep.equal(['/G17003640: object is not array']);
    expect(check({ ...data, F99999999: 1 }, schema)).to.deep.equal(['/F99999999: not in the schema']);
    const { G17006191: _omitted, ...withoutPeriod } = data;
    expect(check(withoutPeriod, schema)).to.deep.equal(['/G17006191: missing']);
    const wrongCode = JSON.parse(JSON.stringify(data).replace('"F17005653":"01"', '"F17005653":"99"')) as unknown;
    expect(check(wrongCode, schema)).to.deep.equal(['/G17003640/0/G17003643/0/G17003644/0/F17005653: not one of the codes']);
  });

  it('reads v2 praezisierung as strict JSON, with single quotes and without braces; reports unreadable text', () => {
    const schema = definition.schema as Schema;
    expect(schemaAt(schema, '/G17003637/F17005427')).to.include({ maxLength: 36 });
    expect(schemaAt(schema, '/G17003637/G60000086/F60000246')).to.include({
      minLength: 5,
      maxLength: 5,
      pattern: '^(?:([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3})$',
    });
    expect(schemaAt(schema, '/G17006191/F17005648')).to.include({ type: 'integer', minimum: 2000, maximum: 2100 });
    expect(schemaAt(schema, '/G17003640/*/G17003643/*/F17005054')).to.include({ type: 'number' });
    expect(warnings.map((w) => [w.code, w.element])).to.deep.equal([['praezisierung-unreadable', 'F60000321']]);
  });

  it('translates the v2 MindestEineAngabe rule and puts repeatable groups on their steps', () => {
    expect(definition.ui.rules.map((r) => r.id)).to.deep.equal(['R99000010']);
    expect(definition.ui.rules[0]!.fields).to.have.length(4);
    const steps = definition.ui.steps;
    expect(steps.map((s) => s.id)).to.deep.equal(['G17003637', 'G17006191', 'G17003640']);
    expect(steps[2]).to.deep.include({ fields: ['/G17003640'], description: 'Ein Eintrag je Fanggebiet.' });
    expect(definition.ui.fields['/G17003640/*/G17003643/*/G17003644']).to.include({ widget: 'repeatable' });
  });
});
