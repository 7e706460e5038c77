/**
 * The Musterstadt catalog, converted to Suchdienst JSON by the mocks and read back by the pvog
 * connector, must give the same services and offices as static-json — field by field, as far as
 * PVOG can carry them. This checks the converters and the connector's parsers (durations, costs,
 * documents, deadlines, links, trees) on 169 varied services at once.
 */
import { expect } from '@open-wc/testing';
import { connectorType } from '../../connectors/pvog/index.js';
import { connectorType as staticJsonType } from '../../connectors/static-json/index.js';
import { catalog, MUSTERSTADT_ARS } from '../../demo/data/catalog.js';
import { PVOG_BASE_PATH, pvogHandlers } from '../../demo/mocks/pvog/handlers.js';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import type { Service } from '../../src/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';

await startMockWorker(...pvogHandlers, ...staticJsonHandlers);
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };
const pvog = (await connectorType.create(connectorType.parseConfig({ type: 'pvog', baseUrl: PVOG_BASE_PATH, ars: MUSTERSTADT_ARS }), context)).catalog!;
const reference = (await staticJsonType.create(staticJsonType.parseConfig({ type: 'static-json', url: CATALOG_PATH }), context)).catalog!;

const plain = (html: string | undefined) => (html ? new DOMParser().parseFromString(html, 'text/html').body.textContent!.replace(/\s+/g, ' ').trim() : '');

/** Differences between what PVOG can carry of `original` and what came back. */
function differences(original: Service, mapped: Service): string[] {
  const found: string[] = [];
  const same = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`${original.id}.${field}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`);
  };
  for (const field of ['name', 'summary', 'leikaKeys', 'synonyms', 'descriptionHtml', 'requirementsHtml', 'procedureHtml', 'formsNoteHtml', 'appealHtml', 'costsNoteHtml', 'officeIds', 'addressees', 'legalBasis', 'lastUpdated', 'online'] as const) {
    same(field, original[field], mapped[field]);
  }
  same('officialName', original.officialName ?? original.name, mapped.officialName);
  // XZuFi's `vorkasse` has no known place in the Suchdienst JSON.
  same(
    'costs',
    original.costs.map((c) => ({ ...c, prepayment: undefined })),
    mapped.costs,
  );
  same(
    'requiredDocuments',
    original.requiredDocuments.map((d) => ({ name: d.name, descriptionHtml: d.descriptionHtml })),
    mapped.requiredDocuments.map((d) => ({ name: d.name, descriptionHtml: d.descriptionHtml })),
  );
  same(
    'deadlines',
    original.deadlines.map((d) => ({ label: d.label, typeCode: d.typeCode, duration: d.duration, date: d.date, text: plain(d.descriptionHtml) })),
    mapped.deadlines.map((d) => ({ label: d.label, typeCode: d.typeCode, duration: d.duration, date: d.date, text: plain(d.descriptionHtml) })),
  );
  same('processingTime.duration', original.processingTime?.duration, mapped.processingTime?.duration);
  same('processingTime.text', plain(original.processingTime?.descriptionHtml), plain(mapped.processingTime?.descriptionHtml));
  same(
    'onlineServices',
    original.onlineServices.map(({ title, uri, trustLevel }) => ({ title, uri, trustLevel })),
    mapped.onlineServices.map(({ title, uri, trustLevel }) => ({ title, uri, trustLevel })),
  );
  // PVOG lists a booking link among the further links; it comes back in both places.
  same('furtherInformation', original.furtherInformation, mapped.furtherInformation.filter((l) => l.uri !== original.appointmentUrl));
  if (original.appointmentUrl) same('appointmentUrl', original.appointmentUrl, mapped.appointmentUrl);
  // The tree carries the ancestors too.
  for (const code of original.lifeSituations) if (!mapped.lifeSituations.includes(code)) found.push(`${original.id}.lifeSituations: ${code} missing`);
  return found;
}

describe('pvog connector on the Musterstadt catalog converted to PVOG', () => {
  it('gives every service back as static-json has it', async () => {
    const ids = catalog.services.map((s) => s.id);
    const found: string[] = [];
    for (const id of ids) {
      const [original, mapped] = await Promise.all([reference.getService(id), pvog.getService(id)]);
      found.push(...differences(original, mapped));
    }
    expect(found, found.slice(0, 10).join('\n')).to.deep.equal([]);
  });

  it('finds a booking link only where one was given or a link title says so', async () => {
    const withoutBooking = catalog.services.filter((s) => !s.appointmentUrl).map((s) => s.id);
    const guessed: string[] = [];
    for (const id of withoutBooking) if ((await pvog.getService(id)).appointmentUrl) guessed.push(id);
    // "Bauberatung …: Sprechzeiten und Terminbuchung" is a booking link, "Termine des Schadstoffmobils" is not.
    expect(guessed).to.deep.equal(['baugenehmigung-beantragen']);
  });

  it('gives every office back exactly', async () => {
    const found: string[] = [];
    for (const office of catalog.offices ?? []) {
      const [original, mapped] = await Promise.all([reference.getOffice(office.id), pvog.getOffice(office.id)]);
      if (JSON.stringify(original) !== JSON.stringify(mapped)) found.push(office.id);
    }
    expect(found).to.deep.equal([]);
  });
});
