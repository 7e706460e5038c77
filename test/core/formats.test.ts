import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { AnyUrl, Email, Guid, HttpUrl, IsoDate, IsoDateTime, Uuid, integer } from '../../src/index.js';

const passes = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('string and number formats', () => {
  it('HttpUrl: absolute http(s) only', () => {
    expect(passes(HttpUrl, 'https://www.musterstadt.de/rathaus?x=1')).to.equal(true);
    expect(passes(HttpUrl, 'http://localhost:8000/')).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', '/relative', 'https//missing-colon', '', 42]) {
      expect(passes(HttpUrl, bad), String(bad)).to.equal(false);
    }
  });

  it('AnyUrl: any absolute URL, as FIT-Connect schema URIs', () => {
    expect(passes(AnyUrl, 'urn:xoev-de:fim:leistung:99123456760610')).to.equal(true);
    expect(passes(AnyUrl, 'https://schema.fitko.de/fim/s00000092_1.0.schema.json')).to.equal(true);
    expect(passes(AnyUrl, 'not a url')).to.equal(false);
  });

  it('Email: a plausible address, no leading, trailing or double dots', () => {
    expect(passes(Email, 'anna.mueller+amt@musterstadt.de')).to.equal(true);
    for (const bad of ['anna@', '@musterstadt.de', 'anna..mueller@musterstadt.de', '.anna@musterstadt.de', 'anna@musterstadt', 'anna müller@musterstadt.de']) {
      expect(passes(Email, bad), bad).to.equal(false);
    }
  });

  it('Guid and Uuid: 8-4-4-4-12 hex; Uuid also checks version and variant', () => {
    expect(passes(Guid, '00000000-1111-2222-3333-444444444444')).to.equal(true);
    expect(passes(Guid, '3F2504E0-4F89-11D3-9A0C-0305E82C3301')).to.equal(true);
    expect(passes(Guid, '3f2504e0-4f89-11d3-9a0c-0305e82c330')).to.equal(false);
    expect(passes(Uuid, crypto.randomUUID())).to.equal(true);
    expect(passes(Uuid, '00000000-1111-2222-3333-444444444444')).to.equal(false);
  });

  it('IsoDate: YYYY-MM-DD of a day that exists', () => {
    expect(passes(IsoDate, '2024-02-29')).to.equal(true);
    for (const bad of ['2023-02-29', '2026-04-31', '2026-13-01', '2026-1-5', '05.01.2026', '2026-01-05T10:00:00Z']) {
      expect(passes(IsoDate, bad), bad).to.equal(false);
    }
  });

  it('IsoDateTime: with seconds and an offset', () => {
    for (const good of ['2025-01-20T01:26:46Z', '2025-01-20T01:26:46.123+01:00', '2025-07-01T23:59:59-05:30']) {
      expect(passes(IsoDateTime, good), good).to.equal(true);
    }
    for (const bad of ['2025-01-20T01:26:46', '2025-01-20T01:26Z', '2025-02-30T10:00:00Z', '2025-01-20T24:00:00Z', '2025-01-20 01:26:46Z']) {
      expect(passes(IsoDateTime, bad), bad).to.equal(false);
    }
  });

  it('integer: whole numbers with further checks', () => {
    const count = integer(z.nonnegative());
    expect(passes(count, 0)).to.equal(true);
    expect(passes(count, 12)).to.equal(true);
    for (const bad of [1.5, -1, Number.NaN, 2 ** 53, '3']) expect(passes(count, bad), String(bad)).to.equal(false);
  });

  it('keeps its format for the generated JSON Schemas', () => {
    const schema = z.toJSONSchema(z.object({ a: HttpUrl, b: IsoDate, c: IsoDateTime, d: Email, e: Guid, f: integer(z.minimum(1)) }), { io: 'input' });
    const properties = (schema as { properties: Record<string, { type?: string; format?: string; minimum?: number }> }).properties;
    expect(properties['a']!.format).to.equal('uri');
    expect(properties['b']!.format).to.equal('date');
    expect(properties['c']!.format).to.equal('date-time');
    expect(properties['d']!.format).to.equal('email');
    expect(properties['e']!.format).to.equal('uuid');
    expect(properties['f']!.type).to.equal('integer');
    expect(properties['f']!.minimum).to.equal(1);
  });
});
