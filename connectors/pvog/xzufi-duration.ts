/**
 * Durations as the Suchdienst writes them in Fristen and Bearbeitungsdauer details: "1 Monat",
 * "3 bis 4 Wochen", "2-3 Werktage", "ca. 10 Tage", "6 Wochen bis 3 Monate", or XZuFi
 * Zeiteinheit codes ("2 WOCHE"). Anything else is left to the description text, so a vague
 * "bis zu 3 Monate" is never turned into a firm "3 Monate".
 */
import type { Duration, TimeUnit } from '../../src/index.js';
import { parseGermanCount } from './german-number.js';

const UNITS: [RegExp, TimeUnit][] = [
  [/^jahr(e|en|es)?$/, 'year'],
  [/^monat(e|en|s)?$/, 'month'],
  [/^woche(n)?$/, 'week'],
  [/^(werktag|arbeitstag)(e|en)?$/, 'working-day'],
  [/^(kalender)?tag(e|en)?$/, 'day'],
  [/^stunde(n)?$/, 'hour'],
  [/^minute(n)?$/, 'minute'],
];

/** Words that only say "about" and may be dropped. */
const APPROXIMATELY = /^(ca\.?|circa|etwa|rund|ungefähr|in der regel|durchschnittlich)\s+/;

const COUNT = String.raw`(\d+(?:[.,]\d+)?|[a-zäöü]+)`;
const UNIT = String.raw`([a-zäöü]+)`;
const PATTERN = new RegExp(String.raw`^${COUNT}(?:\s+${UNIT})?(?:\s*(?:bis|-)\s*${COUNT}(?:\s+${UNIT})?)?$`);

export function unitOf(word: string | undefined): TimeUnit | undefined {
  if (!word) return undefined;
  return UNITS.find(([pattern]) => pattern.test(word))?.[1];
}

export function parseDuration(text: string | null | undefined): Duration | undefined {
  if (!text) return undefined;
  let s = text.toLowerCase().replace(/[\u00a0\s]+/g, ' ').replace(/[–—]/g, '-').trim().replace(/\.$/, '');
  while (APPROXIMATELY.test(s)) s = s.replace(APPROXIMATELY, '');
  const match = PATTERN.exec(s);
  if (!match) return undefined;
  const [, fromText = '', fromUnitText, toText, toUnitText] = match;
  const value = parseGermanCount(fromText);
  const valueTo = toText === undefined ? undefined : parseGermanCount(toText);
  if (value === undefined || (toText !== undefined && valueTo === undefined)) return undefined;
  const fromUnit = unitOf(fromUnitText);
  const toUnit = unitOf(toUnitText);
  if ((fromUnitText && !fromUnit) || (toUnitText && !toUnit)) return undefined;
  const unit = fromUnit ?? toUnit;
  if (!unit) return undefined;
  const duration: Duration = { value, unit };
  if (valueTo !== undefined) {
    duration.valueTo = valueTo;
    if (toUnit && toUnit !== unit) duration.unitTo = toUnit;
  }
  return duration;
}
