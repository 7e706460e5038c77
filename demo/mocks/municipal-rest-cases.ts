/**
 * The cases of the demo's municipal-rest backend: where each application
 * stands, for `POST /status` (municipal-rest-status.ts).
 *
 * - Every application the backend accepts (municipal-rest-submissions.ts)
 *   opens a case that advances on its own through {@link CASE_PROGRESS}:
 *   submitted at once, delivered after 15 s, in progress after 40 s, action
 *   required after 70 s (a proof to hand in within 14 days), in progress again
 *   after 110 s, completed after 150 s — compressed demo time, so a visitor
 *   can send a form and follow the same reference in the tracker. Make it
 *   faster or slower with {@link setCaseSpeed}.
 * - The fixed demo cases (municipal-rest-demo-cases.ts) stand in every state
 *   and do not move; their times are counted back from the first lookup.
 *
 * Time is the mock clock's (mock-clock.ts): tests stop it and move it on
 * instead of waiting.
 *
 * The cases of accepted applications are the simulated server's database:
 * kept in the tab's sessionStorage (reference, PIN, service, times — no form
 * data), so the demo can send a form on one page and follow the case on
 * another. Closing the tab forgets them.
 */
import { isFinalCaseState, type CaseEvent, type CaseState, type CaseStatus } from '../../src/index.js';
import { isoDate, mockNow } from './mock-clock.js';
import { demoCaseRecords } from './municipal-rest-demo-cases.js';

/** One step of a case's life: the event that happens `afterSeconds` after the case was opened. */
export interface CaseStep {
  afterSeconds: number;
  state: CaseState;
  /** Note from the office, plain text. */
  note?: string;
  /** For `action-required`: what the citizen must do, due a number of days after the step. */
  action?: { description: string; dueInDays?: number; url?: string };
  /** For `rejected`: why. */
  reason?: string;
}

/** A case as the backend keeps it. */
export interface CaseRecord {
  reference: string;
  pin: string;
  serviceId: string;
  serviceName?: string | undefined;
  authorityName?: string | undefined;
  /** When the case was opened (ms since 1970). */
  openedAt: number;
  steps: readonly CaseStep[];
  /** Whether the steps run in compressed demo time, scaled by {@link setCaseSpeed}. */
  compressed: boolean;
  /** Target date of a decision, `YYYY-MM-DD`; not shown once the case is final. */
  expectedCompletion?: string | undefined;
}

/** The states an accepted application passes through, and when (in demo seconds at speed 1). */
export const CASE_PROGRESS: readonly { afterSeconds: number; state: CaseState }[] = [
  { afterSeconds: 0, state: 'submitted' },
  { afterSeconds: 15, state: 'delivered' },
  { afterSeconds: 40, state: 'in-progress' },
  { afterSeconds: 70, state: 'action-required' },
  { afterSeconds: 110, state: 'in-progress' },
  { afterSeconds: 150, state: 'completed' },
];

/** Days the citizen has to do what an `action-required` step asks. */
export const ACTION_DUE_DAYS = 14;

/** Where a citizen hands in documents later (the demo city's page). */
export const HAND_IN_URL = 'https://www.musterstadt.example/buergerservice/unterlagen-nachreichen';

interface ServiceTexts {
  missing: string;
  action: string;
  done: string;
}

/** What the office asks for and says at the end, per service with an online form. */
const SERVICE_TEXTS: Record<string, ServiceTexts> = {
  'hund-anmelden': {
    missing: 'Für die Anmeldung fehlt noch der Nachweis der Tollwutimpfung Ihres Hundes.',
    action: 'Bitte reichen Sie den Impfnachweis nachträglich ein.',
    done: 'Ihr Hund ist angemeldet. Die Hundesteuermarke und den Steuerbescheid schicken wir Ihnen per Post.',
  },
  'sperrmuell-anmelden': {
    missing: 'Auf Ihrem Foto des Sperrmülls ist nicht zu erkennen, ob Elektrogeräte dabei sind.',
    action: 'Bitte reichen Sie eine Liste der Gegenstände nachträglich ein.',
    done: 'Die Abholung ist geplant. Den Termin haben wir Ihnen per E-Mail geschickt.',
  },
  'bewohnerparkausweis-beantragen': {
    missing: 'Für den Parkausweis fehlt noch die Zulassungsbescheinigung Ihres Fahrzeugs.',
    action: 'Bitte reichen Sie die Zulassungsbescheinigung Teil I nachträglich ein.',
    done: 'Ihr Bewohnerparkausweis ist ausgestellt. Sie erhalten ihn als PDF per E-Mail.',
  },
};

const DEFAULT_TEXTS: ServiceTexts = {
  missing: 'Für die Bearbeitung fehlt noch ein Nachweis.',
  action: 'Bitte reichen Sie den fehlenden Nachweis nachträglich ein.',
  done: 'Ihr Antrag ist abgeschlossen. Den Bescheid schicken wir Ihnen per Post.',
};

/** The steps of an accepted application of `serviceId`, with the texts of its office. */
export function progressOf(serviceId: string, authorityName: string | undefined): CaseStep[] {
  const texts = SERVICE_TEXTS[serviceId] ?? DEFAULT_TEXTS;
  const notes: Record<number, Omit<CaseStep, 'afterSeconds' | 'state'>> = {
    0: { note: 'Ihr Antrag ist bei der Stadt Musterstadt eingegangen.' },
    15: { note: authorityName ? `Ihr Antrag liegt jetzt bei der zuständigen Stelle: ${authorityName}.` : 'Ihr Antrag liegt jetzt bei der zuständigen Stelle.' },
    40: { note: 'Eine Sachbearbeiterin prüft Ihren Antrag.' },
    70: { note: texts.missing, action: { description: texts.action, dueInDays: ACTION_DUE_DAYS, url: HAND_IN_URL } },
    110: { note: 'Vielen Dank, Ihr Nachweis ist eingegangen. Wir bearbeiten Ihren Antrag weiter.' },
    150: { note: texts.done },
  };
  return CASE_PROGRESS.map((step) => ({ ...step, ...notes[step.afterSeconds] }));
}

