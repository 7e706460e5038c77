/**
 * `<ozg-on-screen-keyboard>`: typing with real mouse clicks on the keys (the
 * stand-in for touch) into plain controls and the library's fields, which
 * layout which field gets, that focus never leaves the field, when the
 * keyboard opens and closes, key sizes at phone and kiosk widths, axe.
 */
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/fields/define-fields.js';
import type { OzgDateField, OzgNumberField, OzgTextField } from '../../src/fields/index.js';
import { defineElement } from '../../src/ui/define.js';
import { keyText, keyboardModeOf, patternLiterals, servedControl } from '../../widgets/kiosk/keyboard-layouts.js';
import { keyboardMessages } from '../../widgets/kiosk/keyboard-messages.js';
import { OzgOnScreenKeyboard, deepActiveElement } from '../../widgets/kiosk/on-screen-keyboard.js';

defineElement('ozg-on-screen-keyboard', OzgOnScreenKeyboard);

/** Fields and a button in one shadow root, as in `<ozg-application-form>`. */
class TwoFields extends LitElement {
  protected override render(): TemplateResult {
    return html`<ozg-text-field label="Vorname"></ozg-text-field><ozg-number-field label="Alter" integer></ozg-number-field
      ><button type="button">Weiter</button>`;
  }
}
defineElement('test-two-fields', TwoFields);

const SPECIAL = ['Umschalttaste', 'Löschen', 'Leerzeichen', 'Eingabe', 'Fertig', 'Tastatur ausblenden'];

interface Page {
  root: HTMLElement;
  kb: OzgOnScreenKeyboard;
}

