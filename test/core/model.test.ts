import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CaseStatus, Condition, FormDefinition, Office, Service, isFinalCaseState, summarize } from '../../src/index.js';

const minimalService = { id: 'hund-anmelden', name: 'Hund anmelden' };

describe('domain model', () => {
  it('fills lists and defaults a backend left out', () => {
    const service = Service.parse(minimalService);
    expect(service.costs).to.deep.equal([]);
    expect(service.requiredDocuments).to.deep.equal([]);
    expect(service.language).to.equal('de');
    expect(service.online).to.equal(false);
  });

  it('accepts only http(s) links, so no javascript: URL reaches an href', () => {
    const withLink = (uri: string) => Service.safeParse({ ...minimalService, legalBasis: [{ uri, title: '§ 1' }] }).success;
    expect(withLink('https://www.gesetze-im-internet.de/hundesteuer')).to.equal(true);
    expect(withLink('javascript:alert(1)')).to.equal(false);
    expect(withLink('data:text/html,<script>alert(1)</script>')).to.equal(false);
    expect(Service.safeParse({ ...minimalService, appointmentUrl: 'JaVaScRiPt:alert(1)' }).success).to.equal(false);
  });

  it('checks LeiKa keys and the structure of costs', () => {
    expect(Service.safeParse({ ...minimalService, leikaKeys: ['99102013001000'] }).success).to.equal(true);
    expect(Service.safeParse({ ...minimalService, leikaKeys: ['9910201'] }).success).to.equal(false);
    const costs = Service.parse({
      ...minimalService,
      costs: [
        { kind: 'fixed', amount: { value: 120 } },
        { kind: 'variable', min: { value: 10 }, max: { value: 50 } },
        { kind: 'free' },
      ],
    }).costs;
    expect(costs[0]).to.deep.equal({ kind: 'fixed', amount: { value: 120, currency: 'EUR' } });
    expect(Service.safeParse({ ...minimalService, costs: [{ kind: 'fixed' }] }).success).to.equal(false);
  });

  it('keeps only the summary fields in summarize()', () => {
    const service = Service.parse({ ...minimalService, descriptionHtml: '<p>lang</p>', synonyms: ['Hundemarke'] });
    const summary = summarize(service);
    expect(summary).not.to.have.property('descriptionHtml');
    expect(summary.synonyms).to.deep.equal(['Hundemarke']);
  });

  it('validates structured opening hours', () => {
    const office = (opens: string) =>
      Office.safeParse({ id: 'o', name: 'Bürgerbüro', openingHours: { regular: [{ day: 'mo', opens, closes: '12:00' }] } });
    expect(office('08:00').success).to.equal(true);
    expect(office('8:00').success).to.equal(false);
    expect(office('25:00').success).to.equal(false);
    const parsed = Office.parse({ id: 'o', name: 'Bürgerbüro', openingHours: {} });
    expect(parsed.openingHours!.timeZone).to.equal('Europe/Berlin');
    expect(parsed.contact).to.deep.equal({ phone: [], email: [], fax: [] });
  });

  it('parses nested visibility conditions in form definitions', () => {
    const condition = { all: [{ field: '/G1/F1', equals: 'ja' }, { not: { any: [{ field: '/G1/F2', filled: true }] } }] };
    expect(z.safeParse(Condition, condition).success).to.equal(true);
    expect(z.safeParse(Condition, { field: 'no-pointer', equals: 1 }).success).to.equal(false);
    const form = FormDefinition.parse({ id: 'f', title: 'Antrag', schema: { type: 'object' } });
    expect(form.ui).to.deep.equal({ steps: [], fields: {}, rules: [] });
  });

  it('knows which case states are final', () => {
    expect(isFinalCaseState('completed')).to.equal(true);
    expect(isFinalCaseState('rejected')).to.equal(true);
    expect(isFinalCaseState('action-required')).to.equal(false);
    expect(CaseStatus.safeParse({ reference: 'A', state: 'lost', updatedAt: '2026-01-01T00:00:00Z' }).success).to.equal(false);
  });
});
