/** Texts of the result view (timeline), loaded with it. German here; English in timeline-messages-en.ts. */
import { Messages, type Message } from '../../src/i18n/messages.js';

const de = {
  'timeline.result.current': 'Aktueller Stand',
  'timeline.result.updated': 'Zuletzt geändert am {date}',
  'timeline.result.checked': 'Zuletzt geprüft um {time} Uhr',
  'timeline.result.refresh': 'Jetzt aktualisieren',
  'timeline.result.autoRefresh': 'Diese Seite prüft den Stand regelmäßig, solange sie geöffnet ist.',
  'timeline.result.expected': 'Voraussichtlich erledigt bis {date}. Das ist ein Richtwert, keine Zusage.',
  'timeline.result.another': 'Anderen Antrag abfragen',
  'timeline.result.changed': 'Neuer Stand: {state}',
  'timeline.result.loaded': 'Stand Ihres Antrags: {state}',
  'timeline.timeline': 'Verlauf',
  'timeline.timeline.upcoming': 'noch offen',
  'timeline.action.title': 'Bitte werden Sie aktiv',
  'timeline.action.due': 'Bitte bis {date}',
  'timeline.action.link': 'Zur Nachreichung',
  'timeline.reason': 'Begründung: {reason}',
  'timeline.state.submitted': 'Antrag eingereicht',
  'timeline.state.delivered': 'Bei der Behörde eingegangen',
  'timeline.state.in-progress': 'In Bearbeitung',
  'timeline.state.action-required': 'Rückfrage der Behörde',
  'timeline.state.completed': 'Abgeschlossen',
  'timeline.state.rejected': 'Abgelehnt',
  'timeline.state.withdrawn': 'Zurückgezogen',
  'timeline.state.decided': 'Entscheidung',
} satisfies Record<string, Message>;

export type TimelineMessageKey = keyof typeof de;

export const timelineMessages = new Messages<TimelineMessageKey>({
  de,
  en: () => import('./timeline-messages-en.js'),
  tr: () => import('./timeline-messages-tr.js'),
  ar: () => import('./timeline-messages-ar.js'),
});
