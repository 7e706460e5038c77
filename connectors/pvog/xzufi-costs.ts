/**
 * Module 98 "Kosten" → `costs` and `costsNoteHtml`.
 *
 * The Suchdienst sends costs as text ("<p>Keine</p>" in the real example) and, where the editors
 * structured them, as `details` (one per Kosten item: amount in `text`, what it is for in `title`,
 * after the pattern of the real Fristen and Bearbeitungsdauer details — an ASSUMPTION, the real
 * example has no Kosten details). Amounts we can read become structured costs: "Keine" → free,
 * "37,00 Euro" → fixed, "10 bis 50 Euro" → variable; a detail with an amount we cannot read ("nach
 * Aufwand") is a variable cost described by its texts; a module text we cannot read is kept as
 * `costsNoteHtml`. XZuFi's `vorkasse` (prepayment) has no known place in the Suchdienst JSON.
 */
import type { Cost, Money } from '../../src/index.js';
import { parseGermanNumber } from './german-number.js';
import { htmlOrUndefined, plainText } from './html-text.js';
import type { PvogModule } from './pvog-service-description.js';
import { usable } from './xzufi-text-modules.js';

type CostInput = Cost;

const FREE = /^(keine( kosten| gebühren)?|kostenlos|kostenfrei|gebührenfrei|entgeltfrei|es (fallen|entstehen) keine (kosten|gebühren)( an)?|keine gebühren(pflicht)?)$/;
const LABEL = /^(kosten|gebühr|gebühren|preis|entgelt)\s*:\s*/;
const EUR = String.raw`(?:€|euro|eur)`;
const AMOUNT = String.raw`(\d[\d.]*(?:,\d+)?)`;
const FIXED = new RegExp(String.raw`^(?:${EUR}\s*${AMOUNT}|${AMOUNT}\s*${EUR})$`);
const RANGE = new RegExp(String.raw`^(?:${EUR}\s*)?${AMOUNT}\s*${EUR}?\s*(?:bis|-)\s*(?:${EUR}\s*)?${AMOUNT}\s*${EUR}?$`);
const FROM = new RegExp(String.raw`^(?:ab|mindestens)\s+(?:${EUR}\s*${AMOUNT}|${AMOUNT}\s*${EUR})$`);
const UP_TO = new RegExp(String.raw`^(?:bis zu|bis|höchstens|maximal)\s+(?:${EUR}\s*${AMOUNT}|${AMOUNT}\s*${EUR})$`);

function euro(text: string | undefined): Money | undefined {
  const value = text === undefined ? undefined : parseGermanNumber(text);
  return value === undefined ? undefined : { value, currency: 'EUR' };
}

/** One cost from a plain text such as "37,00 Euro"; undefined when the text is anything else. */
export function parseCostText(text: string): CostInput | undefined {
  const s = text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().replace(/\.$/, '').replace(LABEL, '');
  if (FREE.test(s)) return { kind: 'free' };
  let m = FIXED.exec(s);
  if (m) {
    const amount = euro(m[1] ?? m[2]);
    return amount && { kind: 'fixed', amount };
  }
  m = RANGE.exec(s);
  if (m) {
    const [min, max] = [euro(m[1]), euro(m[2])];
    // "10 - 50" without any currency is not a price we dare to show.
    return min && max && /€|eur/.test(s) ? { kind: 'variable', min, max } : undefined;
  }
  m = FROM.exec(s);
  if (m) {
    const min = euro(m[1] ?? m[2]);
    return min && { kind: 'variable', min };
  }
  m = UP_TO.exec(s);
  if (m) {
    const max = euro(m[1] ?? m[2]);
    return max && { kind: 'variable', max };
  }
  return undefined;
}

export function mapCosts(module: PvogModule | undefined): { costs: CostInput[]; costsNoteHtml?: string } {
  if (!module) return { costs: [] };
  const costs: CostInput[] = [];
  const notes: string[] = [];
  const details = usable(module.details);
  for (const detail of details) {
    const amountText = plainText(detail.text);
    const title = plainText(detail.title);
    const cost = parseCostText(amountText);
    if (cost) costs.push(title ? { ...cost, description: title } : cost);
    // A cost item whose amount we cannot read ("nach Aufwand", or none at all) is a variable cost.
    else if (amountText || title) costs.push({ kind: 'variable', description: [title, amountText].filter(Boolean).join(': ') });
  }
  const moduleText = htmlOrUndefined(module.text);
  if (moduleText) {
    const cost = details.length === 0 ? parseCostText(plainText(moduleText)) : undefined;
    if (cost) costs.push(cost);
    else notes.unshift(moduleText);
  }
  return notes.length > 0 ? { costs, costsNoteHtml: notes.join('\n') } : { costs };
}
