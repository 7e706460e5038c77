/**
 * Fixed cases of the demo's municipal-rest backend, one in every state, so
 * the status tracker can be tried without sending a form first. Their
 * references and PINs are listed in docs/connectors/municipal-rest.md (a test
 * checks the list). They do not advance; their events are counted back from
 * `now` (the first lookup after a reset), so dates always look current.
 */
// From the modules, not the connector's index: its re-exports would load the parts the connector loads on first use.
import { formatReference } from '../../connectors/municipal-rest/reference.js';
import type { CaseState } from '../../src/index.js';
import type { CaseRecord, CaseStep } from './municipal-rest-cases.js';
import { isoDate } from './mock-clock.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What a visitor (or a test) needs to look a fixed case up. */
export interface DemoStatusCase {
  reference: string;
  pin: string;
  /** Where the case stands. */
  state: CaseState;
  serviceId: string;
}

interface DemoCaseScript extends DemoStatusCase {
  /** How long before `now` the application came in, in seconds. */
  ageSeconds: number;
  steps: CaseStep[];
  /** Days from `now` to the target date of a decision. */
  expectedInDays?: number;
}

const reference = (serial: number) => formatReference({ prefix: 'MS', year: 2026, serial });
const received: CaseStep = { afterSeconds: 0, state: 'submitted', note: 'Ihr Antrag ist bei der Stadt Musterstadt eingegangen.' };

const SCRIPTS: readonly DemoCaseScript[] = [
  {
    reference: reference(100001),
    pin: '271828',
    state: 'submitted',
    serviceId: 'meldebescheinigung-beantragen',
    ageSeconds: 20 * MINUTE,
    steps: [received],
    expectedInDays: 3,
  },
  {
    reference: reference(100002),
    pin: '314159',
    state: 'delivered',
    serviceId: 'wohngeld-beantragen',
    ageSeconds: 2 * DAY,
    steps: [received, { afterSeconds: 3 * MINUTE, state: 'delivered', note: 'Ihr Antrag liegt jetzt beim Amt für Wohnungswesen.' }],
    expectedInDays: 35,
  },
  {
    reference: reference(100003),
    pin: '161803',
    state: 'in-progress',
    serviceId: 'baugenehmigung-beantragen',
    ageSeconds: 26 * DAY,
    steps: [
      received,
      { afterSeconds: 5 * MINUTE, state: 'delivered', note: 'Ihr Bauantrag liegt jetzt beim Bauordnungsamt.' },
      {
        afterSeconds: 3 * DAY,
        state: 'in-progress',
        note: 'Ihr Bauantrag ist vollständig. Wir haben die Stellungnahmen des Denkmalschutzes und des Tiefbauamts angefordert.',
      },
    ],
    expectedInDays: 32,
  },
  {
    reference: reference(100004),
    pin: '141421',
    state: 'action-required',
    serviceId: 'bewohnerparkausweis-beantragen',
    ageSeconds: 6 * DAY,
    steps: [
      received,
      { afterSeconds: 2 * MINUTE, state: 'delivered', note: 'Ihr Antrag liegt jetzt bei der Straßenverkehrsbehörde.' },
      { afterSeconds: 1 * DAY, state: 'in-progress', note: 'Eine Sachbearbeiterin prüft Ihren Antrag.' },
      {
        afterSeconds: 4 * DAY,
        state: 'action-required',
        note: 'Das Fahrzeug ist nicht auf Ihren Namen zugelassen.',
        action: {
          description: 'Bitte reichen Sie eine Bestätigung des Fahrzeughalters oder Ihres Arbeitgebers ein, dass Sie das Fahrzeug dauerhaft nutzen.',
          dueInDays: 14,
          url: 'https://www.musterstadt.example/buergerservice/unterlagen-nachreichen',
        },
      },
    ],
    expectedInDays: 16,
  },
  {
    reference: reference(100005),
    pin: '577215',
    state: 'completed',
    serviceId: 'hund-anmelden',
    ageSeconds: 30 * DAY,
    steps: [
      received,
      { afterSeconds: 1 * MINUTE, state: 'delivered', note: 'Ihr Antrag liegt jetzt beim Steueramt.' },
      { afterSeconds: 2 * DAY, state: 'in-progress', note: 'Das Steueramt prüft Ihre Anmeldung.' },
      {
        afterSeconds: 9 * DAY,
        state: 'completed',
        note: 'Ihr Hund ist angemeldet. Die Hundesteuermarke und den Steuerbescheid haben wir Ihnen per Post geschickt.',
      },
    ],
  },
  {
    reference: reference(100006),
    pin: '662607',
    state: 'rejected',
    serviceId: 'aussenbewirtschaftung-beantragen',
    ageSeconds: 18 * DAY,
    steps: [
      received,
      { afterSeconds: 4 * MINUTE, state: 'delivered', note: 'Ihr Antrag liegt jetzt bei der Straßenverkehrsbehörde.' },
      { afterSeconds: 1 * DAY, state: 'in-progress', note: 'Wir sehen uns den Gehweg vor Ihrem Lokal vor Ort an.' },
      {
        afterSeconds: 11 * DAY,
        state: 'rejected',
        reason:
          'Der Gehweg vor Ihrem Lokal ist 2,10 Meter breit. Für Fußgängerinnen und Fußgänger müssen mindestens 1,50 Meter frei bleiben; für Tische und Stühle bleibt daher zu wenig Platz (§ 6 Sondernutzungssatzung).',
        note: 'Den Bescheid mit der Rechtsbehelfsbelehrung haben wir Ihnen per Post geschickt. Sie können innerhalb eines Monats Widerspruch einlegen.',
      },
    ],
  },
  {
    reference: reference(100007),
    pin: '299792',
    state: 'withdrawn',
    serviceId: 'sperrmuell-anmelden',
    ageSeconds: 4 * DAY,
    steps: [
      received,
      { afterSeconds: 1 * MINUTE, state: 'delivered', note: 'Ihre Anmeldung liegt jetzt beim Amt für Abfallwirtschaft.' },
      { afterSeconds: 1 * DAY, state: 'withdrawn', note: 'Sie haben Ihre Anmeldung am Telefon zurückgezogen. Die Abholung findet nicht statt.' },
    ],
  },
];

/** The fixed cases: reference, PIN, state and service of each. */
export const DEMO_STATUS_CASES: readonly DemoStatusCase[] = SCRIPTS.map(({ reference, pin, state, serviceId }) => ({ reference, pin, state, serviceId }));

/** The fixed cases as the backend keeps them, their times counted back from `now`. */
export function demoCaseRecords(now: number): CaseRecord[] {
  return SCRIPTS.map((script) => {
    const record: CaseRecord = {
      reference: script.reference,
      pin: script.pin,
      serviceId: script.serviceId,
      openedAt: now - script.ageSeconds * 1000,
      steps: script.steps,
      compressed: false,
    };
    if (script.expectedInDays !== undefined) record.expectedCompletion = isoDate(now + script.expectedInDays * DAY * 1000);
    return record;
  });
}
