/**
 * The demo's form definitions (demo/data/forms/) are what the connectors
 * serve: each must be a valid FormDefinition, belong to a service of the demo
 * catalog, and address only fields its schema has.
 */
import { expect } from '@open-wc/testing';
import { CatalogFile } from '../../connectors/static-json/index.js';
import { catalog } from '../../demo/data/catalog.js';
import { demoFormFor, demoForms } from '../../demo/data/forms/index.js';
import { checkServiceRules } from '../../demo/mocks/demo-form-checks.js';
import { checkFormData } from '../../demo/mocks/form-data-check.js';
import { FormDefinition, type Condition } from '../../src/index.js';
import { bewohnerparkData, hundData, sperrmuellData } from './submission-samples.js';

const services = CatalogFile.parse(catalog).services;

type Node = { type?: string; properties?: Record<string, Node>; items?: Node; oneOf?: { const: unknown }[]; const?: unknown };

/** The schema node a pointer addresses; `*` steps into the items of an array. */
function nodeAt(schema: Node, pointer: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const token of pointer.split('/').slice(1)) {
    node = token === '*' ? node?.items : node?.properties?.[token];
    if (!node) return undefined;
  }
  return node;
}

function conditionsOf(condition: Condition | undefined): { field: string; values: unknown[] }[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionsOf);
  if ('any' in condition) return condition.any.flatMap(conditionsOf);
  if ('not' in condition) return conditionsOf(condition.not);
  return [{ field: condition.field, values: [condition.equals, condition.notEquals, ...(condition.oneOf ?? [])].filter((v) => v !== undefined) }];
}

function allKeys(node: Node): string[] {
  return [...Object.entries(node.properties ?? {}).flatMap(([key, child]) => [key, ...allKeys(child)]), ...(node.items ? allKeys(node.items) : [])];
}

const samples: Record<string, () => Record<string, unknown>> = {
  'hund-anmelden': hundData,
  'sperrmuell-anmelden': sperrmuellData,
  'bewohnerparkausweis-beantragen': bewohnerparkData,
};

describe('demo form definitions', () => {
  it('has the three demo forms, one per service', () => {
    expect(demoForms.map((f) => f.serviceId)).to.deep.equal(['hund-anmelden', 'sperrmuell-anmelden', 'bewohnerparkausweis-beantragen']);
    expect(demoFormFor('wohnsitz-anmelden')).to.equal(undefined);
  });

  for (const input of demoForms) {
    describe(`${input.serviceId}`, () => {
      const form = FormDefinition.parse(input);
      const schema = form.schema as Node;

      it('is a valid FormDefinition of a service that is online in the demo catalog', () => {
        const service = services.find((s) => s.id === form.serviceId);
        expect(service, `service ${form.serviceId}`).to.not.equal(undefined);
        expect(service!.online).to.equal(true);
        if (form.leikaKey) expect(service!.leikaKeys).to.include(form.leikaKey);
      });

      it('names its schema in FIM style and keys its data by FIM ids', () => {
        expect(form.id).to.match(/^S\d{8}$/);
        expect(form.schemaUri).to.equal(form.schema.$id);
        expect(form.schemaUri).to.contain(`${form.id}_${form.version}.schema.json`);
        expect(allKeys(schema).filter((key) => !/^[GF]\d{8}$/.test(key))).to.deep.equal([]);
      });

      it('addresses only fields its schema has', () => {
        const pointers = [
          ...Object.keys(form.ui.fields),
          ...form.ui.steps.flatMap((s) => s.fields),
          ...form.ui.rules.flatMap((r) => r.fields),
        ];
        expect(pointers.filter((p) => nodeAt(schema, p) === undefined)).to.deep.equal([]);
      });

      it('compares conditions only with values the field can have', () => {
        const conditions = [
          ...Object.values(form.ui.fields).flatMap((hint) => conditionsOf(hint.visibleIf)),
          ...form.ui.steps.flatMap((s) => conditionsOf(s.visibleIf)),
          ...form.ui.rules.flatMap((r) => [...conditionsOf(r.when), ...conditionsOf(r.require)]),
          ...form.attachments.flatMap((a) => conditionsOf(a.visibleIf)),
        ];
        // The short Sperrmüll form has no conditional parts; the others several.
        if (form.serviceId !== 'sperrmuell-anmelden') expect(conditions.length).to.be.greaterThan(2);
        for (const { field, values } of conditions) {
          const node = nodeAt(schema, field);
          expect(node, field).to.not.equal(undefined);
          for (const value of values) {
            if (node!.oneOf) expect(node!.oneOf.map((o) => o.const), `${field} = ${String(value)}`).to.include(value);
            else if (node!.type === 'boolean') expect(value, field).to.be.a('boolean');
          }
        }
      });

      it('puts every top-level group and every attachment on a step', () => {
        const onSteps = new Set(form.ui.steps.flatMap((s) => s.fields));
        expect(Object.keys(schema.properties ?? {}).filter((key) => !onSteps.has(`/${key}`))).to.deep.equal([]);
        const placed = form.ui.steps.flatMap((s) => s.attachments);
        expect([...placed].sort()).to.deep.equal(form.attachments.map((a) => a.id).sort());
        expect(new Set(form.ui.steps.map((s) => s.id)).size).to.equal(form.ui.steps.length);
      });

      it('accepts the sample application and refuses an empty one', () => {
        const data = samples[form.serviceId!]!();
        const attachments = form.attachments.filter((a) => a.required && !a.visibleIf).map((a) => ({ specId: a.id }));
        attachments.push(...form.attachments.filter((a) => a.id === 'nachweis-tierheim').map((a) => ({ specId: a.id })));
        expect(checkFormData(form, data, attachments, 'de')).to.deep.equal([]);
        expect(checkServiceRules(form.serviceId!, data, 'de', new Date().toISOString().slice(0, 10))).to.deep.equal([]);
        const empty = checkFormData(form, {}, [], 'de').map((p) => p.name);
        expect(empty).to.include.members(Object.keys(schema.properties ?? {}).map((key) => `/${key}`));
      });
    });
  }

  it('hund-anmelden: 5 steps, prefill for name, address and e-mail, a Tierheim certificate of at most 5 MB as PDF or JPG', () => {
    const form = FormDefinition.parse(demoFormFor('hund-anmelden'));
    expect(form.ui.steps.length).to.equal(5);
    const prefilled = Object.values(form.ui.fields).map((hint) => hint.prefill).filter(Boolean);
    expect(prefilled).to.include.members(['givenName', 'familyName', 'street', 'houseNumber', 'postalCode', 'city', 'email']);
    const certificate = form.attachments.find((a) => a.id === 'nachweis-tierheim')!;
    expect([certificate.maxBytes, certificate.accept, certificate.required]).to.deep.equal([5 * 1024 * 1024, ['application/pdf', 'image/jpeg'], true]);
    expect(certificate.visibleIf).to.deep.equal({ field: '/G99000102/F99000207', equals: '01' });
    expect(form.ui.fields['/G99000102/F99000208']?.visibleIf).to.deep.equal({ field: '/G99000102/F99000207', equals: '01' });
  });

  it('sperrmuell-anmelden is short: 2 steps', () => {
    expect(FormDefinition.parse(demoFormFor('sperrmuell-anmelden')).ui.steps.length).to.equal(2);
  });
});
