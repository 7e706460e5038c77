/**
 * Layout: every field fits a 320 px wide phone (also with text at 200 %),
 * and every control and button is at least 44 px high.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { chooseFiles, fileOf, formFixture, inner, settle } from './helpers.js';

const EVERY_FIELD = `
  <ozg-text-field name="a" label="Familienname laut Personalausweis oder Reisepass" hint="Bitte genau so schreiben wie im Ausweis" required show-errors></ozg-text-field>
  <ozg-textarea-field name="b" label="Begründung" maxlength="500"></ozg-textarea-field>
  <ozg-number-field name="c" label="Jahreseinkommen" value="abc" show-errors></ozg-number-field>
  <ozg-date-field name="d" label="Geburtsdatum" required show-errors></ozg-date-field>
  <ozg-email-field name="e" label="E-Mail-Adresse"></ozg-email-field>
  <ozg-phone-field name="f" label="Telefonnummer"></ozg-phone-field>
  <ozg-select-field name="g" label="Staatsangehörigkeit"><option value="x">Staatsangehörigkeit eines Landes mit sehr langem Namen</option></ozg-select-field>
  <ozg-radio-group name="h" label="Zustellung" required show-errors><option value="1">Per Post an die Meldeadresse</option><option value="2" data-hint="Sie erhalten einen Link">Per E-Mail</option></ozg-radio-group>
  <ozg-checkbox-group name="i" label="Kanäle"><option value="1">Brief</option><option value="2">Telefon</option></ozg-checkbox-group>
  <ozg-yes-no-field name="j" label="Sind Sie verheiratet?"></ozg-yes-no-field>
  <ozg-iban-field name="k" label="IBAN" value="DE89370400440532013000"></ozg-iban-field>
  <ozg-postcode-field name="l" label="Postleitzahl"></ozg-postcode-field>
  <ozg-address-group name="m" label="Anschrift" required show-errors></ozg-address-group>
  <ozg-file-field name="n" label="Nachweis" multiple></ozg-file-field>
  <ozg-repeatable-group label="Kinder" min="1"><template><ozg-text-field name="k.{i}" label="Vorname"></ozg-text-field></template></ozg-repeatable-group>`;

async function everyField(style = ''): Promise<HTMLFormElement> {
  const form = await formFixture(`<form style="${style}">${EVERY_FIELD}</form>`);
  const file = form.querySelector('ozg-file-field')!;
  chooseFiles(inner<HTMLInputElement>(file, '#control'), [fileOf('ein-sehr-langer-dateiname-ohne-leerzeichen-scan-2024.pdf', 123456, 'application/pdf')]);
  await settle(form);
  return form;
}

/** Elements in shadow roots (one level of nesting is enough here) wider than their field. */
function overflowing(form: HTMLFormElement): string[] {
  const problems: string[] = [];
  const limit = form.getBoundingClientRect().right + 0.5;
  for (const host of form.querySelectorAll('*')) {
    for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit) problems.push(`<${host.localName}> ${element.localName}.${element.className} right=${box.right} > ${limit}`);
    }
  }
  return problems;
}

function smallTargets(form: HTMLFormElement): string[] {
  const problems: string[] = [];
  for (const host of form.querySelectorAll('*')) {
    const targets = host.shadowRoot?.querySelectorAll<HTMLElement>('input:not([type=radio]):not([type=checkbox]), select, textarea, button, .option, .button') ?? [];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (box.height < 44 || box.width < 44) problems.push(`<${host.localName}> ${target.localName}.${target.className} ${box.width}×${box.height}`);
    }
  }
  return problems;
}

describe('field layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await everyField('margin:0;padding:0 8px');
    expect(overflowing(form)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('still fits with the text at 200 %', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await everyField('margin:0;padding:0 8px;--ozg-font-size:2rem');
    expect(overflowing(form)).to.deep.equal([]);
  });

  it('has controls, rows and buttons at least 44 × 44 px', async () => {
    const form = await everyField();
    expect(smallTargets(form)).to.deep.equal([]);
  });
});
