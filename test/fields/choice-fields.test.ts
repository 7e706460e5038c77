/**
 * Select, radio group, checkbox group and yes/no: options from the property
 * or from `<option>` children, hints, counts, read-only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { OzgCheckboxGroup, OzgRadioGroup, OzgSelectField, OzgYesNoField } from '../../src/fields/index.js';
import { accessibleDescription, accessibleName, entries, formFixture, inner, plainForm, shownError } from './helpers.js';

const OPTIONS = [
  { value: 'post', label: 'Per Post' },
  { value: 'mail', label: 'Per E-Mail', hint: 'Wir schreiben an die angegebene Adresse.' },
];

async function clickCenter(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

afterEach(() => resetMouse());

describe('<ozg-radio-group>', () => {
  it('takes options from the property, with hints linked to their radio', async () => {
    const form = await formFixture(html`<form><ozg-radio-group name="way" label="Zustellung" .options=${OPTIONS}></ozg-radio-group></form>`);
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    await el.updateComplete;
    const radios = [...el.shadowRoot!.querySelectorAll('input[type=radio]')];
    expect(radios.map((radio) => accessibleName(radio))).to.deep.equal(['Per Post', 'Per E-Mail']);
    expect(accessibleDescription(radios[1]!)).to.equal('Wir schreiben an die angegebene Adresse.');
    expect(inner(el, 'fieldset').getAttribute('role')).to.equal('radiogroup');
  });

  it('reads <option> children and follows changes to them', async () => {
    const form = await plainForm('<ozg-radio-group name="r" label="Farbe"><option value="red">Rot</option><option value="blue" selected>Blau</option></ozg-radio-group>');
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    expect(el.value).to.equal('blue');
    const option = document.createElement('option');
    option.value = 'green';
    option.textContent = 'Grün';
    el.append(option);
    const labels = () => [...el.shadowRoot!.querySelectorAll('label.option')].map((label) => label.textContent!.trim());
    await waitUntil(() => labels().length === 3, 'the new option was not shown');
    expect(labels()).to.deep.equal(['Rot', 'Blau', 'Grün']);
  });

  it('is chosen with a click anywhere on the row, and the row is at least 44 px high', async () => {
    const form = await formFixture(html`<form><ozg-radio-group name="way" label="Zustellung" .options=${OPTIONS}></ozg-radio-group></form>`);
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('label.option')];
    expect(rows.every((row) => row.getBoundingClientRect().height >= 44)).to.equal(true);
    await clickCenter(rows[1]!.querySelector('span')!);
    await el.updateComplete;
    expect(el.value).to.equal('mail');
    expect(entries(form)).to.deep.equal([['way', 'mail']]);
  });

  it('arrow keys move the choice, as native radios do', async () => {
    const form = await formFixture(html`<form><ozg-radio-group name="way" label="Zustellung" .options=${OPTIONS} value="post"></ozg-radio-group></form>`);
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('mail');
  });

  it('reports a value that is none of the options', async () => {
    const form = await formFixture(html`<form><ozg-radio-group name="way" label="Zustellung" .options=${OPTIONS}></ozg-radio-group></form>`);
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    el.value = 'fax';
    await el.updateComplete;
    expect(el.validity.badInput).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte wählen Sie einen der angebotenen Einträge.');
  });

  it('keeps its value when read-only', async () => {
    const form = await formFixture(html`<form><ozg-radio-group name="way" label="Zustellung" .options=${OPTIONS} value="post" readonly></ozg-radio-group></form>`);
    const el = form.querySelector<OzgRadioGroup>('ozg-radio-group')!;
    await el.updateComplete;
    await clickCenter(el.shadowRoot!.querySelectorAll('label.option')[1]!);
    await el.updateComplete;
    expect(el.value).to.equal('post');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="post"]')!.checked).to.equal(true);
    expect(entries(form)).to.deep.equal([['way', 'post']]);
  });
});

describe('<ozg-yes-no-field>', () => {
  it('offers Ja and Nein side by side with values true and false', async () => {
    const form = await plainForm('<ozg-yes-no-field name="married" label="Sind Sie verheiratet?" required></ozg-yes-no-field>');
    const el = form.querySelector<OzgYesNoField>('ozg-yes-no-field')!;
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => [accessibleName(radio), radio.value])).to.deep.equal([
      ['Ja', 'true'],
      ['Nein', 'false'],
    ]);
    expect(inner(el, '.options').classList.contains('inline')).to.equal(true);
    expect(el.value).to.equal('');
    await clickCenter(radios[1]!);
    await el.updateComplete;
    expect(el.value).to.equal('false');
    expect(entries(form)).to.deep.equal([['married', 'false']]);
  });
});

describe('<ozg-select-field>', () => {
  it('has an empty first entry, the options, and sends the chosen value', async () => {
    const form = await formFixture(html`<form><ozg-select-field name="way" label="Zustellung" .options=${OPTIONS}></ozg-select-field></form>`);
    const el = form.querySelector<OzgSelectField>('ozg-select-field')!;
    await el.updateComplete;
    const select = inner<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((option) => option.text)).to.deep.equal(['Bitte auswählen', 'Per Post', 'Per E-Mail']);
    expect(entries(form)).to.deep.equal([['way', '']]);
    el.value = 'mail';
    await el.updateComplete;
    expect(select.value).to.equal('mail');
    expect(entries(form)).to.deep.equal([['way', 'mail']]);
    el.placeholder = 'Wählen …';
    await el.updateComplete;
    expect(select.options[0]!.text).to.equal('Wählen …');
  });

  it('keeps its value when read-only', async () => {
    const form = await formFixture(html`<form><ozg-select-field name="way" label="Zustellung" .options=${OPTIONS} value="post" readonly></ozg-select-field></form>`);
    const el = form.querySelector<OzgSelectField>('ozg-select-field')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('post');
    expect(inner<HTMLSelectElement>(el, 'select').value).to.equal('post');
    expect(inner(el, 'select').getAttribute('aria-readonly')).to.equal('true');
  });
});

describe('<ozg-checkbox-group>', () => {
  const FOUR = ['Hund', 'Katze', 'Pferd', 'Vogel'].map((label) => ({ value: label.toLowerCase(), label }));

  it('sends one entry per ticked box, in the order of the options', async () => {
    const form = await formFixture(html`<form><ozg-checkbox-group name="pets" label="Tiere" .options=${FOUR}></ozg-checkbox-group></form>`);
    const el = form.querySelector<OzgCheckboxGroup>('ozg-checkbox-group')!;
    await el.updateComplete;
    const boxes = [...el.shadowRoot!.querySelectorAll('label.option')];
    await clickCenter(boxes[2]!);
    await clickCenter(boxes[0]!);
    await el.updateComplete;
    expect(el.value).to.deep.equal(['hund', 'pferd']);
    expect(entries(form)).to.deep.equal([
      ['pets', 'hund'],
      ['pets', 'pferd'],
    ]);
    await clickCenter(boxes[0]!);
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['pets', 'pferd']]);
  });

  it('checks min-items and max-items, and a minimum counts as required in the label', async () => {
    const form = await formFixture(
      html`<form><ozg-checkbox-group name="pets" label="Tiere" .options=${FOUR} min-items="2" max-items="3" show-errors></ozg-checkbox-group></form>`,
    );
    const el = form.querySelector<OzgCheckboxGroup>('ozg-checkbox-group')!;
    await el.updateComplete;
    expect(accessibleName(inner(el, 'fieldset'))).to.equal('Tiere');
    el.value = ['hund'];
    await el.updateComplete;
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(shownError(el)).to.equal('Fehler: Bitte machen Sie mindestens 2 Angaben.');
    el.value = ['hund', 'katze', 'pferd', 'vogel'];
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(shownError(el)).to.equal('Fehler: Bitte machen Sie höchstens 3 Angaben.');
    el.value = ['hund', 'katze'];
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(shownError(el)).to.equal(undefined);
  });

  it('reads <option selected> children as the initial answers and links option hints', async () => {
    const form = await plainForm(
      '<ozg-checkbox-group name="c" label="Kanäle"><option value="a" selected>A</option><option value="b" data-hint="nur werktags">B</option><option value="c" selected>C</option></ozg-checkbox-group>',
    );
    const el = form.querySelector<OzgCheckboxGroup>('ozg-checkbox-group')!;
    expect(el.value).to.deep.equal(['a', 'c']);
    const boxes = [...el.shadowRoot!.querySelectorAll('input[type=checkbox]')];
    expect(accessibleDescription(boxes[1]!)).to.equal('nur werktags');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).to.deep.equal([true, false, true]);
  });

  it('has check boxes whose rows are at least 44 px high', async () => {
    const form = await formFixture(html`<form><ozg-checkbox-group name="pets" label="Tiere" .options=${FOUR}></ozg-checkbox-group></form>`);
    const el = form.querySelector<OzgCheckboxGroup>('ozg-checkbox-group')!;
    await el.updateComplete;
    const heights = [...el.shadowRoot!.querySelectorAll('label.option')].map((row) => row.getBoundingClientRect().height);
    expect(heights.every((height) => height >= 44)).to.equal(true);
  });
});
