/**
 * The form fields on their own (as a city page uses them without a widget):
 * Turkish and Arabic texts from the lazy packs, Arabic plural forms, and a
 * mirrored layout on a right-to-left page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OzgAddressGroup, OzgDateField, OzgTextField, OzgTextareaField } from '../../src/fields/index.js';
import { accessibleName, formFixture, inner, shownError } from '../fields/helpers.js';

const FIELDS = `
  <ozg-text-field name="name" label="Name" required show-errors></ozg-text-field>
  <ozg-date-field name="birth" label="Geburtsdatum"></ozg-date-field>
  <ozg-yes-no-field name="dog" label="Hund?"></ozg-yes-no-field>
  <ozg-textarea-field name="why" label="Grund" maxlength="10"></ozg-textarea-field>
  <ozg-address-group name="address" label="Anschrift" required show-errors></ozg-address-group>
  <ozg-checkbox-group name="pets" label="Tiere" show-errors min-items="2"><option value="a">Hund</option></ozg-checkbox-group>`;

function texts(form: HTMLFormElement) {
  const date = form.querySelector<OzgDateField>('ozg-date-field')!;
  return {
    required: shownError(form.querySelector<OzgTextField>('ozg-text-field')!),
    dateParts: [...date.shadowRoot!.querySelectorAll('input')].map((input) => accessibleName(input)),
    yesNo: [...form.querySelector('ozg-yes-no-field')!.shadowRoot!.querySelectorAll('input')].map((input) => accessibleName(input)),
    count: inner(form.querySelector<OzgTextareaField>('ozg-textarea-field')!, '#count').textContent!.trim(),
    tooFew: shownError(form.querySelector('ozg-checkbox-group')!),
  };
}

describe('form fields in Turkish and Arabic', function () {
  this.timeout(15_000);

  it('speak Turkish on a Turkish page', async () => {
    const form = await formFixture(`<form lang="tr">${FIELDS}</form>`);
    await waitUntil(() => texts(form).dateParts[0] === 'Gün' && texts(form).tooFew?.includes('Lütfen'), 'Turkish did not arrive');
    expect(texts(form)).to.deep.equal({
      required: 'Hata: Lütfen bu alanı doldurun.',
      dateParts: ['Gün', 'Ay', 'Yıl'],
      yesNo: ['Evet', 'Hayır'],
      count: '10 karakter kaldı',
      tooFew: 'Hata: Lütfen en az 2 bilgi girin.',
    });
    expect(form.querySelector<OzgTextField>('ozg-text-field')!.validationMessage).to.equal('Lütfen bu alanı doldurun.');
  });

  it('speak Arabic with its plural forms, and lay out right to left on a right-to-left page, and pass axe', async () => {
    const form = await formFixture(`<form lang="ar" dir="rtl">${FIELDS}</form>`);
    await waitUntil(() => texts(form).dateParts[0] === 'اليوم' && texts(form).tooFew?.includes('يُرجى'), 'Arabic did not arrive');
    const n = (value: number) => value.toLocaleString('ar');
    expect(texts(form)).to.deep.equal({
      required: 'خطأ: يُرجى ملء هذا الحقل.',
      dateParts: ['اليوم', 'الشهر', 'السنة'],
      yesNo: ['نعم', 'لا'],
      count: `يتبقى ${n(10)} أحرف`,
      tooFew: 'خطأ: يُرجى تحديد بندين على الأقل.',
    });

    const textarea = form.querySelector<OzgTextareaField>('ozg-textarea-field')!;
    textarea.value = 'abcdefghi';
    await textarea.updateComplete;
    expect(inner(textarea, '#count').textContent!.trim()).to.equal('يتبقى حرف واحد');

    // The error bar is on the right, where Arabic lines start; the first part of an address too.
    const name = form.querySelector<OzgTextField>('ozg-text-field')!;
    const invalid = getComputedStyle(inner(name, '.field.invalid'));
    expect(invalid.direction).to.equal('rtl');
    expect(parseFloat(invalid.borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(invalid.borderLeftWidth)).to.equal(0);
    const address = form.querySelector<OzgAddressGroup>('ozg-address-group')!;
    const [street, number] = [...address.shadowRoot!.querySelectorAll<HTMLElement>('.part')].map((part) => part.getBoundingClientRect());
    expect(street!.right).to.be.greaterThan(number!.right);
    await expect(form).to.be.accessible();
  });
});
