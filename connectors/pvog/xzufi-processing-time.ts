/**
 * Module 95 "Bearbeitungsdauer" → `processingTime`.
 *
 * Real shape: each `details` entry has the duration in `text` ("1 Monat") and an explanation in
 * `title`; the module's own `text` may add a note. The first readable duration wins; all texts
 * are kept in the description.
 */
import type { ProcessingTime } from '../../src/index.js';
import { escapeHtml, htmlOrUndefined, plainText } from './html-text.js';
import type { PvogModule } from './pvog-service-description.js';
import { parseDuration } from './xzufi-duration.js';
import { usable } from './xzufi-text-modules.js';

export function mapProcessingTime(module: PvogModule | undefined): ProcessingTime | undefined {
  if (!module) return undefined;
  let duration: ProcessingTime['duration'];
  const parts: string[] = [];
  const note = htmlOrUndefined(module.text);
  if (note) parts.push(note);
  for (const detail of usable(module.details)) {
    const value = plainText(detail.text);
    const parsed = parseDuration(value);
    if (parsed && !duration) duration = parsed;
    else if (value) parts.push(`<p>${escapeHtml(value)}</p>`);
    const explanation = plainText(detail.title);
    if (explanation) parts.push(`<p>${escapeHtml(explanation)}</p>`);
  }
  if (!duration && parts.length === 0) return undefined;
  const time: ProcessingTime = {};
  if (duration) time.duration = duration;
  if (parts.length > 0) time.descriptionHtml = parts.join('\n');
  return time;
}