/** Where the demo tab keeps the cases of accepted applications. */
export const CASES_STORAGE_KEY = 'ozg-widgets-demo.municipal-rest.cases.v1';

/** What is stored per case; the steps follow from the service. */
type StoredCase = Omit<CaseRecord, 'steps' | 'compressed'>;

let speed = 1;
const opened = new Map<string, CaseRecord>();
reloadOpenedCases();
/** The fixed demo cases, counted back from the time of the first lookup after a reset. */
let fixed: Map<string, CaseRecord> | undefined;

/**
 * How fast accepted applications advance: 1 is {@link CASE_PROGRESS}, 10 ten
 * times faster (completed after 15 s). The fixed demo cases do not move.
 */
export function setCaseSpeed(factor: number): void {
  if (!(factor > 0) || !Number.isFinite(factor)) throw new RangeError(`The case speed is a positive number, not ${factor}`);
  speed = factor;
}

/** Opens the case of an accepted application at the mock clock's time. */
export function openCase(record: Omit<CaseRecord, 'openedAt' | 'steps' | 'compressed'>): CaseRecord {
  const created: CaseRecord = { ...record, openedAt: mockNow(), steps: progressOf(record.serviceId, record.authorityName), compressed: true };
  opened.set(record.reference, created);
  saveOpenedCases();
  return created;
}

/** Reads the cases of accepted applications from the tab's storage again, as a page load does. */
export function reloadOpenedCases(): void {
  opened.clear();
  for (const stored of readStorage()) {
    opened.set(stored.reference, { ...stored, steps: progressOf(stored.serviceId, stored.authorityName), compressed: true });
  }
}

function saveOpenedCases(): void {
  const stored: StoredCase[] = [...opened.values()].map(({ steps: _steps, compressed: _compressed, ...rest }) => rest);
  try {
    if (stored.length === 0) sessionStorage.removeItem(CASES_STORAGE_KEY);
    else sessionStorage.setItem(CASES_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // No storage (blocked, private mode, no window): the cases live as long as the page.
  }
}

function readStorage(): StoredCase[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(CASES_STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(isStoredCase) : [];
  } catch {
    return [];
  }
}

function isStoredCase(value: unknown): value is StoredCase {
  const v = value as Partial<StoredCase> | null;
  return typeof v === 'object' && v !== null && typeof v.reference === 'string' && typeof v.pin === 'string' && typeof v.serviceId === 'string' && typeof v.openedAt === 'number';
}

/** Whether a case with this reference exists (also a fixed one). */
export function hasCase(reference: string): boolean {
  return findCase(reference) !== undefined;
}

/** The case of a canonical reference. */
export function findCase(reference: string): CaseRecord | undefined {
  return opened.get(reference) ?? fixedCases().get(reference);
}

/** Forgets the cases of accepted applications, also in the tab's storage (resetSubmissions does this too). */
export function forgetOpenedCases(): void {
  opened.clear();
  saveOpenedCases();
}

/** Forgets every opened case, counts the fixed ones back from the next lookup again and restores speed 1. */
export function resetCases(): void {
  forgetOpenedCases();
  fixed = undefined;
  speed = 1;
}

function fixedCases(): Map<string, CaseRecord> {
  fixed ??= new Map(demoCaseRecords(mockNow()).map((record) => [record.reference, record]));
  return fixed;
}

/** The events of a case that have happened by `now`, oldest first. */
export function eventsAt(record: CaseRecord, now: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const step of record.steps) {
    const at = record.openedAt + (step.afterSeconds * 1000) / (record.compressed ? speed : 1);
    if (at > now) break;
    const event: CaseEvent = { state: step.state, at: new Date(at).toISOString() };
    if (step.note) event.note = step.note;
    if (step.reason) event.reason = step.reason;
    if (step.action) {
      event.action = { description: step.action.description };
      if (step.action.dueInDays !== undefined) event.action.dueDate = isoDate(at + step.action.dueInDays * 86_400_000);
      if (step.action.url) event.action.url = step.action.url;
    }
    events.push(event);
  }
  return events;
}

/**
 * Where the case stands at `now`, as `POST /status` answers it; `names` fill
 * in service and authority when the record has none.
 */
export function statusAt(record: CaseRecord, now: number, names: { serviceName?: string | undefined; authorityName?: string | undefined } = {}): CaseStatus {
  const history = eventsAt(record, now);
  // A case is opened with its first step, so there is always one; the fallback keeps types honest.
  const last = history.at(-1) ?? { state: 'submitted' as const, at: new Date(record.openedAt).toISOString() };
  const serviceName = record.serviceName ?? names.serviceName;
  const authorityName = record.authorityName ?? names.authorityName;
  return {
    reference: record.reference,
    state: last.state,
    ...(serviceName ? { serviceName } : {}),
    ...(authorityName ? { authorityName } : {}),
    updatedAt: last.at,
    ...(record.expectedCompletion && !isFinalCaseState(last.state) ? { expectedCompletion: record.expectedCompletion } : {}),
    history,
  };
}
