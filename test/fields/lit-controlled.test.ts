/**
 * Fields driven by a Lit template that writes the reported value back on
 * every `input` (as `<ozg-application-form>` does): the citizen's text stays
 * as typed, and a new value from the owner still arrives.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { OzgAddressGroup, OzgDateField, OzgIbanField, OzgNumberField } from '../../src/fields/index.js';
import { formFixture, inner, pressTab, settle, typeInto } from './helpers.js';

describe('fields in a Lit template that writes values back', () => {
  it('keep the typed text while the owner echoes the value, and take a new value from the owner', async () => {
    const model = { amount: '', date: '', iban: '', address: { street: '', houseNumber: '', postalCode: '', city: '', addition: '' } };
    const form = await formFixture('<form></form>');
    const draw = (): void => {
      render(
        html`<ozg-number-field
            name="amount"
            label="Betrag"
            .value=${model.amount}
            @input=${(event: Event) => ((model.amount = (event.target as OzgNumberField).value), draw())}
          ></ozg-number-field>
          <ozg-date-field name="date" label="Datum" .value=${model.date} @input=${(event: Event) => ((model.date = (event.target as OzgDateField).value), draw())}></ozg-date-field>
          <ozg-iban-field name="iban" label="IBAN" .value=${model.iban} @input=${(event: Event) => ((model.iban = (event.target as OzgIbanField).value), draw())}></ozg-iban-field>
          <ozg-address-group
            name="address"
            label="Anschrift"
            .value=${{ ...model.address }}
            @input=${(event: Event) => ((model.address = (event.target as OzgAddressGroup).value), draw())}
          ></ozg-address-group>`,
        form,
      );
    };
    draw();
    await settle(form);
    const [amount, date, iban, address] = [
      form.querySelector<OzgNumberField>('ozg-number-field')!,
      form.querySelector<OzgDateField>('ozg-date-field')!,
      form.querySelector<OzgIbanField>('ozg-iban-field')!,
      form.querySelector<OzgAddressGroup>('ozg-address-group')!,
    ];

    await typeInto(amount, '1.234,5');
    expect(inner<HTMLInputElement>(amount, '#control').value).to.equal('1.234,5');
    expect(model.amount).to.equal('1234.5');
    // Leaving the field re-renders it; the text must still be the citizen's.
    await pressTab(amount);
    expect(inner<HTMLInputElement>(amount, '#control').value).to.equal('1.234,5');

    await typeInto(date, '3');
    await pressTab(date);
    await sendKeys({ type: '1' });
    await date.updateComplete;
    expect(model.date).to.equal('');
    expect(date.parts).to.deep.equal({ day: '3', month: '1', year: '' });

    await typeInto(iban, 'de89 3704');
    expect(inner<HTMLInputElement>(iban, '#control').value).to.equal('de89 3704');
    expect(model.iban).to.equal('DE893704');

    await typeInto(address, 'Marktplatz');
    expect(model.address.street).to.equal('Marktplatz');
    expect(inner<HTMLInputElement>(address, '#street').value).to.equal('Marktplatz');

    model.amount = '42.5';
    model.date = '2024-02-29';
    draw();
    await settle(form);
    expect(inner<HTMLInputElement>(amount, '#control').value).to.equal('42,5');
    expect(date.parts).to.deep.equal({ day: '29', month: '2', year: '2024' });
    expect(date.value).to.equal('2024-02-29');
  });
});
