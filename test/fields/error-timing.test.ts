/**
 * When errors show: not while the citizen types the first characters; once
 * they changed the field and left it, or the form asked (show-errors,
 * reportValidity, submission); then live while they correct it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OzgAddressGroup, OzgDateField, OzgEmailField, OzgTextField } from '../../src/fields/index.js';
import { inner, plainForm, pressTab, shownError, typeInto } from './helpers.js';

const EMAIL_ERROR = 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.';

describe('error timing', () => {
  it('shows no error while the citizen types the first characters', async () => {
    const form = await plainForm('<ozg-email-field name="mail" label="E-Mail"></ozg-email-field>');
    const el = form.querySelector<OzgEmailField>('ozg-email-field')!;
    await typeInto(el, 'a');
    expect(el.validity.typeMismatch).to.equal(true);
    expect(shownError(el)).to.equal(undefined);
    expect(inner(el, '#control').hasAttribute('aria-invalid')).to.equal(false);
    await sendKeys({ type: 'da@' });
    await el.updateComplete;
    expect(shownError(el)).to.equal(undefined);
  });

  it('shows the error when the citizen leaves the field after a change, then updates it live', async () => {
    const form = await plainForm('<ozg-email-field name="mail" label="E-Mail"></ozg-email-field>');
    const el = form.querySelector<OzgEmailField>('ozg-email-field')!;
    await typeInto(el, 'ada@');
    await pressTab(el);
    expect(shownError(el)).to.equal(`Fehler: ${EMAIL_ERROR}`);
    expect(inner(el, '#control').getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el, '.field').classList.contains('invalid')).to.equal(true);
    // Back in the field: the error follows each keystroke now.
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'example.de' });
    await el.updateComplete;
    expect(el.value).to.equal('ada@example.de');
    expect(shownError(el)).to.equal(undefined);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(shownError(el)).to.equal(`Fehler: ${EMAIL_ERROR}`);
  });

  it('shows nothing when the citizen only passes through an empty required field', async () => {
    const form = await plainForm('<ozg-text-field name="n" label="Name" required></ozg-text-field>');
    const el = form.querySelector<OzgTextField>('ozg-text-field')!;
    el.focus();
    await pressTab(el);
    expect(el.validity.valueMissing).to.equal(true);
    expect(shownError(el)).to.equal(undefined);
  });

  it('shows errors at once with show-errors', async () => {
    const form = await plainForm('<ozg-text-field name="n" label="Name" required show-errors></ozg-text-field>');
    const el = form.querySelector<OzgTextField>('ozg-text-field')!;
    expect(shownError(el)).to.equal('Fehler: Bitte füllen Sie dieses Feld aus.');
    el.showErrors = false;
    await el.updateComplete;
    expect(shownError(el)).to.equal(undefined);
  });

  it('reportValidity() on the field shows the error and focuses it; checkValidity() shows nothing', async () => {
    const form = await plainForm('<ozg-text-field name="n" label="Name" required></ozg-text-field><button id="other" type="button">x</button>');
    const el = form.querySelector<OzgTextField>('ozg-text-field')!;
    form.querySelector<HTMLButtonElement>('#other')!.focus();
    expect(el.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(shownError(el)).to.equal(undefined);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(el.showErrors).to.equal(true);
    expect(shownError(el)).to.equal('Fehler: Bitte füllen Sie dieses Feld aus.');
    expect(el.shadowRoot!.activeElement).to.equal(inner(el, '#control'));
  });

  it('shows every invalid field on a submission attempt, not only the first', async () => {
    const form = await plainForm(
      '<ozg-text-field name="a" label="A" required></ozg-text-field><ozg-postcode-field name="b" label="B" value="123"></ozg-postcode-field>',
    );
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    form.querySelector('button')!.click();
    const [a, b] = [form.querySelector<OzgTextField>('ozg-text-field')!, form.querySelector<OzgTextField>('ozg-postcode-field')!];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(submitted).to.equal(false);
    expect(shownError(a)).to.contain('Bitte füllen Sie dieses Feld aus.');
    expect(shownError(b)).to.contain('Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.');
    expect(document.activeElement).to.equal(a);
  });

  it('shows an error set from outside at once, reports it as custom error until cleared', async () => {
    const form = await plainForm('<ozg-iban-field name="iban" label="IBAN" value="DE89370400440532013000"></ozg-iban-field>');
    const el = form.querySelector<OzgTextField>('ozg-iban-field')!;
    expect(form.checkValidity()).to.equal(true);
    el.error = 'Diese Bank ist unbekannt.';
    await el.updateComplete;
    expect(shownError(el)).to.equal('Fehler: Diese Bank ist unbekannt.');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Diese Bank ist unbekannt.');
    expect(form.checkValidity()).to.equal(false);
    el.error = '';
    await el.updateComplete;
    expect(shownError(el)).to.equal(undefined);
    expect(form.checkValidity()).to.equal(true);
  });

  it('does not show a date error while the citizen moves between day, month and year', async () => {
    const form = await plainForm('<ozg-date-field name="d" label="Geburtsdatum" required></ozg-date-field>');
    const el = form.querySelector<OzgDateField>('ozg-date-field')!;
    await typeInto(el, '31');
    await pressTab(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('month');
    expect(shownError(el)).to.equal(undefined);
    await sendKeys({ type: '4' });
    await pressTab(el);
    await sendKeys({ type: '2020' });
    await pressTab(el);
    // 31 April does not exist: shown once focus left the whole date.
    expect(shownError(el)).to.equal('Fehler: Bitte geben Sie ein gültiges Datum ein, zum Beispiel 24 12 1990.');
  });

  it('does not show address errors while the citizen moves between its parts', async () => {
    const form = await plainForm('<ozg-address-group name="a" label="Anschrift" required></ozg-address-group>');
    const el = form.querySelector<OzgAddressGroup>('ozg-address-group')!;
    await typeInto(el, 'Hauptstraße');
    await pressTab(el);
    await pressTab(el);
    await pressTab(el);
    await sendKeys({ type: '761' });
    await pressTab(el);
    expect(shownError(el)).to.equal(undefined);
    await pressTab(el);
    const errors = [...el.shadowRoot!.querySelectorAll('.part-error')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
    expect(errors).to.deep.equal(['Fehler: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.', 'Fehler: Bitte füllen Sie dieses Feld aus.']);
    expect(el.validationMessage).to.equal('Postleitzahl: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.');
    expect(inner(el, '#postalCode').getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el, '#street').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('fires change on the host only when the value was committed, with the new value readable', async () => {
    const form = await plainForm('<ozg-text-field name="n" label="Name"></ozg-text-field><button type="button">x</button>');
    const el = form.querySelector<OzgTextField>('ozg-text-field')!;
    await typeInto(el, 'Ada');
    const change = oneEvent(el, 'change');
    await pressTab(el);
    const event = await change;
    expect(event.bubbles).to.equal(true);
    expect((event.target as OzgTextField).value).to.equal('Ada');
  });
});
