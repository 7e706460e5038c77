/**
 * A German page downloads no language pack: the widgets, their fields and
 * their messages render German without requesting any `…-en`, `…-tr` or
 * `…-ar` module. Only when a part of the page switches to Turkish are the
 * Turkish packs fetched — and still no Arabic or English one. (Its own test
 * file: the packs a page has loaded stay loaded.)
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { CaseStatus, StatusCapability } from '../../src/index.js';

// The page loads hundreds of modules; the default buffer of 250 entries would drop later requests.
// Raised before the library loads (dynamically, below), so even a pack imported eagerly would show.
performance.setResourceTimingBufferSize(10_000);
const { configure, resetConfiguration } = await import('../../src/index.js');
await import('../../src/fields/define-fields.js');
await import('../../widgets/application-form/define.js');
await import('../../widgets/service-finder/define.js');
await import('../../widgets/status-tracker/define.js');
const { sampleDefinition } = await import('../forms/sample-definition.js');

const PACK = /(?:messages|keyboard-messages|link-messages)-([a-z]{2})\.(?:ts|js)\b/;

/** The language packs this page has requested so far, e.g. `['tr']`. */
function packsRequested(): string[] {
  const languages = performance
    .getEntriesByType('resource')
    .map((entry) => PACK.exec(new URL(entry.name).pathname)?.[1])
    .filter((language): language is string => language !== undefined);
  return [...new Set(languages)].sort();
}

const status: StatusCapability = {
  secondFactor: 'pin',
  getStatus: async () => ({ reference: 'X', state: 'submitted', updatedAt: '2026-01-01T00:00:00Z', history: [] }) as CaseStatus,
};

describe('a German page', function () {
  this.timeout(20_000);

  before(() => {
    resetConfiguration();
    configure({
      connectors: {
        stadt: {
          type: 'memory',
          forms: { getFormDefinition: async () => sampleDefinition },
          submission: { submit: () => Promise.reject(new Error('nothing is sent in this test')) },
          status,
        },
      },
    });
  });
  after(() => {
    fixtureCleanup();
    resetConfiguration();
  });

  it('renders the widgets and fields in German without loading any language pack, and loads only Turkish for Turkish', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="de">
      <ozg-application-form connector="stadt" service=${sampleDefinition.serviceId}></ozg-application-form>
      <ozg-status-tracker connector="stadt"></ozg-status-tracker>
      <form><ozg-date-field name="d" label="Datum" required show-errors></ozg-date-field></form>
    </div>`);
    const form = page.querySelector('ozg-application-form')!;
    const tracker = page.querySelector('ozg-status-tracker')!;
    await waitUntil(() => form.shadowRoot!.querySelector('.progress-text')?.textContent?.startsWith('Schritt 1'), 'the form did not show', { timeout: 5000 });
    await waitUntil(() => tracker.shadowRoot!.querySelector('.form-title')?.textContent === 'Stand Ihres Antrags', 'the tracker did not show', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(packsRequested()).to.deep.equal([]);

    page.lang = 'tr';
    await waitUntil(() => tracker.shadowRoot!.querySelector('.form-title')?.textContent === 'Başvurunuzun durumu', 'Turkish did not arrive', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(packsRequested()).to.deep.equal(['tr']);
  });
});
