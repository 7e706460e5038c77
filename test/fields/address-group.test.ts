/** `<ozg-address-group>`: parts, value object, form entries, which parts are required, autofill tokens. */
import { expect } from '@open-wc/testing';
import type { OzgAddressGroup } from '../../src/fields/index.js';
import { accessibleName, entries, inner, plainForm } from './helpers.js';

async function address(attributes: string) {
  const form = await plainForm(`<ozg-address-group name="anschrift" label="Anschrift" ${attributes}></ozg-address-group>`);
  return { form, el: form.querySelector<OzgAddressGroup>('ozg-address-group')! };
}

describe('<ozg-address-group>', () => {
  it('labels each part and gives postcode, town and addition their autofill tokens', async () => {
    const { el } = await address('');
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((input) => accessibleName(input))).to.deep.equal(['Straße', 'Hausnummer', 'Adresszusatz (optional)', 'Postleitzahl', 'Ort']);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal([null, null, 'address-line2', 'postal-code', 'address-level2']);
    expect(inner<HTMLInputElement>(el, '#postalCode').inputMode).to.equal('numeric');
    expect(accessibleName(inner(el, 'fieldset'))).to.equal('Anschrift (optional)');
  });

  it('puts a section such as "shipping" before the tokens, and none with autocomplete=off', async () => {
    const { el } = await address('autocomplete="shipping"');
    expect(inner(el, '#postalCode').getAttribute('autocomplete')).to.equal('shipping postal-code');
    el.autocomplete = 'off';
    await el.updateComplete;
    expect(inner(el, '#postalCode').hasAttribute('autocomplete')).to.equal(false);
  });

  it('has a value object and sends name.part entries', async () => {
    const { form, el } = await address('');
    el.value = { street: 'Marktplatz', houseNumber: '1', postalCode: '76133', city: 'Karlsruhe' };
    await el.updateComplete;
    expect(el.value).to.deep.equal({ street: 'Marktplatz', houseNumber: '1', postalCode: '76133', city: 'Karlsruhe', addition: '' });
    expect(inner<HTMLInputElement>(el, '#city').value).to.equal('Karlsruhe');
    expect(new FormData(form).get('anschrift.postalCode')).to.equal('76133');
    expect(entries(form).map(([name]) => name)).to.deep.equal([
      'anschrift.street',
      'anschrift.houseNumber',
      'anschrift.addition',
      'anschrift.postalCode',
      'anschrift.city',
    ]);
  });

  it('requires street, postcode and town when required; house number and addition stay optional', async () => {
    const { el } = await address('required');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Straße: Bitte füllen Sie dieses Feld aus.');
    el.value = { street: 'Marktplatz', postalCode: '76133', city: 'Karlsruhe' };
    expect(el.validity.valid).to.equal(true);
    const required = [...el.shadowRoot!.querySelectorAll('input[aria-required="true"]')].map((input) => input.id);
    expect(required).to.deep.equal(['street', 'postalCode', 'city']);
  });

  it('is valid empty when optional, but a started address must be complete', async () => {
    const { el } = await address('');
    expect(el.validity.valid).to.equal(true);
    el.value = { city: 'Karlsruhe' };
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Straße: Bitte füllen Sie dieses Feld aus.');
  });

  it('checks the postcode and focuses the part with the problem on reportValidity()', async () => {
    const { el } = await address('');
    el.value = { street: 'Marktplatz', postalCode: '7613', city: 'Karlsruhe' };
    expect(el.validationMessage).to.equal('Postleitzahl: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('postalCode');
    expect(inner(el, '#postalCode').getAttribute('aria-describedby')).to.equal('postalCode-error');
  });

  it('shows a message from outside for the whole address', async () => {
    const { el } = await address('value=\'{"street":"Marktplatz","postalCode":"76133","city":"Karlsruhe"}\'');
    el.error = 'Diese Anschrift liegt nicht in Musterstadt.';
    await el.updateComplete;
    expect(inner(el, '#error').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fehler: Diese Anschrift liegt nicht in Musterstadt.');
    expect(inner(el, 'fieldset').getAttribute('aria-describedby')).to.equal('error');
    expect(el.validity.customError).to.equal(true);
  });

  it('restores a saved state (back/forward cache, autofill)', async () => {
    const { form, el } = await address('');
    el.formStateRestoreCallback(JSON.stringify({ street: 'Am Bach', postalCode: '10115', city: 'Berlin' }));
    await el.updateComplete;
    expect(new FormData(form).get('anschrift.street')).to.equal('Am Bach');
    expect(inner<HTMLInputElement>(el, '#street').value).to.equal('Am Bach');
  });
});
