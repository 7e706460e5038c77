/**
 * Valid form data for the demo forms, and submissions built from them, as
 * the application form would hand them to a connector.
 */
import { hundAnmelden } from '../../demo/data/forms/hund-anmelden.js';
import { bewohnerparkausweisBeantragen } from '../../demo/data/forms/bewohnerparkausweis-beantragen.js';
import { sperrmuellAnmelden } from '../../demo/data/forms/sperrmuell-anmelden.js';
import type { Submission } from '../../src/index.js';

/** `YYYY-MM-DD`, `days` before today (UTC). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A dog from the Tierheim, a second dog, SEPA debit: the form's conditional parts all shown. */
export function hundData(): Record<string, unknown> {
  return {
    G99000101: {
      F60000228: 'Erika',
      F60000227: 'Mustermann',
      G60000086: { F60000243: 'Lindenallee', F60000244: '12', F60000246: '76993', F60000247: 'Musterstadt' },
      G60000085: { F60000242: 'erika.mustermann@example.org' },
    },
    G99000102: { F99000201: 'Bello', F99000202: '001', F99000204: daysAgo(400), F99000205: daysAgo(20), F99000207: '01', F99000208: true },
    G99000103: { F99000301: true, G99000104: [{ F99000201: 'Luna', F99000202: '016', F99000205: daysAgo(200) }] },
    G99000105: { F99000401: true, F99000402: 'Erika Mustermann', F99000403: 'DE89 3704 0044 0532 0130 00' },
    G99000106: { F99000501: true },
  };
}

export function sperrmuellData(): Record<string, unknown> {
  return {
    G99000201: { G60000086: { F60000243: 'Am Markt', F60000244: '3', F60000246: '76990', F60000247: 'Musterstadt' } },
    G99000202: { F99000602: ['01', '02'], F99000603: '1 Sofa, 1 Matratze 90 × 200 cm', F99000604: 2.5, F99000605: false },
    G99000203: { F60000228: 'Max', F60000227: 'Muster', G60000085: { F60000240: '07999 1234', F60000242: 'max@example.org' } },
    G99000204: { F99000606: true },
  };
}

export function bewohnerparkData(): Record<string, unknown> {
  return {
    G99000301: {
      F60000228: 'Jana',
      F60000227: 'Beispiel',
      F99000701: '1990-05-17',
      G60000086: { F60000243: 'Schlossstraße', F60000244: '8a', F60000246: '76991', F60000247: 'Musterstadt' },
      G60000085: { F60000242: 'jana@example.org' },
    },
    G99000302: { F99000702: 'E', F99000703: '1' },
    G99000303: { F99000705: 'MS-JB 123', F99000706: '01', F99000708: true, F99000709: true },
    G99000304: { F99000710: false, F99000712: 'pdf' },
  };
}

/** A small PDF-like file. */
export function pdf(name = 'abgabevertrag.pdf', bytes = 2048): File {
  const content = new Uint8Array(bytes);
  content.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([content], name, { type: 'application/pdf' });
}

/** The Hund anmelden application with the Tierheim certificate attached; a new idempotency key each call. */
export function hundSubmission(overrides: Partial<Submission> = {}): Submission {
  const file = pdf();
  return {
    serviceId: 'hund-anmelden',
    formId: hundAnmelden.id,
    formVersion: hundAnmelden.version,
    schemaUri: hundAnmelden.schemaUri,
    leikaKey: hundAnmelden.leikaKey,
    data: hundData(),
    attachments: [{ specId: 'nachweis-tierheim', file, name: file.name, type: file.type, size: file.size }],
    idempotencyKey: crypto.randomUUID(),
    language: 'de',
    ...overrides,
  };
}

export function sperrmuellSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    serviceId: 'sperrmuell-anmelden',
    formId: sperrmuellAnmelden.id,
    formVersion: sperrmuellAnmelden.version,
    schemaUri: sperrmuellAnmelden.schemaUri,
    data: sperrmuellData(),
    attachments: [],
    idempotencyKey: crypto.randomUUID(),
    language: 'de',
    ...overrides,
  };
}

export function bewohnerparkSubmission(overrides: Partial<Submission> = {}): Submission {
  const file = pdf('zulassungsbescheinigung.pdf');
  return {
    serviceId: 'bewohnerparkausweis-beantragen',
    formId: bewohnerparkausweisBeantragen.id,
    formVersion: bewohnerparkausweisBeantragen.version,
    schemaUri: bewohnerparkausweisBeantragen.schemaUri,
    data: bewohnerparkData(),
    attachments: [{ specId: 'zulassungsbescheinigung', file, name: file.name, type: file.type, size: file.size }],
    idempotencyKey: crypto.randomUUID(),
    language: 'de',
    ...overrides,
  };
}
