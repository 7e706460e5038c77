/**
 * Module 97 "Fristen" → `deadlines`.
 *
 * Real shape: the module's `text` is a general note; each `details` entry is one Frist with the
 * label in `title`, the Fristtyp code in `code` (e.g. `009`) and "<description>: <duration>" in
 * `text` ("Widerspruch kann innerhalb eines Monats … eingelegt werden.: 1 Monat"). A fixed date
 * ("…: 31.07.2027") becomes `date`. The general note becomes a first entry labelled with the
 * module title, so nothing the editors wrote is lost.
 */
import type { Deadline } from '../../src/index.js';
import { parseGermanDate } from './german-date.js';
import { escapeHtml, htmlOrUndefined, plainText } from './html-text.js';
import type { PvogModule } from './pvog-service-description.js';
import { parseDuration } from './xzufi-duration.js';
import { usable } from './xzufi-text-modules.js';

type DeadlineInput = Deadline;

/** Splits "<description>: <value>" where the value is a duration or a date. */
export function splitDescriptionAndValue(text: string): { description: string; duration?: Deadline['duration']; date?: string } {
  const whole = { duration: parseDuration(text), date: parseGermanDate(text) };
  if (whole.duration || whole.date) return { description: '', ...definedOnly(whole) };
  const at = text.lastIndexOf(':');
  if (at >= 0) {
    const value = text.slice(at + 1).trim();
    const parsed = { duration: parseDuration(value), date: parseGermanDate(value) };
    if (parsed.duration || parsed.date) return { description: text.slice(0, at).trim(), ...definedOnly(parsed) };
  }
  return { description: text };
}

export function mapDeadlines(module: PvogModule | undefined): DeadlineInput[] {
  if (!module) return [];
  const moduleTitle = plainText(module.title) || 'Fristen';
  const deadlines: DeadlineInput[] = [];
  const note = htmlOrUndefined(module.text);
  if (note) deadlines.push({ label: moduleTitle, descriptionHtml: note });
  for (const detail of usable(module.details)) {
    const { description, duration, date } = splitDescriptionAndValue(plainText(detail.text));
    const deadline: DeadlineInput = { label: plainText(detail.title) || moduleTitle };
    if (detail.code && /^\d{3}$/.test(detail.code)) deadline.typeCode = detail.code;
    if (duration) deadline.duration = duration;
    if (date) deadline.date = date;
    if (description) deadline.descriptionHtml = escapeHtml(description);
    deadlines.push(deadline);
  }
  return deadlines;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
