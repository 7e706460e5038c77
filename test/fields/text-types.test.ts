/**
 * Type-specific behaviour of the one-box fields: IBAN, number, date parsing
 * edge cases, postcode, phone, e-mail, textarea character count, constraints.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  OzgDateField,
  OzgEmailField,
  OzgIbanField,
  OzgNumberField,
  OzgPhoneField,
  OzgPostcodeField,
  OzgTextField,
  OzgTextareaField,
} from '../../src/fields/index.js';
import { COUNT_ANNOUNCE_DELAY_MS } from '../../src/fields/textarea-field.js';
import { accessibleDescription, accessibleName, entries, inner, plainForm, pressTab, shownError, typeInto } from './helpers.js';

async function field<T extends HTMLElement>(markup: string, tag: string): Promise<{ form: HTMLFormElement; el: T }> {
  const form = await plainForm(markup);
  return { form, el: form.querySelector<T>(tag)! };
}

describe('<ozg-iban-field>', () => {
  it('accepts spaces and lower case, sends the compact upper-case IBAN and shows groups of four after blur', async () => {
    const { form, el } = await field<OzgIbanField>('<ozg-iban-field name="iban" label="IBAN"></ozg-iban-field>', 'ozg-iban-field');
    await typeInto(el, 'de89 37040044 0532013000');
    const input = inner<HTMLInputElement>(el, '#control');
    expect(input.value).to.equal('de89 37040044 0532013000');
    expect(el.value).to.equal('DE89370400440532013000');
    await pressTab(el);
    expect(input.value).to.equal('DE89 3704 0044 0532 0130 00');
    expect(entries(form)).to.deep.equal([['iban', 'DE89370400440532013000']]);
    expect(el.validity.valid).to.equal(true);
  });

  for (const [label, iban] of [
    ['a wrong check digit', 'DE88370400440532013000'],
    ['a German IBAN one digit short', 'DE8937040044053201300'],
    ['letters where digits belong', 'DEAB370400440532013000'],
    ['no country code', '89370400440532013000'],
  ] as const) {
    it(`rejects ${label}`, async () => {
      const { el } = await field<OzgIbanField>(`<ozg-iban-field name="iban" label="IBAN" value="${iban}" show-errors></ozg-iban-field>`, 'ozg-iban-field');
      expect(el.validity.typeMismatch).to.equal(true);
      expect(shownError(el)).to.contain('Eine deutsche IBAN hat 22 Stellen und beginnt mit DE.');
    });
  }

  it('accepts a valid IBAN of another SEPA country', async () => {
    const { el } = await field<OzgIbanField>('<ozg-iban-field name="iban" label="IBAN" value="AT61 1904 3002 3457 3201"></ozg-iban-field>', 'ozg-iban-field');
    expect(el.validity.valid).to.equal(true);
    expect(el.value).to.equal('AT611904300234573201');
    expect(inner<HTMLInputElement>(el, '#control').value).to.equal('AT61 1904 3002 3457 3201');
  });

  it('sets capital letters and no spell check on the box', async () => {
    const { el } = await field<OzgIbanField>('<ozg-iban-field name="iban" label="IBAN"></ozg-iban-field>', 'ozg-iban-field');
    const input = inner<HTMLInputElement>(el, '#control');
    expect(input.getAttribute('autocapitalize')).to.equal('characters');
    expect(input.getAttribute('spellcheck')).to.equal('false');
  });
});

describe('<ozg-number-field>', () => {
  const cases: [typed: string, value: string, number: number][] = [
    ['1.234,5', '1234.5', 1234.5],
    ['1234,56', '1234.56', 1234.56],
    ['1234.56', '1234.56', 1234.56],
    ['1.234', '1234', 1234],
    ['-3', '-3', -3],
    ['12,5', '12.5', 12.5],
    [' 1 000 ', '1000', 1000],
  ];
  for (const [typed, value, number] of cases) {
    it(`reads "${typed}" as ${value}`, async () => {
      const { form, el } = await field<OzgNumberField>('<ozg-number-field name="n" label="Betrag"></ozg-number-field>', 'ozg-number-field');
      await typeInto(el, typed);
      expect(el.value).to.equal(value);
      expect(el.valueAsNumber).to.equal(number);
      expect(el.validity.valid).to.equal(true);
      expect(entries(form)).to.deep.equal([['n', value]]);
    });
  }

  for (const typed of ['abc', '1,2,3', '1.2.3,4,5', '12a']) {
    it(`rejects "${typed}" as no number (bad input), with an empty value`, async () => {
      const { el } = await field<OzgNumberField>('<ozg-number-field name="n" label="Betrag"></ozg-number-field>', 'ozg-number-field');
      await typeInto(el, typed);
      expect(el.value).to.equal('');
      expect(Number.isNaN(el.valueAsNumber)).to.equal(true);
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.equal('Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 12,5.');
    });
  }

  it('checks min, max and whole numbers', async () => {
    const { el } = await field<OzgNumberField>('<ozg-number-field name="n" label="Kinder" min="0" max="20" step="1"></ozg-number-field>', 'ozg-number-field');
    expect(inner(el, '#control').getAttribute('inputmode')).to.equal('numeric');
    el.value = '1.5';
    expect(el.validity.stepMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte geben Sie eine ganze Zahl ein.');
    el.value = '-1';
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte geben Sie eine Zahl ab 0 ein.');
    el.value = '21';
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte geben Sie eine Zahl bis 20 ein.');
    el.valueAsNumber = 3;
    expect(el.value).to.equal('3');
    expect(el.validity.valid).to.equal(true);
  });

  it('shows a set value in the page language: "1234,5" in German, "1234.5" in English', async () => {
    const { el } = await field<OzgNumberField>('<ozg-number-field name="n" label="Betrag" value="1234.5"></ozg-number-field>', 'ozg-number-field');
    expect(inner(el, '#control')).to.have.property('value', '1234,5');
    expect(inner(el, '#control').getAttribute('inputmode')).to.equal('decimal');
    const { el: en } = await field<OzgNumberField>('<ozg-number-field lang="en" name="n" label="Amount" value="1234.5"></ozg-number-field>', 'ozg-number-field');
    expect(inner(en, '#control')).to.have.property('value', '1234.5');
    expect(en.value).to.equal('1234.5');
  });
});

describe('<ozg-date-field>', () => {
  async function dateWith(attributes: string, day: string, month: string, year: string) {
    const { form, el } = await field<OzgDateField>(`<ozg-date-field name="d" label="Datum" ${attributes}></ozg-date-field>`, 'ozg-date-field');
    await typeInto(el, day);
    await pressTab(el);
    await sendKeys({ type: month });
    await pressTab(el);
    await sendKeys({ type: year });
    await el.updateComplete;
    return { form, el };
  }

  it('makes an ISO date of day, month and year, padding single digits', async () => {
    const { form, el } = await dateWith('', '5', '3', '2024');
    expect(el.value).to.equal('2024-03-05');
    expect(entries(form)).to.deep.equal([['d', '2024-03-05']]);
  });

  for (const [label, parts] of [
    ['29 February in a common year', ['29', '2', '2023']],
    ['31 April', ['31', '4', '2020']],
    ['month 13', ['1', '13', '2020']],
    ['a two-digit year', ['1', '1', '90']],
    ['a missing month', ['1', '', '2020']],
    ['letters', ['1', 'Mai', '2020']],
  ] as const) {
    it(`rejects ${label} with an empty value`, async () => {
      const [day, month, year] = parts;
      const { el } = await dateWith('', day, month, year);
      expect(el.value).to.equal('');
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.equal('Bitte geben Sie ein gültiges Datum ein, zum Beispiel 24 12 1990.');
    });
  }

  it('accepts 29 February in a leap year', async () => {
    const { el } = await dateWith('', '29', '2', '2024');
    expect(el.value).to.equal('2024-02-29');
    expect(el.validity.valid).to.equal(true);
  });

  it('checks min-date and max-date with dates in the page language', async () => {
    const { el } = await field<OzgDateField>(
      '<ozg-date-field name="d" label="Datum" min-date="2024-01-01" max-date="2024-12-31" value="2023-12-31"></ozg-date-field>',
      'ozg-date-field',
    );
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Das Datum muss am oder nach dem 1.1.2024 liegen.');
    el.value = '2025-01-01';
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Das Datum muss am oder vor dem 31.12.2024 liegen.');
    el.value = '2024-06-15';
    expect(el.validity.valid).to.equal(true);
  });

  it('marks only the malformed box invalid and focuses it on reportValidity()', async () => {
    const { el } = await dateWith('', '12', '', '2020');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('month');
    const invalid = [...el.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);
    expect(invalid).to.deep.equal(['month']);
  });

  it('labels the three boxes and fills a birthday with the bday tokens', async () => {
    const { el } = await field<OzgDateField>('<ozg-date-field name="d" label="Geburtsdatum" autocomplete="bday" value="1990-12-24"></ozg-date-field>', 'ozg-date-field');
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((input) => accessibleName(input))).to.deep.equal(['Tag', 'Monat', 'Jahr']);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(inputs.map((input) => input.value)).to.deep.equal(['24', '12', '1990']);
    expect(inputs.every((input) => input.inputMode === 'numeric')).to.equal(true);
    expect(accessibleName(inner(el, 'fieldset'))).to.equal('Geburtsdatum (optional)');
  });
});

describe('one-line text types', () => {
  it('e-mail: type=email, autocomplete=email, checks the format', async () => {
    const { el } = await field<OzgEmailField>('<ozg-email-field name="m" label="E-Mail" value="ada@example"></ozg-email-field>', 'ozg-email-field');
    const input = inner<HTMLInputElement>(el, '#control');
    expect([input.type, input.autocomplete, input.getAttribute('spellcheck')]).to.deep.equal(['email', 'email', 'false']);
    expect(el.validity.typeMismatch).to.equal(true);
    el.value = 'ada@example.de';
    expect(el.validity.valid).to.equal(true);
  });

  it('phone: type=tel, autocomplete=tel, 5 to 20 digits', async () => {
    const { el } = await field<OzgPhoneField>('<ozg-phone-field name="p" label="Telefon" value="1234"></ozg-phone-field>', 'ozg-phone-field');
    const input = inner<HTMLInputElement>(el, '#control');
    expect([input.type, input.autocomplete]).to.deep.equal(['tel', 'tel']);
    expect(el.validationMessage).to.equal('Bitte geben Sie eine Telefonnummer ein, zum Beispiel 07999 133-0.');
    el.value = '+49 (721) 133-0';
    expect(el.validity.valid).to.equal(true);
    el.value = '0721 abc';
    expect(el.validity.typeMismatch).to.equal(true);
  });

  it('postcode: numeric keyboard, autocomplete=postal-code, five digits', async () => {
    const { el } = await field<OzgPostcodeField>('<ozg-postcode-field name="p" label="PLZ" value="7613"></ozg-postcode-field>', 'ozg-postcode-field');
    const input = inner<HTMLInputElement>(el, '#control');
    expect([input.inputMode, input.autocomplete]).to.deep.equal(['numeric', 'postal-code']);
    expect(el.validationMessage).to.equal('Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.');
    el.value = ' 76133 ';
    expect(el.validity.valid).to.equal(true);
    expect(el.value).to.equal('76133');
  });

  it('text: minlength, maxlength (checked, not cut off) and pattern', async () => {
    const { el } = await field<OzgTextField>(
      '<ozg-text-field name="t" label="Kennzeichen" minlength="3" maxlength="6" pattern="[A-Z]+"></ozg-text-field>',
      'ozg-text-field',
    );
    await typeInto(el, 'AB');
    expect(el.validity.tooShort).to.equal(true);
    expect(el.validationMessage).to.equal('Bitte geben Sie mindestens 3 Zeichen ein.');
    await sendKeys({ type: 'CDEFG' });
    await el.updateComplete;
    expect(el.value).to.equal('ABCDEFG');
    expect(el.validity.tooLong).to.equal(true);
    el.value = 'abc';
    expect(el.validity.patternMismatch).to.equal(true);
    el.value = 'ABC';
    expect(el.validity.valid).to.equal(true);
  });

  it('ignores an invalid pattern, as browsers do, with one warning', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await field<OzgTextField>('<ozg-text-field name="t" label="T" pattern="[a-"></ozg-text-field>', 'ozg-text-field');
      el.value = 'x';
      expect(el.validity.valid).to.equal(true);
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = original;
    }
  });

  it('takes properties set before it is connected (as a template does)', async () => {
    const el = document.createElement('ozg-text-field');
    el.name = 'früh';
    el.label = 'Früh';
    el.required = true;
    el.value = 'gesetzt';
    const form = await plainForm('');
    form.prepend(el);
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['früh', 'gesetzt']]);
    expect(inner<HTMLInputElement>(el, '#control').value).to.equal('gesetzt');
    expect(el.validity.valid).to.equal(true);
  });

  it('value set by script is no change by the citizen: no error shows, no event fires', async () => {
    const { form, el } = await field<OzgTextField>('<ozg-text-field name="t" label="T" minlength="5"></ozg-text-field>', 'ozg-text-field');
    let events = 0;
    form.addEventListener('change', () => events++);
    form.addEventListener('input', () => events++);
    el.value = 'abc';
    await el.updateComplete;
    expect(el.validity.tooShort).to.equal(true);
    expect(shownError(el)).to.equal(undefined);
    expect(events).to.equal(0);
    expect(el.defaultValue).to.equal('');
  });
});

describe('<ozg-textarea-field> character count', () => {
  it('shows the characters left, links the count, and announces it only after typing pauses', async () => {
    const { el } = await field<OzgTextareaField>('<ozg-textarea-field name="t" label="Begründung" maxlength="10"></ozg-textarea-field>', 'ozg-textarea-field');
    const count = inner(el, '#count');
    expect(count.textContent!.trim()).to.equal('Noch 10 Zeichen');
    expect(accessibleDescription(inner(el, '#control'))).to.equal('Noch 10 Zeichen');
    const status = inner(el, '[role="status"]');
    expect(status.textContent!.trim()).to.equal('');
    const typedAt = performance.now();
    await typeInto(el, 'Hallo');
    expect(inner(el, '#count').textContent!.trim()).to.equal('Noch 5 Zeichen');
    // Not on every keystroke: the live region is still silent right after typing.
    if (performance.now() - typedAt < COUNT_ANNOUNCE_DELAY_MS) expect(status.textContent!.trim()).to.equal('');
    await waitUntil(() => status.textContent!.trim() === 'Noch 5 Zeichen', 'count was not announced', { timeout: 3000 });
  });

  it('counts over the limit without cutting off and reports it as too long', async () => {
    const { el } = await field<OzgTextareaField>('<ozg-textarea-field name="t" label="Begründung" maxlength="3"></ozg-textarea-field>', 'ozg-textarea-field');
    await typeInto(el, 'Hallo');
    expect(el.value).to.equal('Hallo');
    expect(inner(el, '#count').textContent!.trim()).to.equal('2 Zeichen zu viel');
    expect(inner(el, '#count').classList.contains('over')).to.equal(true);
    expect(el.validity.tooLong).to.equal(true);
  });

  it('has no count without maxlength', async () => {
    const { el } = await field<OzgTextareaField>('<ozg-textarea-field name="t" label="Begründung"></ozg-textarea-field>', 'ozg-textarea-field');
    expect(el.shadowRoot!.querySelector('#count')).to.equal(null);
    expect(el.shadowRoot!.querySelector('textarea')!.rows).to.equal(5);
  });
});
