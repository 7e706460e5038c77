/**
 * Musterstadt's FIT-Connect cases for the demo and the tests: one or more in
 * every state of the timeline, each with the event log the delivery service
 * would hold and the BundID status updates the authority sent.
 *
 * Case ids, PINs and all texts are invented. Problem types and status texts
 * are illustrative, written after the documented shapes.
 */
import type { CaseState } from '../../../src/model/case-status.js';
import type { ZbpStatusUpdate } from '../../../connectors/fit-connect/index.js';
import { signedLookingSet, type SetSpec } from './signed-looking-tokens.js';

export interface DemoCase {
  caseId: string;
  pin: string;
  /** The state the connector should report. */
  expectedState: CaseState;
  eventLog: string[];
  statusUpdates: ZbpStatusUpdate[];
}

/** Musterstadt's destination (Zustellpunkt): the issuer of accept and reject events, which the receiving system signs. */
export const MUSTERSTADT_DESTINATION = '5d7c1b36-2f0e-4c51-9a8e-3b6f0d2c4e17';

type Step = Omit<SetSpec, 'caseId' | 'submissionId' | 'jti'>;

function demoCase(caseId: string, submissionId: string, pin: string, expectedState: CaseState, steps: Step[], statusUpdates: ZbpStatusUpdate[] = []): DemoCase {
  const eventLog = steps.map((step, index) =>
    signedLookingSet({ ...step, caseId, submissionId, jti: `${caseId.slice(0, 24)}${String(index + 1).padStart(12, '0')}` }),
  );
  return { caseId, pin, expectedState, eventLog, statusUpdates };
}

/** Create and submit a few seconds apart, as an online service does. */
function sent(at: string): Step[] {
  const t = Date.parse(at);
  return [
    { event: 'create-submission', at: new Date(t).toISOString() },
    { event: 'submit-submission', at: new Date(t + 4000).toISOString() },
  ];
}

const byAuthority = (event: Step['event'], at: string, details?: Record<string, unknown>): Step => ({
  event,
  at,
  issuer: MUSTERSTADT_DESTINATION,
  ...(details ? { details } : {}),
});

function update(applicationId: string, status: ZbpStatusUpdate['status'], createdDate: string, texts: { details?: string; information?: string } = {}): ZbpStatusUpdate {
  return {
    applicationId,
    status,
    publicServiceName: { de: 'Bewohnerparkausweis beantragen', en: 'Apply for a resident parking permit' },
    senderName: 'Straßenverkehrsbehörde Musterstadt',
    createdDate,
    ...(texts.details ? { statusDetails: { de: texts.details } } : {}),
    ...(texts.information ? { additionalInformation: { de: texts.information } } : {}),
  };
}

const APP_PROGRESS = 'b2e4c6a8-1d3f-4a5b-8c7d-9e0f1a2b3c4d';
const APP_ACTION = 'c3f5d7b9-2e4a-4b6c-9d8e-0f1a2b3c4d5e';
const APP_DONE = 'd4a6e8c0-3f5b-4c7d-8e9f-1a2b3c4d5e6f';
const APP_RECEIVED = 'e5b7f9d1-4a6c-4d8e-9f0a-2b3c4d5e6f70';

