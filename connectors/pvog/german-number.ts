/**
 * Numbers as German texts write them: `37,00`, `1.234,50`, `2`; a `37.50` without comma is read
 * as a decimal point, `1.500` as thousands.
 */
export function parseGermanNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  return undefined;
}

const WORDS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
};

/** A count in digits or as a German number word up to twelve ("ein", "zwei", …). */
export function parseGermanCount(text: string): number | undefined {
  return WORDS[text.trim().toLowerCase()] ?? parseGermanNumber(text);
}
