import { expect } from '@open-wc/testing';
import { holds } from '../../src/forms/conditions.js';
import { DraftStore } from '../../src/forms/draft-store.js';
import { formIssues, stepIssues, submissionData, visibleFields } from '../../src/forms/form-data.js';
import { compileForm } from '../../src/forms/form-model.js';
import { compactIban, formatIban, isValidIban } from '../../src/forms/iban.js';
import { concrete, getAt, removeAt, schemaPointerOf, setAt } from '../../src/forms/pointer.js';
import { isRealDate, parseLocaleNumber, validateFiles, validateText } from '../../src/forms/validation.js';
import { validationMessage } from '../../src/forms/validation-messages.js';
import { sampleDefinition } from './sample-definition.js';

describe('form engine', () => {
  describe('pointers', () => {
    it('reads, writes and removes without touching the original', () => {
      const data = { G1: { F1: 'a' } };
      const next = setAt(data, '/G2/0/F3', 'x');
      expect(next).to.deep.equal({ G1: { F1: 'a' }, G2: [{ F3: 'x' }] });
      expect(data).to.deep.equal({ G1: { F1: 'a' } });
      expect(next.G1).to.equal(data.G1);
      expect(getAt(next, '/G2/0/F3')).to.equal('x');
      expect(removeAt({ L: [1, 2, 3] }, '/L/1')).to.deep.equal({ L: [1, 3] });
      expect(removeAt({ A: 1, B: 2 }, '/A')).to.deep.equal({ B: 2 });
      expect(concrete('/G/*/F/*/H', [2, 5])).to.equal('/G/2/F/5/H');
      expect(schemaPointerOf('/G/2/F')).to.equal('/G/*/F');
    });
  });

  describe('conditions', () => {
    const data = { A: 'tierheim', B: 'true', C: ['x', 'y'], L: [{ N: 'Bello' }, { N: '' }] };
    it('compares as a form sees values', () => {
      expect(holds({ field: '/A', equals: 'tierheim' }, data)).to.equal(true);
      expect(holds({ field: '/B', equals: true }, data)).to.equal(true);
      expect(holds({ field: '/C', equals: 'y' }, data)).to.equal(true);
      expect(holds({ field: '/A', oneOf: ['zucht', 'privat'] }, data)).to.equal(false);
      expect(holds({ all: [{ field: '/A', filled: true }, { not: { field: '/Z', filled: true } }] }, data)).to.equal(true);
      expect(holds({ any: [{ field: '/Z', filled: true }, { field: '/A', notEquals: 'tierheim' }] }, data)).to.equal(false);
    });
    it('resolves * to the current item', () => {
      expect(holds({ field: '/L/*/N', filled: true }, data, [0])).to.equal(true);
      expect(holds({ field: '/L/*/N', filled: true }, data, [1])).to.equal(false);
    });
  });

  describe('compiling a definition', () => {
    const model = compileForm(sampleDefinition);

    it('builds steps with groups, kinds, labels and constraints from the schema and hints', () => {
      expect(model.steps.map((s) => s.id)).to.deep.equal(['person', 'hund', 'abschluss']);
      const kinds = (pointer: string) => model.nodes.get(pointer)?.kind;
      expect(kinds('/G60000001')).to.equal('group');
      expect(kinds('/G60000001/G60000086')).to.equal('address');
      expect(kinds('/G60000001/G60000086/F60000246')).to.equal('postcode');
      expect(kinds('/G60000001/F60000242')).to.equal('email');
      expect(kinds('/G10000001/F10000002')).to.equal('date');
      expect(kinds('/G10000001/F10000003')).to.equal('radio');
      expect(kinds('/G10000001/F10000004')).to.equal('yes-no');
      expect(kinds('/G10000001/F10000005')).to.equal('number');
      expect(kinds('/G10000001/F10000006')).to.equal('checkboxes');
      expect(kinds('/G10000002')).to.equal('repeatable');
      expect(kinds('/F10000099')).to.equal('checkbox');
      const vorname = model.nodes.get('/G60000001/F60000228')!;
      expect(vorname).to.deep.include({ label: 'Vorname', required: true, prefill: 'givenName', autocomplete: 'given-name' });
      expect(vorname.constraints).to.deep.include({ minLength: 1, maxLength: 50 });
      expect(model.nodes.get('/G10000001/F10000003')!.options!.map((o) => o.label)).to.deep.equal(['Züchterin oder Züchter', 'Tierheim', 'Privat']);
      expect(model.nodes.get('/G60000001/G60000086/F60000243')!.required).to.equal(true);
      expect(model.nodes.get('/G60000001/G60000086/F60000244')!.required).to.equal(false);
    });

    it('puts fields no step names on the last step, and attachments on theirs', () => {
      expect(model.steps[2]!.fields.map((f) => f.pointer)).to.deep.equal(['/F10000099']);
      expect(model.steps[1]!.attachments.map((a) => a.id)).to.deep.equal(['nachweis']);
    });

    it('makes steps from top-level groups when the definition has none', () => {
      const plain = compileForm({ ...sampleDefinition, ui: { steps: [], fields: {}, rules: [] } });
      expect(plain.steps.map((s) => s.title)).to.deep.equal(['Hund anmelden', 'Halterin oder Halter', 'Angaben zum Hund', 'Weitere Hunde']);
    });
  });

  describe('visibility, validation and submission data', () => {
    const model = compileForm(sampleDefinition);
    const hundStep = model.steps[1]!;

    it('shows conditional fields only while their condition holds', () => {
      const pointers = (data: Record<string, unknown>) => visibleFields(hundStep.fields, data).map((f) => f.pointer);
      expect(pointers({})).not.to.include('/G10000001/F10000004');
      expect(pointers({ G10000001: { F10000003: 'tierheim' } })).to.include('/G10000001/F10000004');
      const twoDogs = { G10000002: [{ F10000010: 'Rex' }, {}] };
      expect(pointers(twoDogs)).to.include('/G10000002/0/F10000011');
      expect(pointers(twoDogs)).not.to.include('/G10000002/1/F10000011');
    });

    it('reports required, format and rule problems of visible fields only', () => {
      const issues = stepIssues(model, hundStep, { G10000001: { F10000005: '4', F10000001: 'Bello' } }, 'de');
      const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i.error]));
      expect(byPointer['/G10000001/F10000003']).to.deep.equal({ code: 'required' });
      expect(byPointer['/G10000001/F10000002']).to.deep.equal({ code: 'rule', message: 'Bitte geben Sie auch das Geburtsdatum an.' });
      expect(byPointer['/G10000002/0/F10000010']).to.deep.equal({ code: 'required' });
      expect(byPointer).not.to.have.property('/G10000001/F10000004');
      const english = stepIssues(model, hundStep, { G10000001: { F10000005: '4' } }, 'en');
      expect(english.find((i) => i.pointer === '/G10000001/F10000002')!.error.message).to.equal('Please also give the date of birth.');
      const tooOld = stepIssues(model, hundStep, { G10000001: { F10000005: '31' } }, 'de');
      expect(tooOld.find((i) => i.pointer === '/G10000001/F10000005')!.error).to.deep.equal({ code: 'tooBig', params: { max: 30 } });
    });

    it('collects issues of every visible step in order', () => {
      const steps = formIssues(model, {}, 'de').map((x) => x.step);
      expect(steps[0]).to.equal(0);
      expect(steps).to.include(1);
      expect(steps.at(-1)).to.equal(2);
    });

    it('sends visible data only, typed as the schema says, keyed like FIM data', () => {
      const data = {
        G60000001: { F60000228: ' Erika ', F60000227: 'Mustermann', F60000242: '', G60000086: { F60000243: 'Marktplatz', F60000246: '76990', F60000247: 'Musterstadt' } },
        G10000001: { F10000001: 'Bello', F10000003: 'zucht', F10000004: 'true', F10000005: '4', F10000006: ['gechippt'] },
        G10000002: [{ F10000010: 'Rex', F10000011: 'Dackel' }, { F10000010: '' }],
        F10000099: true,
      };
      expect(submissionData(model, data)).to.deep.equal({
        G60000001: { F60000228: 'Erika', F60000227: 'Mustermann', G60000086: { F60000243: 'Marktplatz', F60000246: '76990', F60000247: 'Musterstadt' } },
        G10000001: { F10000001: 'Bello', F10000003: 'zucht', F10000005: 4, F10000006: ['gechippt'] },
        G10000002: [{ F10000010: 'Rex', F10000011: 'Dackel' }],
        F10000099: true,
      });
    });
  });

  describe('value checks', () => {
    it('checks IBANs by country length and check digits', () => {
      expect(isValidIban('DE89 3704 0044 0532 0130 00')).to.equal(true);
      expect(isValidIban('DE89 3704 0044 0532 0130 01')).to.equal(false);
      expect(isValidIban('DE89 3704 0044 0532 0130')).to.equal(false);
      expect(isValidIban('AT61 1904 3002 3457 3201')).to.equal(true);
      expect(formatIban('de89370400440532013000')).to.equal('DE89 3704 0044 0532 0130 00');
      expect(compactIban(' de89 3704 ')).to.equal('DE893704');
    });

    it('reads numbers the German way and the English way', () => {
      expect(parseLocaleNumber('1.234,5')).to.equal(1234.5);
      expect(parseLocaleNumber('12,5')).to.equal(12.5);
      expect(parseLocaleNumber('12.5')).to.equal(12.5);
      expect(parseLocaleNumber('1.234')).to.equal(1234);
      expect(parseLocaleNumber('-3')).to.equal(-3);
      expect(parseLocaleNumber('12a')).to.equal(undefined);
      expect(parseLocaleNumber('1,2,3')).to.equal(undefined);
    });

    it('knows real dates', () => {
      expect(isRealDate('2024-02-29')).to.equal(true);
      expect(isRealDate('2025-02-29')).to.equal(false);
      expect(isRealDate('2025-04-31')).to.equal(false);
      expect(isRealDate('25-04-01')).to.equal(false);
    });

    it('checks text formats and files, with German and English messages', () => {
      expect(validateText('12345', { format: 'postcode' })).to.equal(undefined);
      expect(validateText('1234', { format: 'postcode' })).to.deep.equal({ code: 'postcode' });
      expect(validateText('a@b', { format: 'email' })).to.deep.equal({ code: 'email' });
      expect(validateText('07999 133-0', { format: 'phone' })).to.equal(undefined);
      expect(validateText('ab', { pattern: '[a-z]{3}' })).to.deep.equal({ code: 'pattern' });
      const big = new File([new Uint8Array(2048)], 'scan.pdf', { type: 'application/pdf' });
      const image = new File(['x'], 'foto.heic', { type: 'image/heic' });
      expect(validateFiles([big], { maxBytes: 1024 })).to.deep.equal({ code: 'fileTooBig', params: { name: 'scan.pdf', max: 1024 } });
      expect(validateFiles([image], { accept: ['application/pdf', 'image/jpeg'] })!.code).to.equal('fileType');
      expect(validateFiles([big, big], { maxFiles: 1 })!.code).to.equal('tooManyFiles');
      expect(validationMessage('de', { code: 'fileTooBig', params: { name: 'scan.pdf', max: 5 * 1024 * 1024 } })).to.equal(
        'Die Datei „scan.pdf“ ist zu groß. Erlaubt sind höchstens 5 MB.',
      );
      expect(validationMessage('de', { code: 'tooFewItems', params: { min: 1 } })).to.equal('Bitte machen Sie mindestens 1 Angabe.');
      expect(validationMessage('de', { code: 'required' }, 'choice')).to.equal('Bitte wählen Sie eine Antwort.');
    });
  });

  describe('drafts', () => {
    afterEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

    it('saves to sessionStorage by default and restores', () => {
      const store = new DraftStore('hund@1', 'session');
      store.save({ data: { A: 1 }, step: 2, idempotencyKey: 'k', files: [] });
      expect(Object.keys(sessionStorage)).to.deep.equal(['ozg-draft:hund@1']);
      expect(new DraftStore('hund@1', 'session').load()).to.deep.include({ data: { A: 1 }, step: 2, idempotencyKey: 'k' });
      store.clear();
      expect(store.load()).to.equal(undefined);
    });

    it('writes nothing when off, and forgets corrupt or expired drafts', () => {
      new DraftStore('x', 'off').save({ data: { A: 1 }, step: 0, idempotencyKey: 'k', files: [] });
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      localStorage.setItem('ozg-draft:y', '{broken');
      expect(new DraftStore('y', 'local').load()).to.equal(undefined);
      expect(localStorage.getItem('ozg-draft:y')).to.equal(null);
      localStorage.setItem('ozg-draft:z', JSON.stringify({ data: {}, step: 0, idempotencyKey: 'k', files: [], savedAt: '2020-01-01T00:00:00Z' }));
      expect(new DraftStore('z', 'local', 7).load()).to.equal(undefined);
    });
  });
});
