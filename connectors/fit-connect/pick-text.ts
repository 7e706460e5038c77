/**
 * The text of a BundID status update (zbp-status-update.ts) in the
 * citizen's language. Only the status reading uses it, so it loads with
 * that part; the update's schema stays with the lookup, which checks the
 * answer with it.
 */
import type { LocalizedText } from './zbp-status-update.js';

/**
 * The text in the wanted language: exact tag, then its base language, then
 * German (every update has it), then any non-empty text.
 */
export function pickText(text: LocalizedText | undefined, language: string | undefined): string | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text).filter(([, value]) => value.trim() !== '');
  const lookup = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag.toLowerCase())?.[1];
  const wanted = language?.trim();
  return (wanted ? (lookup(wanted) ?? lookup(wanted.split('-')[0]!)) : undefined) ?? lookup('de') ?? entries[0]?.[1];
}
