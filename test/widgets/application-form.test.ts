import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FormDefinition } from '../../src/index.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import { sampleDefinition } from '../forms/sample-definition.js';
import { active, applicationForm, clickButton, configureForms, field, fillSampleForm, inShadow, resetForms, setField } from './form-fixtures.js';

describe('<ozg-application-form>', function () {
  this.timeout(20_000);

  afterEach(() => {
    fixtureCleanup();
    resetForms();
  });

  it('shows the first step with progress and labelled fields, and passes axe', async () => {
    configureForms();
    const el = await applicationForm();
    expect(inShadow(el, '.progress-text').textContent).to.equal('Schritt 1 von 4');
    expect(inShadow(el, '.step-title').textContent).to.equal('Ihre Angaben');
    expect(field(el, '/G60000001/F60000228').getAttribute('label')).to.equal('Vorname');
    expect(field(el, '/G60000001/G60000086').localName).to.equal('ozg-address-group');
    await expect(el).to.be.accessible();
  });

  it('lists the problems in an error summary that gets focus, and marks the fields', async () => {
    configureForms();
    const el = await applicationForm();
    await clickButton(el, 'Weiter');
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary not focused');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.include('Vorname: Bitte füllen Sie dieses Feld aus.');
    expect(links).to.include('Familienname: Bitte füllen Sie dieses Feld aus.');
    expect(field(el, '/G60000001/F60000228').hasAttribute('show-errors')).to.equal(true);
    expect(inShadow(el, '.step-title').textContent).to.equal('Ihre Angaben');
    const first = el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!;
    first.click();
    await waitUntil(() => active(el)?.getAttribute('data-pointer') === '/G60000001/F60000228', 'link did not focus the field');
    await expect(el).to.be.accessible();
  });

  it('goes forward and back keeping the data, showing conditional fields', async () => {
    configureForms();
    const el = await applicationForm();
    await setField(el, '/G60000001/F60000228', 'Erika');
    await setField(el, '/G60000001/F60000227', 'Mustermann');
    await setField(el, '/G60000001/G60000086', { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt' });
    await clickButton(el, 'Weiter');
    await waitUntil(() => active(el)?.classList.contains('step-title'));
    expect(inShadow(el, '.step-title').textContent).to.equal('Ihr Hund');
    expect(el.shadowRoot!.querySelector('[data-pointer="/G10000001/F10000004"]')).to.equal(null);
    await setField(el, '/G10000001/F10000003', 'tierheim');
    expect(field(el, '/G10000001/F10000004').localName).to.equal('ozg-yes-no-field');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Zurück');
    await waitUntil(() => inShadow(el, '.step-title').textContent === 'Ihre Angaben');
    expect(field(el, '/G60000001/F60000228').value).to.equal('Erika');
  });

  it('adds and removes items of a repeatable group', async () => {
    configureForms();
    const el = await applicationForm();
    await fillSampleForm(el);
    await clickButton(el, 'Zurück');
    await clickButton(el, 'Zurück');
    await waitUntil(() => inShadow(el, '.step-title').textContent === 'Ihr Hund');
    const group = field(el, '/G10000002');
    group.dispatchEvent(new CustomEvent('ozg-repeat-add', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-pointer="/G10000002/1/F10000010"]')).not.to.equal(null);
    group.dispatchEvent(new CustomEvent('ozg-repeat-remove', { detail: { index: 0 }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(field(el, '/G10000002/0/F10000010').value).to.equal('');
  });

  it('shows a review of all answers whose change links lead back to the field', async () => {
    configureForms();
    const el = await applicationForm();
    await fillSampleForm(el);
    await waitUntil(() => active(el)?.classList.contains('view-title'));
    const review = inShadow(el, '.review');
    expect(review.textContent).to.contain('Erika');
    expect(review.textContent).to.contain('Marktplatz 1, 76990 Musterstadt');
    expect(review.textContent).to.contain('Züchterin oder Züchter');
    expect(inShadow(el, '.progress-text').textContent).to.equal('Schritt 4 von 4');
    await expect(el).to.be.accessible();
    const change = [...review.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('„Name des Hundes“ ändern'))!;
    change.click();
    await waitUntil(() => active(el)?.getAttribute('data-pointer') === '/G10000001/F10000001', 'change link did not focus the field');
    await clickButton(el, 'Zurück zur Übersicht');
    await waitUntil(() => el.shadowRoot!.querySelector('.review'));
  });

  it('sends once, shows the receipt with reference and status link, and clears the draft', async () => {
    const backend = configureForms();
    const el = await applicationForm();
    await fillSampleForm(el);
    expect(sessionStorage.length).to.equal(1);
    const submitted = oneEvent(el, 'ozg-form-submitted');
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('absenden'))!;
    button.click();
    button.click();
    await el.updateComplete;
    expect((await submitted as CustomEvent).detail.reference).to.equal('MS-2026-000001-0');
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
    expect(backend.calls).to.equal(1);
    expect(inShadow(el, '.receipt-reference').textContent).to.equal('MS-2026-000001-0');
    expect(inShadow(el, '.receipt').textContent).to.contain('4711');
    const status = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.receipt a')].find((a) => a.textContent!.includes('Stand'))!;
    expect(new URL(status.href).searchParams.get('ref')).to.equal('MS-2026-000001-0');
    expect(sessionStorage.length).to.equal(0);
    const sent = [...backend.stored.values()][0]!.submission;
    expect(sent.data).to.deep.include({ F10000099: true });
    expect(sent.data['G10000001']).to.deep.equal({ F10000001: 'Bello', F10000003: 'zucht' });
    expect(sent.schemaUri).to.equal(sampleDefinition.schemaUri);
    await waitUntil(() => active(el)?.classList.contains('view-title'));
    await expect(el).to.be.accessible();
  });

  it('names the authority the application goes to, when the routing knows it', async () => {
    configureForms(sampleDefinition, {
      recipient: {
        name: 'Stadt Musterstadt – Steueramt',
        address: { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt' },
        contact: { phone: [], email: [{ value: 'steueramt@musterstadt.example' }], fax: [] },
      },
    });
    const el = await applicationForm();
    await fillSampleForm(el);
    const recipient = inShadow(el, '.recipient').textContent!;
    expect(recipient).to.contain('Ihr Antrag geht an');
    expect(recipient).to.contain('Stadt Musterstadt – Steueramt');
    expect(recipient).to.contain('Marktplatz 1, 76990 Musterstadt');
    expect(recipient).to.contain('steueramt@musterstadt.example');
    await expect(el).to.be.accessible();
  });

  it('retries a timed-out send with the same key, so exactly one application and one receipt exist', async () => {
    const backend = configureForms();
    backend.behaviour = (_s, attempt) => (attempt === 1 ? 'timeout-after-storing' : 'ok');
    const el = await applicationForm();
    await fillSampleForm(el);
    await clickButton(el, 'Antrag verbindlich absenden');
    await waitUntil(() => el.shadowRoot!.querySelector('.submit-error [role="alert"]'));
    expect(inShadow(el, '.submit-error').textContent).to.contain('Ihre Eingaben bleiben erhalten');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Erneut versuchen');
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
    expect(backend.calls).to.equal(2);
    expect(backend.stored.size).to.equal(1);
    expect(inShadow(el, '.receipt-reference').textContent).to.equal('MS-2026-000001-0');
  });

  it('puts the authority’s field errors on the fields', async () => {
    const backend = configureForms();
    backend.behaviour = () => 'field-error';
    const el = await applicationForm();
    await fillSampleForm(el);
    await clickButton(el, 'Antrag verbindlich absenden');
    await waitUntil(() => active(el)?.classList.contains('error-summary'));
    expect(inShadow(el, '.step-title').textContent).to.equal('Ihre Angaben');
    expect(inShadow(el, '.error-summary').textContent).to.contain('Postleitzahl: Die Postleitzahl liegt nicht in Musterstadt.');
  });

  it('restores a draft after a reload, with a way to start again', async () => {
    configureForms();
    const first = await applicationForm();
    await setField(first, '/G60000001/F60000228', 'Erika');
    fixtureCleanup();
    const el = await applicationForm();
    expect(field(el, '/G60000001/F60000228').value).to.equal('Erika');
    expect(inShadow(el, '.restored').textContent).to.contain('wiederhergestellt');
    await expect(el).to.be.accessible();
  });

  it('stores nothing in kiosk mode', async () => {
    configureForms();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div data-ozg-kiosk><ozg-application-form connector="stadt" service="hund-anmelden"></ozg-application-form></div>`,
    );
    const el = wrapper.querySelector<OzgApplicationForm>('ozg-application-form')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.step-title'));
    await setField(el, '/G60000001/F60000228', 'Erika');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('fills prefillable fields from the page', async () => {
    configureForms();
    const el = await applicationForm(html`<ozg-application-form connector="stadt" service="hund-anmelden" .prefill=${{ givenName: 'Erika' }}></ozg-application-form>`);
    expect(field(el, '/G60000001/F60000228').value).to.equal('Erika');
  });

  it('says clearly when the connector cannot receive applications, with the fallback link', async () => {
    configureForms(sampleDefinition, { submission: false });
    const el = await applicationForm(
      html`<ozg-application-form connector="stadt" service="hund-anmelden" fallback-url="https://www.musterstadt.example/hund"></ozg-application-form>`,
    );
    expect(inShadow(el, '.notice').textContent).to.contain('Online absenden ist hier nicht möglich');
    expect(inShadow<HTMLAnchorElement>(el, '.notice a').href).to.equal('https://www.musterstadt.example/hund');
    await expect(el).to.be.accessible();
  });

  it('says when a service has no online form', async () => {
    configureForms({ ...sampleDefinition, serviceId: 'anderes' } as FormDefinition);
    const el = await applicationForm();
    expect(inShadow(el, '.notice').textContent).to.contain('kein Online-Formular');
  });

  it('asks for a service when none is chosen', async () => {
    configureForms();
    const el = await fixture<OzgApplicationForm>(html`<ozg-application-form connector="stadt"></ozg-application-form>`);
    expect(inShadow(el, '.notice').textContent).to.contain('Kein Antrag ausgewählt');
  });

  it('shows a failed form download with a retry that works, and passes axe', async () => {
    configureForms(sampleDefinition, { formsFailures: 1 });
    const el = await applicationForm();
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('Dienst nicht erreichbar');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Erneut versuchen');
    await waitUntil(() => el.shadowRoot!.querySelector('.step-title'));
  });
});
