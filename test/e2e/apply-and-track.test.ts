/**
 * End to end on the demo backend: each demo form is filled the way a citizen
 * would, sent through the municipal-rest connector to the msw backend, and
 * the receipt's reference and PIN are then followed in the status tracker
 * while the mock case advances.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { demoForms } from '../../demo/data/forms/index.js';
import {
  MUNICIPAL_REST_BASE,
  municipalRestHandlers,
  resetFailedLookups,
  resetSubmissions,
  storedSubmissionCount,
  useManualClock,
  useRealClock,
} from '../../demo/mocks/municipal-rest-handlers.js';
import '../../connectors/builtin.js';
import { FormDefinition, configure, resetConfiguration } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/status-tracker/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { completeForm, lookUpStatus } from './citizen.js';

const worker = await startMockWorker(...municipalRestHandlers);

describe('apply and track, end to end on the demo backend', function () {
  this.timeout(60_000);

  beforeEach(() => {
    resetSubmissions();
    resetFailedLookups();
    resetConfiguration();
    configure({ connectors: { stadt: { type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', retries: 0 } } });
  });
  afterEach(() => {
    fixtureCleanup();
    useRealClock();
    worker.resetHandlers(...municipalRestHandlers);
    resetConfiguration();
    sessionStorage.clear();
  });

  for (const input of demoForms) {
    const definition = FormDefinition.parse(input);
    it(`sends the demo form "${definition.title}" and tracks it`, async () => {
      const clock = useManualClock();
      const form = await fixture<OzgApplicationForm>(html`<ozg-application-form connector="stadt" service=${definition.serviceId!}></ozg-application-form>`);
      await waitUntil(() => form.shadowRoot!.querySelector('.step-title'), 'form did not load', { timeout: 10_000 });
      const { reference, pin } = await completeForm(form, definition);
      expect(storedSubmissionCount()).to.equal(1);
      expect(reference).to.match(/^MS-\d{4}-\d{6}-\d$/);

      const tracker = await fixture<OzgStatusTracker>(html`<ozg-status-tracker connector="stadt" url-state="off" poll-interval="0"></ozg-status-tracker>`);
      // Typed the way people type it: lower case, spaces instead of dashes.
      expect(await lookUpStatus(tracker, reference.toLowerCase().replaceAll('-', ' '), pin)).to.equal('Antrag eingereicht');
      clock.advance(20);
      [...tracker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Jetzt aktualisieren'))!.click();
      await waitUntil(() => tracker.shadowRoot!.querySelector('.view-title')!.textContent === 'Bei der Behörde eingegangen', 'the case did not advance');
      await expect(tracker).to.be.accessible();
    });
  }
});