/** The markup followed by a keyboard, every element rendered. */
async function page(content: TemplateResult, lang = 'de'): Promise<Page> {
  const root = fixtureSync<HTMLElement>(html`<div lang=${lang}>${content}<ozg-on-screen-keyboard></ozg-on-screen-keyboard></div>`);
  const hosts = [root, ...root.querySelectorAll('*')].filter((el): el is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
  await Promise.all(hosts.map((el) => el.updateComplete));
  return { root, kb: root.querySelector('ozg-on-screen-keyboard')! };
}

/** An element inside a field's shadow root. */
function inner<T extends Element>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

function keys(kb: OzgOnScreenKeyboard): HTMLButtonElement[] {
  return [...kb.shadowRoot!.querySelectorAll('button')];
}

/** The text of a key: its character, or the name of a special key (hidden text beside the icon). */
function label(key: Element): string {
  return (key.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function labels(kb: OzgOnScreenKeyboard): string[] {
  return keys(kb).map(label);
}

/** The characters the keyboard offers (no special keys). */
function characters(kb: OzgOnScreenKeyboard): string[] {
  return labels(kb).filter((text) => !SPECIAL.includes(text));
}

function key(kb: OzgOnScreenKeyboard, name: string): HTMLButtonElement {
  const found = keys(kb).find((button) => label(button) === name);
  if (!found) throw new Error(`no key "${name}" among ${JSON.stringify(labels(kb))}`);
  return found;
}

/** A real click in the middle of `element`, as a finger would tap. */
async function tap(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function press(kb: OzgOnScreenKeyboard, ...names: string[]): Promise<void> {
  for (const name of names) {
    await kb.updateComplete;
    await tap(key(kb, name));
  }
  await kb.updateComplete;
}

/** Types `text` key by key; a capital letter with Shift first. */
async function type(kb: OzgOnScreenKeyboard, text: string): Promise<void> {
  for (const c of text) {
    if (c === ' ') await press(kb, 'Leerzeichen');
    else if (c !== c.toLocaleLowerCase('de')) await press(kb, 'Umschalttaste', c);
    else await press(kb, c);
  }
}

/** Taps `control` and waits for the keyboard. */
async function openFor(kb: OzgOnScreenKeyboard, control: HTMLElement): Promise<void> {
  await tap(control);
  await waitUntil(() => kb.open, 'the keyboard did not open');
  await kb.updateComplete;
}

function entries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].map(([name, value]) => [name, String(value)]);
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

afterEach(() => resetMouse());

describe('<ozg-on-screen-keyboard> typing', () => {
  it('types into a plain input at the caret: umlauts, ß, one-shot Shift, Backspace, space, digits', async () => {
    const { root, kb } = await page(html`<form><label>Straße <input name="street" /></label></form>`);
    const input = root.querySelector('input')!;
    const events: string[] = [];
    input.addEventListener('input', (event) => events.push(`${(event as InputEvent).inputType}:${(event as InputEvent).data}`));
    await openFor(kb, input);
    await type(kb, 'Müßigg');
    await press(kb, 'Löschen');
    await type(kb, ' straße 1');
    expect(input.value).to.equal('Müßig straße 1');
    expect(entries(root.querySelector('form')!)).to.deep.equal([['street', 'Müßig straße 1']]);
    expect(events).to.have.length(16);
    expect(events.slice(0, 2)).to.deep.equal(['insertText:M', 'insertText:ü']);
    expect(events[6]).to.equal('deleteContentBackward:null');
    expect(deepActiveElement()).to.equal(input);
    expect(kb.open).to.equal(true);
  });

  it('Shift once gives one capital or shift-level character; twice is caps lock for letters only', async () => {
    const { root, kb } = await page(html`<input aria-label="Name" />`);
    const input = root.querySelector('input')!;
    await openFor(kb, input);
    const shift = () => key(kb, 'Umschalttaste');
    expect(shift().getAttribute('aria-pressed')).to.equal('false');
    await press(kb, 'Umschalttaste');
    expect(shift().getAttribute('aria-pressed')).to.equal('true');
    expect(characters(kb)).to.include.members(['Q', 'Ü', 'Ä', '!', '§', '?', '_']);
    await press(kb, 'A');
    expect(shift().getAttribute('aria-pressed')).to.equal('false');
    expect(characters(kb)).to.include.members(['q', 'ü', '1', 'ß', '-']);

    await press(kb, 'Umschalttaste', 'Umschalttaste');
    expect(shift().getAttribute('aria-pressed')).to.equal('true');
    const description = kb.shadowRoot!.getElementById(shift().getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).to.equal('Großbuchstaben bleiben eingeschaltet');
    await press(kb, 'B', 'C', 'Ä', '1', 'ß', '-');
    expect(shift().getAttribute('aria-pressed')).to.equal('true');
    await press(kb, 'Umschalttaste');
    expect(shift().getAttribute('aria-pressed')).to.equal('false');
    await press(kb, 'd', 'Umschalttaste', '_');
    expect(input.value).to.equal('ABCÄ1ß-d_');
  });

  it('inserts and deletes in the middle: at the caret and over a selection', async () => {
    const { root, kb } = await page(html`<input aria-label="Straße" value="Strae 1" />`);
    const input = root.querySelector('input')!;
    await openFor(kb, input);
    input.setSelectionRange(4, 4);
    await press(kb, 'ß');
    expect(input.value).to.equal('Straße 1');
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([5, 5]);
    await press(kb, 'Löschen');
    expect(input.value).to.equal('Strae 1');
    expect(input.selectionStart).to.equal(4);
    input.setSelectionRange(1, 4);
    await press(kb, 'x');
    expect(input.value).to.equal('Sxe 1');
    input.setSelectionRange(0, 2);
    await press(kb, 'Löschen');
    expect(input.value).to.equal('e 1');
    input.setSelectionRange(0, 0);
    await press(kb, 'Löschen');
    expect(input.value).to.equal('e 1');
  });

  it('types line breaks into a textarea with Enter, and it shows up in the form data', async () => {
    const { root, kb } = await page(html`<form><textarea name="note" aria-label="Bemerkung"></textarea></form>`);
    const textarea = root.querySelector('textarea')!;
    const types: string[] = [];
    textarea.addEventListener('input', (event) => types.push((event as InputEvent).inputType));
    await openFor(kb, textarea);
    expect(labels(kb)).to.include('Eingabe').and.not.include('Fertig');
    await type(kb, 'Hof');
    await press(kb, 'Eingabe');
    await type(kb, 'Tür 2');
    expect(textarea.value).to.equal('Hof\nTür 2');
    expect(entries(root.querySelector('form')!)).to.deep.equal([['note', 'Hof\nTür 2']]);
    expect(types[3]).to.equal('insertLineBreak');
    expect(kb.open).to.equal(true);
    expect(deepActiveElement()).to.equal(textarea);
  });

  it('types into <ozg-text-field> in a plain form: value, form data, focus inside the field', async () => {
    const { root, kb } = await page(html`<form><ozg-text-field name="street" label="Straße und Hausnummer"></ozg-text-field></form>`);
    const field = root.querySelector<OzgTextField>('ozg-text-field')!;
    const control = inner<HTMLInputElement>(field, 'input');
    await openFor(kb, control);
    await type(kb, 'Müßig straße 1');
    await field.updateComplete;
    expect(field.value).to.equal('Müßig straße 1');
    expect(entries(root.querySelector('form')!)).to.deep.equal([['street', 'Müßig straße 1']]);
    expect(deepActiveElement()).to.equal(control);
  });

  it('fires change on the control when focus leaves after typing, as native typing does', async () => {
    const { root, kb } = await page(html`<form><ozg-text-field name="city" label="Ort"></ozg-text-field><button type="button">Weiter</button></form>`);
    const field = root.querySelector<OzgTextField>('ozg-text-field')!;
    let changes = 0;
    field.addEventListener('change', () => changes++);
    await openFor(kb, inner(field, 'input'));
    await type(kb, 'Ulm');
    expect(changes).to.equal(0);
    await tap(root.querySelector('button')!);
    expect(changes).to.equal(1);
    expect(field.value).to.equal('Ulm');

    // Typed on a real keyboard as well: the browser's own change, not a second one.
    await openFor(kb, inner(field, 'input'));
    await press(kb, 'Leerzeichen');
    await sendKeys({ type: 'West' });
    await tap(root.querySelector('button')!);
    expect(field.value).to.equal('Ulm West');
    expect(changes).to.equal(2);
  });

  it('appends for e-mail inputs, with @ and .de as prominent keys', async () => {
    const { root, kb } = await page(html`<input type="email" aria-label="E-Mail" />`);
    const input = root.querySelector('input')!;
    await openFor(kb, input);
    expect(key(kb, '@').classList.contains('accent')).to.equal(true);
    expect(key(kb, '.de').classList.contains('accent')).to.equal(true);
    expect(labels(kb)).not.to.include('Leerzeichen');
    await press(kb, 'a', 'Umschalttaste', '_', 'b', '@', 'x', '.de');
    expect(input.value).to.equal('a_b@x.de');
    await press(kb, 'Löschen');
    expect(input.value).to.equal('a_b@x.d');
  });

  it('respects maxlength, also for a key that types several characters', async () => {
    const { root, kb } = await page(html`<input aria-label="Kürzel" maxlength="3" /><input type="email" aria-label="E-Mail" maxlength="4" />`);
    const [short, email] = [...root.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
    let events = 0;
    short.addEventListener('input', () => events++);
    await openFor(kb, short);
    await type(kb, 'abcd');
    expect(short.value).to.equal('abc');
    expect(events).to.equal(3);
    await openFor(kb, email);
    await press(kb, 'a', '@', '.de');
    expect(email.value).to.equal('a@.d');
  });

  it('lets a beforeinput listener cancel a key, as with native typing', async () => {
    const { root, kb } = await page(html`<input aria-label="Nur Ziffern" />`);
    const input = root.querySelector('input')!;
    input.addEventListener('beforeinput', (event) => {
      if (event.data && /\D/.test(event.data)) event.preventDefault();
    });
    await openFor(kb, input);
    await press(kb, '4', 'x', '2');
    expect(input.value).to.equal('42');
  });
});

describe('<ozg-on-screen-keyboard> layouts', () => {
  it('shows the numeric pad for inputmode=numeric and letters for a text field', async () => {
    const { root, kb } = await page(html`<input inputmode="numeric" aria-label="Anzahl" /><ozg-text-field label="Name"></ozg-text-field>`);
    await openFor(kb, root.querySelector('input')!);
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    expect(labels(kb)).to.include.members(['Löschen', 'Fertig', 'Tastatur ausblenden']);
    await openFor(kb, inner(root.querySelector('ozg-text-field')!, 'input'));
    expect(characters(kb)).to.include.members(['q', 'w', 'ß', 'ü', 'ö', 'ä', 'y', '@', ',', '.', '-', ...DIGITS]);
    expect(labels(kb)).to.include.members(['Umschalttaste', 'Leerzeichen', 'Löschen', 'Fertig']);
  });

  it('gives <ozg-number-field> digits and the decimal comma, and reads "12,5" as 12.5', async () => {
    const { root, kb } = await page(html`<form>
      <ozg-number-field name="amount" label="Betrag"></ozg-number-field>
      <ozg-number-field name="count" label="Anzahl" integer></ozg-number-field>
    </form>`);
    const [amount, count] = [...root.querySelectorAll<OzgNumberField>('ozg-number-field')] as [OzgNumberField, OzgNumberField];
    await openFor(kb, inner(amount, 'input'));
    expect(characters(kb).sort()).to.deep.equal([...DIGITS, ','].sort());
    await press(kb, '1', '2', ',', '5');
    await amount.updateComplete;
    expect(amount.value).to.equal('12.5');
    await openFor(kb, inner(count, 'input'));
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    await press(kb, '3');
    expect(entries(root.querySelector('form')!)).to.deep.equal([
      ['amount', '12.5'],
      ['count', '3'],
    ]);
  });

  it('gives <ozg-postcode-field> and the boxes of <ozg-date-field> digits only', async () => {
    const { root, kb } = await page(html`<form>
      <ozg-postcode-field name="plz" label="Postleitzahl"></ozg-postcode-field>
      <ozg-date-field name="born" label="Geburtsdatum"></ozg-date-field>
    </form>`);
    await openFor(kb, inner(root.querySelector('ozg-postcode-field')!, 'input'));
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    await type(kb, '48143');
    const date = root.querySelector<OzgDateField>('ozg-date-field')!;
    for (const [box, digits] of [
      ['#day', '5'],
      ['#month', '3'],
      ['#year', '2024'],
    ] as const) {
      await openFor(kb, inner(date, box));
      expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
      await type(kb, digits);
    }
    await date.updateComplete;
    expect(date.parts).to.deep.equal({ day: '5', month: '3', year: '2024' });
    expect(entries(root.querySelector('form')!)).to.deep.equal([
      ['plz', '48143'],
      ['born', '2024-03-05'],
    ]);
  });

  it('gives telephone fields + and space, and offers what a pattern needs', async () => {
    const { root, kb } = await page(html`<ozg-phone-field label="Telefon"></ozg-phone-field>
      <input aria-label="Datum" inputmode="numeric" pattern="\\d{2}\\.\\d{2}\\.\\d{4}" />
      <input aria-label="Postleitzahl" inputmode="numeric" pattern="[0-9]{5}" />
      <input aria-label="Menge" type="number" />`);
    const [date, plz, amount] = [...root.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    await openFor(kb, inner(root.querySelector('ozg-phone-field')!, 'input'));
    expect(characters(kb).sort()).to.deep.equal([...DIGITS, '+'].sort());
    expect(labels(kb)).to.include('Leerzeichen');
    await press(kb, '+', '4', '9', 'Leerzeichen', '2');
    expect(inner<HTMLInputElement>(root.querySelector('ozg-phone-field')!, 'input').value).to.equal('+49 2');
    await openFor(kb, date);
    expect(characters(kb).sort()).to.deep.equal([...DIGITS, '.'].sort());
    await type(kb, '05.03.2024');
    expect(date.value).to.equal('05.03.2024');
    await openFor(kb, plz);
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    await openFor(kb, amount);
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    await press(kb, '4', '2', 'Löschen', '7');
    expect(amount.value).to.equal('47');
  });

  it('finds the literal characters of a pattern', () => {
    expect(patternLiterals('\\d{2}\\.\\d{2}\\.\\d{4}')).to.deep.equal(['.']);
    expect(patternLiterals('[0-9]{5}')).to.deep.equal([]);
    expect(patternLiterals('\\d+([.,]\\d+)?')).to.deep.equal([',', '.']);
    expect(patternLiterals('[-+]?\\d+')).to.deep.equal(['+', '-']);
    expect(patternLiterals('\\d{2}/\\d{4}')).to.deep.equal(['/']);
    expect(patternLiterals('.+')).to.deep.equal([]);
    expect(patternLiterals('[^.]+\\s?\\d')).to.deep.equal([' ']);
  });

  it('maps keys through the shift states (ß has no capital here)', () => {
    expect(['a', 'ü', 'ß', '1', '-', '@', '.de'].map((c) => keyText(c, 'once'))).to.deep.equal(['A', 'Ü', '?', '!', '_', '@', '.de']);
    expect(['a', 'ü', 'ß', '1', '-'].map((c) => keyText(c, 'lock'))).to.deep.equal(['A', 'Ü', 'ß', '1', '-']);
    expect(keyText('a', 'off')).to.equal('a');
  });

  it('serves text-like inputs and textareas that can be edited, nothing else', async () => {
    const { root } = await page(html`<fieldset disabled><input aria-label="a" /></fieldset>
      <input aria-label="b" disabled /><input aria-label="c" readonly /><textarea aria-label="d" readonly></textarea>
      <input aria-label="e" type="checkbox" /><input aria-label="f" type="date" /><input aria-label="g" inputmode="none" />
      <input aria-label="h" type="search" /><input aria-label="i" type="url" /><input aria-label="j" type="password" /><textarea aria-label="k"></textarea>`);
    const served = [...root.querySelectorAll('input, textarea')].filter((control) => servedControl(control)).map((control) => control.getAttribute('aria-label'));
    expect(served).to.deep.equal(['h', 'i', 'j', 'k']);
    const url = root.querySelector<HTMLInputElement>('[type=url]')!;
    expect(keyboardModeOf(url).layout).to.equal('text');
    const english = document.createElement('input');
    english.inputMode = 'decimal';
    expect(keyboardModeOf(english, '.').extras).to.deep.equal(['.']);
  });
});

describe('<ozg-on-screen-keyboard> opening and focus', () => {
  it('keeps focus in the field while keys are clicked; closes when focus moves to a button', async () => {
    const { root, kb } = await page(html`<form><ozg-text-field name="name" label="Name"></ozg-text-field><button type="button">Weiter</button></form>`);
    const field = root.querySelector('ozg-text-field')!;
    const control = inner<HTMLInputElement>(field, 'input');
    const opened = oneEvent(kb, 'ozg-keyboard-toggle');
    await tap(control);
    const openDetail = (await opened).detail;
    expect(openDetail.open).to.equal(true);
    expect(openDetail.height).to.equal(Math.ceil(kb.getBoundingClientRect().height));
    expect(openDetail.height).to.be.greaterThan(200);
    expect(kb.hasAttribute('open')).to.equal(true);

    let blurs = 0;
    control.addEventListener('blur', () => blurs++);
    await press(kb, 'a', 'Umschalttaste', 'Löschen', 'Leerzeichen');
    // The keys are outside the tab order and never take focus, not even for a moment.
    expect(deepActiveElement()).to.equal(control);
    expect(blurs).to.equal(0);
    expect(keys(kb).every((button) => button.tabIndex === -1 && button.type === 'button')).to.equal(true);

    const closed = oneEvent(kb, 'ozg-keyboard-toggle');
    await tap(root.querySelector('button')!);
    expect((await closed).detail).to.deep.equal({ open: false, height: 0 });
    expect(kb.open).to.equal(false);
    expect(kb.hasAttribute('open')).to.equal(false);
    expect(kb.getBoundingClientRect().height).to.equal(0);
  });

  it('follows focus from field to field and to a button inside one shadow root', async () => {
    const { root, kb } = await page(html`<test-two-fields></test-two-fields>`);
    const host = root.querySelector<TwoFields>('test-two-fields')!;
    await host.updateComplete;
    const name = host.shadowRoot!.querySelector('ozg-text-field')!;
    const age = host.shadowRoot!.querySelector('ozg-number-field')!;
    await Promise.all([name.updateComplete, age.updateComplete]);
    await openFor(kb, inner(name, 'input'));
    await type(kb, 'Ada');
    await tap(inner(age, 'input'));
    await waitUntil(() => kb.control === inner(age, 'input'), 'the keyboard did not follow to the second field');
    await kb.updateComplete;
    expect(characters(kb).sort()).to.deep.equal([...DIGITS].sort());
    await press(kb, '4', '2');
    expect([name.value, age.value]).to.deep.equal(['Ada', '42']);
    await tap(host.shadowRoot!.querySelector('button')!);
    await waitUntil(() => !kb.open, 'the keyboard stayed open on the button');
  });

  it('shows a key as pressed while the finger is on it', async () => {
    const { root, kb } = await page(html`<input aria-label="Name" />`);
    await openFor(kb, root.querySelector('input')!);
    const background = () => getComputedStyle(key(kb, 'g')).backgroundColor;
    const normal = background();
    const box = key(kb, 'g').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await sendMouse({ type: 'down' });
    await kb.updateComplete;
    expect(key(kb, 'g').classList.contains('down')).to.equal(true);
    expect(background()).to.not.equal(normal);
    await sendMouse({ type: 'up' });
    await kb.updateComplete;
    expect(background()).to.equal(normal);
    expect(root.querySelector('input')!.value).to.equal('g');
  });

  it('opens at once for a field that has focus before the keyboard is connected', async () => {
    const root = fixtureSync<HTMLElement>(html`<div><input aria-label="Name" /></div>`);
    root.querySelector('input')!.focus();
    const kb = document.createElement('ozg-on-screen-keyboard');
    root.append(kb);
    await kb.updateComplete;
    expect(kb.open).to.equal(true);
    await press(kb, 'o', 'k');
    expect(root.querySelector('input')!.value).to.equal('ok');
  });

  it('closes when focus goes nowhere (a tap on the page background)', async () => {
    const { root, kb } = await page(html`<input aria-label="Name" />`);
    await openFor(kb, root.querySelector('input')!);
    await sendMouse({ type: 'click', position: [790, 10] });
    await waitUntil(() => !kb.open, 'the keyboard stayed open');
    expect(deepActiveElement()).to.equal(document.body);
  });

  it('closes on Escape and with Fertig (without submitting); a tap on the field opens it again', async () => {
    const { root, kb } = await page(html`<form><input name="q" aria-label="Suchbegriff" /></form>`);
    const form = root.querySelector('form')!;
    const input = root.querySelector('input')!;
    let submits = 0;
    form.addEventListener('submit', (event) => {
      submits++;
      event.preventDefault();
    });
    await openFor(kb, input);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !kb.open, 'Escape did not close it');
    expect(deepActiveElement()).to.equal(input);

    await openFor(kb, input);
    await press(kb, 'a', 'Fertig');
    expect(kb.open).to.equal(false);
    expect(submits).to.equal(0);
    expect(deepActiveElement()).to.equal(input);

    await openFor(kb, input);
    await press(kb, 'Tastatur ausblenden');
    expect(kb.open).to.equal(false);
    expect(input.value).to.equal('a');
  });

  it('does not open for readonly or disabled controls, and closes when focus moves to one', async () => {
    const { root, kb } = await page(html`<input aria-label="Name" /><input aria-label="Aktenzeichen" readonly value="MS-1" />
      <ozg-text-field label="Gesperrt" disabled></ozg-text-field><ozg-text-field label="Fest" readonly value="x"></ozg-text-field>`);
    const [editable, readonly] = [...root.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
    await openFor(kb, editable);
    readonly.focus();
    await kb.updateComplete;
    expect(kb.open).to.equal(false);
    inner<HTMLInputElement>(root.querySelector('ozg-text-field[readonly]')!, 'input').focus();
    await kb.updateComplete;
    expect(kb.open).to.equal(false);
    const disabled = inner<HTMLInputElement>(root.querySelector('ozg-text-field[disabled]')!, 'input');
    await tap(disabled);
    await kb.updateComplete;
    expect(kb.open).to.equal(false);
    expect(servedControl(disabled)).to.equal(undefined);
  });

  it('reports its new height when the layout changes from letters to the numeric pad', async () => {
    // On a phone-wide screen the letter rows take two lines each: the pad is much lower.
    await setViewport({ width: 390, height: 844 });
    try {
      const { root, kb } = await page(html`<input aria-label="Name" /><input aria-label="PLZ" inputmode="numeric" />`);
      const [name, plz] = [...root.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
      await openFor(kb, name);
      const letters = kb.getBoundingClientRect().height;
      const changed = oneEvent(kb, 'ozg-keyboard-toggle');
      await tap(plz);
      const detail = (await changed).detail;
      expect(detail.open).to.equal(true);
      expect(detail.height).to.equal(Math.ceil(kb.getBoundingClientRect().height));
      expect(detail.height).to.be.lessThan(letters - 100);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('scrolls a field near the bottom of the page out from under the keyboard', async () => {
    const { root, kb } = await page(html`<div class="spacer"></div><input aria-label="Ort" /><div class="spacer"></div>`);
    for (const spacer of root.querySelectorAll<HTMLElement>('.spacer')) spacer.style.height = '540px';
    const input = root.querySelector('input')!;
    try {
      await openFor(kb, input);
      await waitUntil(() => input.getBoundingClientRect().bottom <= window.innerHeight - kb.getBoundingClientRect().height, 'the field stayed under the keyboard');
    } finally {
      window.scrollTo(0, 0);
    }
  });
});

describe('<ozg-on-screen-keyboard> size and accessibility', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** Keys smaller than 48 × 48 px or reaching out of the screen. */
  function badKeys(kb: OzgOnScreenKeyboard): string[] {
    return keys(kb)
      .map((button) => ({ name: label(button), box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48 || box.left < 0 || box.right > window.innerWidth)
      .map(({ name, box }) => `${name}: ${box.width.toFixed(1)}×${box.height.toFixed(1)} at ${box.left.toFixed(0)}`);
  }

  for (const width of [390, 800, 1280, 1920]) {
    it(`has keys of at least 48 × 48 px within the screen at ${width} px, letters and numeric pad`, async () => {
      await setViewport({ width, height: 900 });
      const { root, kb } = await page(html`<input aria-label="Name" /><input aria-label="PLZ" inputmode="numeric" /><input type="email" aria-label="E-Mail" />`);
      for (const control of root.querySelectorAll('input')) {
        await openFor(kb, control);
        expect(keys(kb).length).to.be.greaterThan(10);
        expect(badKeys(kb)).to.deep.equal([]);
        const fontSize = parseFloat(getComputedStyle(key(kb, '1')).fontSize);
        expect(fontSize).to.be.at.least(20);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  }

  it('is a named group that passes axe, open, in German', async () => {
    const { root, kb } = await page(html`<input aria-label="Name" />`);
    await openFor(kb, root.querySelector('input')!);
    const group = kb.shadowRoot!.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-label')).to.equal('Bildschirmtastatur');
    await expect(kb).to.be.accessible();
    await press(kb, 'Umschalttaste', 'Umschalttaste');
    await expect(kb).to.be.accessible();
  });

  it('speaks Arabic right to left with the letters still in QWERTZ order, and passes axe', async () => {
    const { root, kb } = await page(html`<input aria-label="الاسم" />`, 'ar');
    await openFor(kb, root.querySelector('input')!);
    const group = kb.shadowRoot!.querySelector<HTMLElement>('[role=group]')!;
    await waitUntil(() => group.getAttribute('aria-label') !== 'Bildschirmtastatur', 'the Arabic texts did not arrive');
    expect(group.getAttribute('aria-label')).to.equal('لوحة المفاتيح على الشاشة');
    expect(keyboardMessages.format('ar', 'keyboard.label')).to.equal('لوحة المفاتيح على الشاشة');
    expect(label(key(kb, 'حذف'))).to.equal('حذف');
    expect(group.dir).to.equal('rtl');
    expect(group.lang).to.equal('ar');
    const x = (name: string) => key(kb, name).getBoundingClientRect().x;
    expect(x('q')).to.be.lessThan(x('w'));
    expect(x('a')).to.be.lessThan(x('ä'));
    await expect(kb).to.be.accessible();
  });
});