export const DEMO_CASES: readonly DemoCase[] = [
  demoCase('3f6a2c1e-8b4d-4e7f-9a0b-1c2d3e4f5a6b', '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', 'HUND-2611', 'submitted', sent('2026-11-02T09:14:05Z')),
  demoCase('4a7b3d2f-9c5e-4f80-8b1c-2d3e4f5a6b7c', '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e', 'MUELL-0311', 'delivered', [
    ...sent('2026-11-03T07:45:12Z'),
    { event: 'notify-submission', at: '2026-11-03T07:45:18Z' },
  ]),
  demoCase('5b8c4e3a-0d6f-4a91-9c2d-3e4f5a6b7c8d', '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f', 'FORWARD-7', 'delivered', [
    ...sent('2026-11-03T10:02:40Z'),
    { event: 'notify-submission', at: '2026-11-03T10:02:47Z' },
    byAuthority('forward-submission', '2026-11-03T10:20:00Z'),
  ]),
  demoCase(
    '6c9d5f4b-1e7a-4ba2-8d3e-4f5a6b7c8d9e',
    '3d4e5f6a-7b8c-4d9e-9f0a-1b2c3d4e5f6a',
    'PARK-0411',
    'delivered',
    [...sent('2026-11-04T08:00:00Z'), { event: 'notify-submission', at: '2026-11-04T08:00:06Z' }, byAuthority('accept-submission', '2026-11-04T08:31:15Z')],
    [update(APP_RECEIVED, 'RECEIVED', '2026-11-04T08:31:20.000Z', { details: 'Antrag eingegangen' })],
  ),
  demoCase(
    '7d0e6a5c-2f8b-4cb3-9e4f-5a6b7c8d9e0f',
    '4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b',
    'PARK-0511',
    'in-progress',
    [...sent('2026-11-05T11:20:00Z'), { event: 'notify-submission', at: '2026-11-05T11:20:06Z' }, byAuthority('accept-submission', '2026-11-05T12:02:00Z')],
    [
      update(APP_PROGRESS, 'SUBMITTED', '2026-11-05T11:20:05.000Z'),
      update(APP_PROGRESS, 'RECEIVED', '2026-11-05T12:02:10.000Z'),
      update(APP_PROGRESS, 'PROCESSING', '2026-11-06T09:15:00.000Z', { details: 'Ihr Antrag wird geprüft.' }),
    ],
  ),
  demoCase(
    '8e1f7b6d-3a9c-4dc4-8f5a-6b7c8d9e0f1a',
    '5f6a7b8c-9d0e-4f1a-9b2c-3d4e5f6a7b8c',
    'PARK-0611',
    'action-required',
    [...sent('2026-11-06T14:05:00Z'), { event: 'notify-submission', at: '2026-11-06T14:05:07Z' }, byAuthority('accept-submission', '2026-11-06T14:40:00Z')],
    [
      update(APP_ACTION, 'RECEIVED', '2026-11-06T14:40:05.000Z'),
      update(APP_ACTION, 'PROCESSING', '2026-11-09T08:30:00.000Z'),
      update(APP_ACTION, 'ACTION_REQUIRED', '2026-11-10T10:00:00.000Z', {
        details: 'Unterlagen fehlen',
        information: 'Bitte reichen Sie die Zulassungsbescheinigung Teil I Ihres Fahrzeugs nach.',
      }),
    ],
  ),
  demoCase(
    '9f2a8c7e-4b0d-4ed5-9a6b-7c8d9e0f1a2b',
    '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
    'PARK-0711',
    'completed',
    [...sent('2026-10-20T16:10:00Z'), { event: 'notify-submission', at: '2026-10-20T16:10:05Z' }, byAuthority('accept-submission', '2026-10-21T07:50:00Z')],
    [
      update(APP_DONE, 'RECEIVED', '2026-10-21T07:50:04.000Z'),
      update(APP_DONE, 'PROCESSING', '2026-10-22T09:00:00.000Z'),
      update(APP_DONE, 'COMPLETED', '2026-10-27T13:45:00.000Z', {
        details: 'Bescheid versandt',
        information: 'Ihr Parkausweis ist per Post unterwegs.',
      }),
    ],
  ),
  demoCase('0a3b9d8f-5c1e-4fe6-8b7c-8d9e0f1a2b3c', '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e', 'REJECT-08', 'rejected', [
    ...sent('2026-11-07T09:00:00Z'),
    { event: 'notify-submission', at: '2026-11-07T09:00:06Z' },
    byAuthority('reject-submission', '2026-11-07T09:05:30Z', {
      problems: [
        {
          type: 'https://schema.fitko.de/fit-connect/events/problems/encryption-issue',
          title: 'Entschlüsselungsfehler',
          detail: 'Die Anlage konnte nicht entschlüsselt werden.',
          instance: 'attachment:f50308a5-b3ed-4627-9f0b-b5a8e0095791',
        },
      ],
    }),
  ]),
  demoCase('1b4c0e9a-6d2f-4a07-9c8d-9e0f1a2b3c4d', '8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f', 'DELETE-09', 'withdrawn', [
    ...sent('2026-11-08T12:00:00Z'),
    { event: 'delete-submission', at: '2026-11-08T15:30:00Z' },
  ]),
];
