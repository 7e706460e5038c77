/**
 * `praezisierung`: constraints on a field's value. XDatenfelder 3 writes them
 * as attributes (`minLength="1" maxLength="55" pattern="…"`); version 2 as
 * JSON-like element text (`{"minLength":"1","maxLength":"55"}`), which tools
 * did not always write as valid JSON. Both are read; the text wins where both
 * give the same constraint.
 */
import type { Precision } from './model.js';

const KEYS = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const;
type Key = (typeof KEYS)[number];

export interface PrecisionReading {
  precision: Precision;
  /** The text or attribute that could not be read, for a warning. */
  problem?: string | undefined;
}

export function readPrecision(element: Element | undefined): PrecisionReading {
  if (!element) return { precision: {} };
  const raw: Partial<Record<Key, string>> = {};
  for (const key of KEYS) {
    const value = element.getAttribute(key);
    if (value !== null && value.trim() !== '') raw[key] = value.trim();
  }
  const text = element.textContent?.trim() ?? '';
  let problem: string | undefined;
  if (text !== '') {
    const fromText = parsePrecisionText(text);
    if (fromText) Object.assign(raw, fromText);
    else problem = text;
  }
  const precision: Precision = {};
  for (const key of ['minLength', 'maxLength'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (/^\d+$/.test(value)) precision[key] = Number(value);
    else problem = `${key}="${value}"`;
  }
  if (raw.minValue !== undefined) precision.minValue = raw.minValue;
  if (raw.maxValue !== undefined) precision.maxValue = raw.maxValue;
  if (raw.pattern !== undefined) precision.pattern = raw.pattern;
  return { precision, problem };
}

/**
 * Reads v2 text: strict JSON first, then the same without braces, then
 * `key: value` pairs with single, double or no quotes. `undefined` when
 * nothing known is found.
 */
export function parsePrecisionText(text: string): Partial<Record<Key, string>> | undefined {
  for (const candidate of [text, `{${text}}`]) {
    const parsed = tryJson(candidate);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const result = pick(parsed as Record<string, unknown>);
      if (Object.keys(result).length) return result;
    }
  }
  const result: Partial<Record<Key, string>> = {};
  const pair = /["']?(minLength|maxLength|minValue|maxValue|pattern)["']?\s*[:=]\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,;}\s]+))/g;
  for (const match of text.matchAll(pair)) {
    const key = match[1] as Key;
    const doubleQuoted = match[2];
    result[key] = doubleQuoted !== undefined ? unescapeJsonString(doubleQuoted) : (match[3] ?? match[4] ?? '');
  }
  return Object.keys(result).length ? result : undefined;
}

function pick(object: Record<string, unknown>): Partial<Record<Key, string>> {
  const result: Partial<Record<Key, string>> = {};
  for (const key of KEYS) {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') result[key] = value.trim();
    else if (typeof value === 'number' && Number.isFinite(value)) result[key] = String(value);
  }
  return result;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function unescapeJsonString(text: string): string {
  const parsed = tryJson(`"${text}"`);
  return typeof parsed === 'string' ? parsed : text;
}
