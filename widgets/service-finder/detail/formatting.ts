/** Plain-language formatting of money, durations and dates for the detail view. */
import type { Cost, Duration, Money } from '../../../src/model/index.js';
import { finderMessages } from '../messages.js';

export function formatMoney(language: string, money: Money): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }).format(money.value);
}

export function formatDuration(language: string, duration: Duration): string {
  const part = (value: number, unit: Duration['unit']) => finderMessages.format(language, `finder.unit.${unit}`, { count: value });
  const from = part(duration.value, duration.unit);
  if (duration.valueTo === undefined) return from;
  const unitTo = duration.unitTo ?? duration.unit;
  // "2 bis 4 Wochen" when the unit is the same, "2 Wochen bis 3 Monate" otherwise.
  const fromText = unitTo === duration.unit ? duration.value.toLocaleString(language) : from;
  return finderMessages.format(language, 'finder.unit.range', { from: fromText, to: part(duration.valueTo, unitTo) });
}

export function formatCost(language: string, cost: Cost): string {
  const t = finderMessages;
  switch (cost.kind) {
    case 'free':
      return t.format(language, 'finder.detail.costFree');
    case 'fixed':
      return formatMoney(language, cost.amount);
    case 'variable':
      if (cost.min && cost.max) {
        return t.format(language, 'finder.detail.costRange', { min: formatMoney(language, cost.min), max: formatMoney(language, cost.max) });
      }
      if (cost.min) return t.format(language, 'finder.detail.costFrom', { min: formatMoney(language, cost.min) });
      if (cost.max) return t.format(language, 'finder.detail.costUpTo', { max: formatMoney(language, cost.max) });
      return t.format(language, 'finder.detail.costVariable');
  }
}

/** `2026-12-24` → "24.12.2026" (de) / "24/12/2026" (en-GB) … */
export function formatDate(language: string, isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}
