/**
 * Bidi controls in backend text. An embedding or override (U+202A–U+202E)
 * or an isolate (U+2066–U+2068) that a text opens and leaves open runs on
 * into whatever a widget shows after it on the same line: a right-to-left
 * override at the end of a deadline's label turns the widget's own
 * "3 Monate" after it around. So every string from a backend is closed off
 * at its end (a PDF or PDI per control left open), which keeps its own
 * direction and leaves the rest of the line alone. Text with nothing left
 * open is returned unchanged.
 */

const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** `text` with every embedding, override and isolate it leaves open closed at its end. */
export function closeBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  for (const char of text) {
    if (char === '\u202c') {
      // PDF closes the last embedding or override, but not across an isolate (UAX #9).
      if (open.at(-1) === 'embedding') open.pop();
    } else if (char === '\u2069') {
      // PDI closes the last isolate and everything opened inside it.
      const isolate = open.lastIndexOf('isolate');
      if (isolate >= 0) open.length = isolate;
    } else if (char >= '\u202a' && char <= '\u202e') open.push('embedding');
    else if (char >= '\u2066' && char <= '\u2068') open.push('isolate');
  }
  return text + open.reverse().map((kind) => (kind === 'embedding' ? '\u202c' : '\u2069')).join('');
}

/**
 * Members that hold identifiers, codes and data values rather than text to
 * show: compared with what the backend knows (`services/{id}`, a reference
 * looked up, an option's value), so they stay exactly as sent.
 */
const IDENTIFIER = /^(?:id|code|parent|reference|pin|version|ars|const|enum|required|field|fields|attachments|equals|notEquals|oneOf|leika[kK]eys|lifeSituations|categories)$|Ids?$/;

/**
 * Closes off every text in parsed JSON data, in place, and returns the
 * data; identifiers (see {@link IDENTIFIER}) keep their exact value.
 */
export function closeBidiDeep<T>(data: T): T {
  const visit = (value: unknown, identifier: boolean): unknown => {
    if (typeof value === 'string') return identifier ? value : closeBidi(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = visit(value[i], identifier);
    } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const record = value as Record<string, unknown>;
      // An identifier member's strings stay; objects in it (a catalog's `categories`) are visited as usual.
      for (const key of Object.keys(record)) record[key] = visit(record[key], IDENTIFIER.test(key));
    }
    return value;
  };
  return visit(data, false) as T;
}
