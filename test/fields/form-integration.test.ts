/**
 * Every field type in a plain HTML form: form data, validation through the
 * form, reset, disabled fieldsets, and what assistive technology gets.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OzgField } from '../../src/fields/index.js';
import { accessibleDescription, accessibleName, chooseFiles, entries, fileOf, inner, plainForm, pressTab, shownError, typeInto } from './helpers.js';

interface FieldCase {
  tag: string;
  /** Extra markup inside the element (options). */
  children?: string;
  /** Attributes giving a default value, and the entries that default sends. */
  defaultAttribute: string;
  defaultEntries: [string, string][];
  /** Fills the field as a citizen would (keyboard, file chooser). */
  fill(el: HTMLElement): Promise<void>;
  filledEntries: [string, string][];
  /** A value meaning "nothing entered", for the `value` property. */
  empty: unknown;
  /** The element whose accessible name is the label (the control, or the fieldset of a group). */
  named(el: HTMLElement): Element;
  /** The element whose `aria-describedby` carries hint and error. */
  described(el: HTMLElement): Element;
  requiredMessage: string;
  /** The accessible name when not required; "Frage (optional)" unless said otherwise. */
  optionalName?: string;
}

const REQUIRED = 'Bitte füllen Sie dieses Feld aus.';
const REQUIRED_CHOICE = 'Bitte wählen Sie eine Antwort.';
const OPTIONS = '<option value="a">Erste</option><option value="b">Zweite</option><option value="c">Dritte</option>';

const control = (el: HTMLElement) => inner(el, '#control');
const fieldset = (el: HTMLElement) => inner(el, 'fieldset');
const typing = (text: string) => (el: HTMLElement) => typeInto(el, text);

const CASES: FieldCase[] = [
  {
    tag: 'ozg-text-field',
    defaultAttribute: 'value="Grace"',
    defaultEntries: [['f', 'Grace']],
    fill: typing('Ada'),
    filledEntries: [['f', 'Ada']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-textarea-field',
    defaultAttribute: 'value="Erste Zeile"',
    defaultEntries: [['f', 'Erste Zeile']],
    fill: typing('Zwei Zeilen'),
    filledEntries: [['f', 'Zwei Zeilen']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-number-field',
    defaultAttribute: 'value="1234.5"',
    defaultEntries: [['f', '1234.5']],
    fill: typing('1.234,5'),
    filledEntries: [['f', '1234.5']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-date-field',
    defaultAttribute: 'value="2000-01-31"',
    defaultEntries: [['f', '2000-01-31']],
    fill: async (el) => {
      await typeInto(el, '24');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1990' });
    },
    filledEntries: [['f', '1990-12-24']],
    empty: '',
    named: fieldset,
    described: fieldset,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-email-field',
    defaultAttribute: 'value="grace@example.de"',
    defaultEntries: [['f', 'grace@example.de']],
    fill: typing('ada@example.de'),
    filledEntries: [['f', 'ada@example.de']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-phone-field',
    defaultAttribute: 'value="+49 721 133-0"',
    defaultEntries: [['f', '+49 721 133-0']],
    fill: typing('07999 133-0'),
    filledEntries: [['f', '07999 133-0']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-select-field',
    children: OPTIONS,
    defaultAttribute: 'value="b"',
    defaultEntries: [['f', 'b']],
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
    },
    filledEntries: [['f', 'a']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED_CHOICE,
  },
  {
    tag: 'ozg-radio-group',
    children: OPTIONS,
    defaultAttribute: 'value="b"',
    defaultEntries: [['f', 'b']],
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'Space' });
    },
    filledEntries: [['f', 'a']],
    empty: '',
    named: fieldset,
    described: fieldset,
    requiredMessage: REQUIRED_CHOICE,
  },
  {
    tag: 'ozg-checkbox-group',
    children: OPTIONS,
    defaultAttribute: 'value="b,c"',
    defaultEntries: [
      ['f', 'b'],
      ['f', 'c'],
    ],
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    },
    filledEntries: [
      ['f', 'a'],
      ['f', 'c'],
    ],
    empty: [],
    named: fieldset,
    described: fieldset,
    requiredMessage: REQUIRED_CHOICE,
  },
  {
    tag: 'ozg-checkbox-field',
    defaultAttribute: 'checked',
    defaultEntries: [['f', 'true']],
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'Space' });
    },
    filledEntries: [['f', 'true']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED_CHOICE,
    optionalName: 'Frage',
  },
  {
    tag: 'ozg-yes-no-field',
    defaultAttribute: 'value="false"',
    defaultEntries: [['f', 'false']],
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'Space' });
    },
    filledEntries: [['f', 'true']],
    empty: '',
    named: fieldset,
    described: fieldset,
    requiredMessage: REQUIRED_CHOICE,
  },
  {
    tag: 'ozg-iban-field',
    defaultAttribute: 'value="DE89370400440532013000"',
    defaultEntries: [['f', 'DE89370400440532013000']],
    fill: typing('de02 1203 0000 0000 2020 51'),
    filledEntries: [['f', 'DE02120300000000202051']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-postcode-field',
    defaultAttribute: 'value="10115"',
    defaultEntries: [['f', '10115']],
    fill: typing('76133'),
    filledEntries: [['f', '76133']],
    empty: '',
    named: control,
    described: control,
    requiredMessage: REQUIRED,
  },
  {
    tag: 'ozg-address-group',
    defaultAttribute: `value='{"street":"Unter den Linden","houseNumber":"1","postalCode":"10117","city":"Berlin"}'`,
    defaultEntries: [
      ['f.street', 'Unter den Linden'],
      ['f.houseNumber', '1'],
      ['f.addition', ''],
      ['f.postalCode', '10117'],
      ['f.city', 'Berlin'],
    ],
    fill: async (el) => {
      await typeInto(el, 'Hauptstraße');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '12a' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Hinterhaus' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '76133' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Karlsruhe' });
    },
    filledEntries: [
      ['f.street', 'Hauptstraße'],
      ['f.houseNumber', '12a'],
      ['f.addition', 'Hinterhaus'],
      ['f.postalCode', '76133'],
      ['f.city', 'Karlsruhe'],
    ],
    empty: {},
    named: fieldset,
    described: fieldset,
    requiredMessage: `Straße: ${REQUIRED}`,
  },
  {
    tag: 'ozg-file-field',
    defaultAttribute: 'multiple',
    defaultEntries: [],
    fill: async (el) => {
      chooseFiles(inner<HTMLInputElement>(el, '#control'), [fileOf('nachweis.pdf', 2048, 'application/pdf')]);
      await (el as OzgField<unknown>).updateComplete;
    },
    filledEntries: [['f', 'File:nachweis.pdf']],
    empty: [],
    named: control,
    described: control,
    requiredMessage: 'Bitte fügen Sie eine Datei hinzu.',
  },
];

