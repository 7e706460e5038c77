/** A form field used on its own follows the page's language direction (no widget around it sets `dir`). */
import { expect, waitUntil } from '@open-wc/testing';
import { formFixture, inner } from '../fields/helpers.js';

describe('field direction', () => {
  it('a field on a page with only lang="ar" lays out right to left', async () => {
    const form = await formFixture(`<form lang="ar"><ozg-date-field name="d" label="x"></ozg-date-field></form>`);
    const date = form.querySelector('ozg-date-field')!;
    await waitUntil(() => inner(date, '.field').getAttribute('dir') === 'rtl', 'the field is not right to left');
    expect(getComputedStyle(inner(date, 'input')).direction).to.equal('rtl');
  });

  it('and left to right in German', async () => {
    const form = await formFixture(`<form lang="de"><ozg-date-field name="d" label="x"></ozg-date-field></form>`);
    const date = form.querySelector('ozg-date-field')!;
    await waitUntil(() => inner(date, '.field').getAttribute('dir') === 'ltr', 'the field is not left to right');
  });
});
