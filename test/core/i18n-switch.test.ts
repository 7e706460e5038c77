/** A language change at run time (the kiosk's language buttons) reaches everything, down to the fields inside a widget. */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import { configureForms, field, resetForms } from '../widgets/form-fixtures.js';

describe('a language switch at run time', function () {
  this.timeout(15_000);
  afterEach(() => { fixtureCleanup(); resetForms(); });

  it('reaches the fields inside a widget', async () => {
    configureForms();
    const page = await fixture<HTMLDivElement>(html`<div lang="de"><ozg-application-form connector="stadt" service="hund-anmelden"></ozg-application-form></div>`);
    const el = page.firstElementChild as OzgApplicationForm;
    await waitUntil(() => el.shadowRoot!.querySelector('.step-title'), 'no form', { timeout: 5000 });
    const address = field(el, '/G60000001/G60000086');
    await waitUntil(() => address.shadowRoot?.textContent?.includes('Postleitzahl'));
    page.lang = 'ar';
    await waitUntil(() => el.shadowRoot!.querySelector('.progress-text')?.textContent?.startsWith('الخطوة'), 'the widget did not switch', { timeout: 5000 });
    await waitUntil(() => address.shadowRoot!.textContent?.includes('الرمز البريدي'), 'the field inside did not switch', { timeout: 5000 });
    expect(address.shadowRoot!.querySelector('[dir]')?.getAttribute('dir')).to.equal('rtl');
  });
});
