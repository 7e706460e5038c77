/** German by default, English complete as a lazy pack, and a live switch with `lang`. */
import { expect, waitUntil } from '@open-wc/testing';
import type { OzgDateField, OzgFileField, OzgRepeatableGroup, OzgTextField } from '../../src/fields/index.js';
import { accessibleName, formFixture, inner, shownError } from './helpers.js';

const ALL_FIELDS = `
  <ozg-text-field name="name" label="Name" required show-errors></ozg-text-field>
  <ozg-text-field name="nick" label="Nickname"></ozg-text-field>
  <ozg-date-field name="birth" label="Date of birth"></ozg-date-field>
  <ozg-yes-no-field name="married" label="Married?"></ozg-yes-no-field>
  <ozg-select-field name="country" label="Country"><option value="DE">Germany</option></ozg-select-field>
  <ozg-address-group name="address" label="Address"></ozg-address-group>
  <ozg-textarea-field name="why" label="Why" maxlength="10"></ozg-textarea-field>
  <ozg-file-field name="proof" label="Proof"></ozg-file-field>
  <ozg-repeatable-group label="Children"><template><ozg-text-field name="c.{i}" label="Name"></ozg-text-field></template></ozg-repeatable-group>
  <ozg-checkbox-group name="pets" label="Pets" show-errors min-items="2"><option value="a">Dog</option></ozg-checkbox-group>`;

function texts(form: HTMLFormElement) {
  const q = <T extends Element>(tag: string) => form.querySelector(tag) as T & Element;
  const date = q<OzgDateField>('ozg-date-field');
  return {
    required: shownError(q<OzgTextField>('ozg-text-field')),
    optional: accessibleName(inner(form.querySelectorAll('ozg-text-field')[1]!, '#control')),
    dateParts: [...date.shadowRoot!.querySelectorAll('input')].map((input) => accessibleName(input)),
    yesNo: [...q('ozg-yes-no-field').shadowRoot!.querySelectorAll('input')].map((input) => accessibleName(input)),
    placeholder: inner<HTMLSelectElement>(q('ozg-select-field'), 'select').options[0]!.text,
    address: [...q('ozg-address-group').shadowRoot!.querySelectorAll('input')].map((input) => accessibleName(input)),
    count: inner(q('ozg-textarea-field'), '#count').textContent!.trim(),
    file: inner(q<OzgFileField>('ozg-file-field'), '[part="button"]').textContent!.trim(),
    add: inner(q<OzgRepeatableGroup>('ozg-repeatable-group'), '[part="add"]').textContent!.trim(),
    item: inner(q<OzgRepeatableGroup>('ozg-repeatable-group'), '.item-title').textContent!.trim(),
    count2: shownError(q('ozg-checkbox-group')),
  };
}

describe('field texts', () => {
  it('are German by default', async () => {
    const form = await formFixture(`<form lang="de">${ALL_FIELDS}</form>`);
    expect(texts(form)).to.deep.equal({
      required: 'Fehler: Bitte füllen Sie dieses Feld aus.',
      optional: 'Nickname (optional)',
      dateParts: ['Tag', 'Monat', 'Jahr'],
      yesNo: ['Ja', 'Nein'],
      placeholder: 'Bitte auswählen',
      address: ['Straße', 'Hausnummer', 'Adresszusatz (optional)', 'Postleitzahl', 'Ort'],
      count: 'Noch 10 Zeichen',
      file: 'Datei auswählen',
      add: 'Weitere hinzufügen',
      item: 'Eintrag 1',
      count2: 'Fehler: Bitte machen Sie mindestens 2 Angaben.',
    });
  });

  it('are English on an English page, once the lazy pack arrived', async () => {
    const form = await formFixture(`<form lang="en">${ALL_FIELDS}</form>`);
    const name = form.querySelector<OzgTextField>('ozg-text-field')!;
    await waitUntil(() => texts(form).dateParts[0] === 'Day' && name.validationMessage === 'Please fill in this field.', 'English texts did not arrive');
    await name.updateComplete;
    expect(texts(form)).to.deep.equal({
      required: 'Error: Please fill in this field.',
      optional: 'Nickname (optional)',
      dateParts: ['Day', 'Month', 'Year'],
      yesNo: ['Yes', 'No'],
      placeholder: 'Please choose',
      address: ['Street', 'House number', 'Address line 2 (optional)', 'Postcode', 'Town or city'],
      count: 'You have 10 characters remaining',
      file: 'Choose file',
      add: 'Add another',
      item: 'Entry 1',
      count2: 'Error: Please give at least 2 entries.',
    });
  });

  it('follow a change of lang at run time', async () => {
    const form = await formFixture(`<form lang="de"><ozg-date-field name="d" label="Datum" required show-errors></ozg-date-field></form>`);
    const date = form.querySelector<OzgDateField>('ozg-date-field')!;
    expect(date.validationMessage).to.equal('Bitte füllen Sie dieses Feld aus.');
    form.lang = 'en';
    await waitUntil(() => accessibleName(inner(date, '#day')) === 'Day', 'the field did not switch to English');
    await waitUntil(() => date.validationMessage === 'Please fill in this field.', 'the validity message did not switch to English');
    form.lang = 'de';
    await waitUntil(() => accessibleName(inner(date, '#day')) === 'Tag', 'the field did not switch back to German');
  });
});
