/**
 * Building blocks from the FIM Baukasten (Datenfelder and Datenfeldgruppen
 * of the federal "Baukasten", ids `F600…` / `G600…`) as the demo forms use
 * them. The ids and names of these elements are real and match the FIM-based
 * Fachdaten example in FITKO's tooling
 * (`G60000086` Anschrift Inland with `F60000243` Straße, `F60000244`
 * Hausnummer, `F60000246` Postleitzahl, `F60000247` Ort, `F60000248`
 * Anschrift-Zusatz; `F60000228` Vornamen, `F60000227` Familienname;
 * `G60000085` Kommunikation with `F60000240` Telefon, `F60000242` E-Mail).
 * Lengths and patterns are the demo's, not copied from the Baukasten.
 */
import { group, type FieldHints, type JsonSchema } from './form-input.js';

export const VORNAMEN = 'F60000228';
export const FAMILIENNAME = 'F60000227';
export const ANSCHRIFT_INLAND = 'G60000086';
export const STRASSE = 'F60000243';
export const HAUSNUMMER = 'F60000244';
export const POSTLEITZAHL = 'F60000246';
export const ORT = 'F60000247';
export const ANSCHRIFT_ZUSATZ = 'F60000248';
export const KOMMUNIKATION = 'G60000085';
export const TELEFON = 'F60000240';
export const EMAIL = 'F60000242';

export const vornamen: JsonSchema = { type: 'string', title: 'Vornamen', minLength: 1, maxLength: 80 };
export const familienname: JsonSchema = { type: 'string', title: 'Familienname', minLength: 1, maxLength: 80 };

export function nameHints(prefix: string): FieldHints {
  return {
    [`${prefix}/${VORNAMEN}`]: { label: 'Vornamen', prefill: 'givenName', autocomplete: 'given-name' },
    [`${prefix}/${FAMILIENNAME}`]: { label: 'Familienname', prefill: 'familyName', autocomplete: 'family-name' },
  };
}

export const anschriftInland: JsonSchema = group(
  'Anschrift Inland',
  {
    [STRASSE]: { type: 'string', title: 'Straße', minLength: 1, maxLength: 55 },
    [HAUSNUMMER]: { type: 'string', title: 'Hausnummer', minLength: 1, maxLength: 9 },
    [POSTLEITZAHL]: { type: 'string', title: 'Postleitzahl', pattern: '^[0-9]{5}$' },
    [ORT]: { type: 'string', title: 'Ort', minLength: 1, maxLength: 50 },
    [ANSCHRIFT_ZUSATZ]: { type: 'string', title: 'Anschrift-Zusatz', maxLength: 55 },
  },
  [STRASSE, HAUSNUMMER, POSTLEITZAHL, ORT],
);

export function anschriftHints(pointer: string, label = 'Anschrift'): FieldHints {
  return {
    [pointer]: { label, widget: 'address' },
    // Browsers fill `address-line1` with street and number; the street field is the closest match.
    [`${pointer}/${STRASSE}`]: { label: 'Straße', prefill: 'street', autocomplete: 'address-line1' },
    [`${pointer}/${HAUSNUMMER}`]: { label: 'Hausnummer', prefill: 'houseNumber' },
    [`${pointer}/${POSTLEITZAHL}`]: { label: 'Postleitzahl', widget: 'postcode', prefill: 'postalCode', autocomplete: 'postal-code' },
    [`${pointer}/${ORT}`]: { label: 'Ort', prefill: 'city', autocomplete: 'address-level2' },
    [`${pointer}/${ANSCHRIFT_ZUSATZ}`]: { label: 'Adresszusatz', help: 'Zum Beispiel Hinterhaus, 3. Stock oder c/o.', autocomplete: 'address-line2' },
  };
}

/** Kommunikation with the given members required. */
export function kommunikation(required: string[] = []): JsonSchema {
  return group(
    'Kommunikation',
    {
      [TELEFON]: { type: 'string', title: 'Telefon', maxLength: 30 },
      [EMAIL]: { type: 'string', title: 'E-Mail', format: 'email', maxLength: 254 },
    },
    required,
  );
}

export function kommunikationHints(pointer: string, { phoneHelp, emailHelp }: { phoneHelp?: string; emailHelp?: string } = {}): FieldHints {
  return {
    [pointer]: { label: 'So erreichen wir Sie' },
    [`${pointer}/${TELEFON}`]: { label: 'Telefon', widget: 'phone', prefill: 'phone', autocomplete: 'tel', ...(phoneHelp ? { help: phoneHelp } : {}) },
    [`${pointer}/${EMAIL}`]: { label: 'E-Mail', widget: 'email', prefill: 'email', autocomplete: 'email', ...(emailHelp ? { help: emailHelp } : {}) },
  };
}