function markup(c: FieldCase, attributes: string): string {
  return `<ozg-${c.tag.slice(4)} name="f" label="Frage" hint="Eine Hilfe" ${attributes}>${c.children ?? ''}</ozg-${c.tag.slice(4)}>`;
}

async function formWith(c: FieldCase, attributes: string, around = (html: string) => html) {
  const form = await plainForm(around(markup(c, attributes)));
  const el = form.querySelector<HTMLElement & OzgField<unknown>>(c.tag)!;
  return { form, el };
}

for (const c of CASES) {
  describe(`<${c.tag}> in a plain form`, () => {
    it('puts what the citizen entered into the form data under its name', async () => {
      const { form, el } = await formWith(c, '');
      await c.fill(el);
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(c.filledEntries);
    });

    it('blocks form.reportValidity() when required and empty, shows the message inline and focuses the control', async () => {
      const { form, el } = await formWith(c, 'required');
      expect(shownError(el)).to.equal(undefined);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal(c.requiredMessage);
      expect(shownError(el)).to.contain(c.requiredMessage.replace(/^.*: /, ''));
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
    });

    it('passes form.checkValidity() once filled', async () => {
      const { form, el } = await formWith(c, 'required');
      expect(form.checkValidity()).to.equal(false);
      await c.fill(el);
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
    });

    it('goes back to its default value and hides errors on form.reset()', async () => {
      const { form, el } = await formWith(c, `required ${c.defaultAttribute}`);
      expect(entries(form)).to.deep.equal(c.defaultEntries);
      await c.fill(el);
      el.value = c.empty;
      form.reportValidity();
      await el.updateComplete;
      expect(shownError(el)).to.not.equal(undefined);
      form.reset();
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(c.defaultEntries);
      expect(shownError(el)).to.equal(undefined);
      expect(el.showErrors).to.equal(false);
    });

    it('is disabled and left out of the form data inside a disabled fieldset', async () => {
      const { form, el } = await formWith(c, c.defaultAttribute, (field) => `<fieldset disabled>${field}</fieldset>`);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(entries(form)).to.deep.equal([]);
      const controls = [...el.shadowRoot!.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
      expect(controls.length).to.be.greaterThan(0);
      expect(controls.every((x) => x.disabled)).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(controls.some((x) => x.disabled)).to.equal(false);
      expect(entries(form)).to.deep.equal(c.defaultEntries);
    });

    it('gives assistive technology the label as name, and hint and error as description', async () => {
      const { el } = await formWith(c, '');
      expect(accessibleName(c.named(el))).to.equal(c.optionalName ?? 'Frage (optional)');
      el.required = true;
      await el.updateComplete;
      expect(accessibleName(c.named(el))).to.equal('Frage');
      expect(accessibleDescription(c.described(el))).to.equal('Eine Hilfe');
      // ARIA has no aria-required for a group of checkboxes (role group); there "(optional)" is left out and native `required` is meaningless.
      if (c.tag !== 'ozg-checkbox-group') expect(el.shadowRoot!.querySelector('[aria-required="true"]')).to.not.equal(null);
      el.showErrors = true;
      await el.updateComplete;
      const message = c.requiredMessage.replace(/^.*: /, '');
      // Groups describe the whole group; the address describes the part with the problem.
      const invalid = inner(el, '[aria-invalid="true"]');
      expect(`${accessibleDescription(c.described(el))} ${accessibleDescription(invalid)}`).to.contain(message);
    });

    it('passes axe empty, filled and with an error', async () => {
      const { form, el } = await formWith(c, 'required');
      await expect(form).to.be.accessible();
      await c.fill(el);
      await el.updateComplete;
      await expect(form).to.be.accessible();
      el.value = c.empty;
      el.showErrors = true;
      await el.updateComplete;
      expect(shownError(el)).to.not.equal(undefined);
      await expect(form).to.be.accessible();
    });

    it('fires a bubbling change on the host when the citizen commits a value', async () => {
      const { form, el } = await formWith(c, '');
      let changes = 0;
      let inputs = 0;
      form.addEventListener('change', (event) => event.target === el && changes++);
      form.addEventListener('input', (event) => event.target === el && inputs++);
      await c.fill(el);
      await pressTab();
      expect(changes).to.be.greaterThan(0);
      expect(inputs).to.be.greaterThan(0);
    });
  });
}
