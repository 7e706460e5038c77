/** Texts for validation errors, German here and English in a lazy pack. */
import { Messages, type Message } from '../i18n/messages.js';
import type { ValidationCode, ValidationError } from './validation.js';

const de = {
  'validation.required': 'Bitte füllen Sie dieses Feld aus.',
  'validation.requiredChoice': 'Bitte wählen Sie eine Antwort.',
  'validation.requiredFile': 'Bitte fügen Sie eine Datei hinzu.',
  'validation.tooShort': { one: 'Bitte geben Sie mindestens {min} Zeichen ein.', other: 'Bitte geben Sie mindestens {min} Zeichen ein.' },
  'validation.tooLong': { one: 'Bitte geben Sie höchstens {max} Zeichen ein.', other: 'Bitte geben Sie höchstens {max} Zeichen ein.' },
  'validation.pattern': 'Bitte prüfen Sie das Format Ihrer Eingabe.',
  'validation.notNumber': 'Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 12,5.',
  'validation.notInteger': 'Bitte geben Sie eine ganze Zahl ein.',
  'validation.tooSmall': 'Bitte geben Sie eine Zahl ab {min} ein.',
  'validation.tooBig': 'Bitte geben Sie eine Zahl bis {max} ein.',
  'validation.email': 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
  'validation.phone': 'Bitte geben Sie eine Telefonnummer ein, zum Beispiel 07999 133-0.',
  'validation.date': 'Bitte geben Sie ein gültiges Datum ein, zum Beispiel 24 12 1990.',
  'validation.dateTooEarly': 'Das Datum muss am oder nach dem {min} liegen.',
  'validation.dateTooLate': 'Das Datum muss am oder vor dem {max} liegen.',
  'validation.iban': 'Bitte prüfen Sie die IBAN. Eine deutsche IBAN hat 22 Stellen und beginnt mit DE.',
  'validation.postcode': 'Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.',
  'validation.option': 'Bitte wählen Sie einen der angebotenen Einträge.',
  'validation.tooFewItems': { one: 'Bitte machen Sie mindestens {min} Angabe.', other: 'Bitte machen Sie mindestens {min} Angaben.' },
  'validation.tooManyItems': { one: 'Bitte machen Sie höchstens {max} Angabe.', other: 'Bitte machen Sie höchstens {max} Angaben.' },
  'validation.fileTooBig': 'Die Datei „{name}“ ist zu groß. Erlaubt sind höchstens {max}.',
  'validation.fileType': 'Die Datei „{name}“ hat ein Format, das nicht angenommen wird. Erlaubt: {types}.',
  'validation.tooManyFiles': { one: 'Bitte wählen Sie höchstens {max} Datei.', other: 'Bitte wählen Sie höchstens {max} Dateien.' },
  'validation.rule': 'Bitte prüfen Sie diese Angabe.',
} satisfies Record<string, Message>;

export type ValidationMessageKey = keyof typeof de;

export const validationMessages = new Messages<ValidationMessageKey>({
  de,
  en: () => import('./validation-messages-en.js'),
  tr: () => import('./validation-messages-tr.js'),
  ar: () => import('./validation-messages-ar.js'),
});

/** The text for an error, in `language`. `kind` picks the wording for choices and files. */
export function validationMessage(language: string, error: ValidationError, kind: 'text' | 'choice' | 'file' = 'text'): string {
  if (error.message) return error.message;
  const code: ValidationCode = error.code;
  const params = { ...error.params };
  if (code === 'fileTooBig' && typeof params['max'] === 'number') params['max'] = formatBytes(language, params['max']);
  if (code === 'dateTooEarly' || code === 'dateTooLate') {
    for (const key of ['min', 'max'] as const) {
      const value = params[key];
      if (typeof value === 'string') params[key] = new Date(`${value}T12:00:00Z`).toLocaleDateString(language, { timeZone: 'UTC' });
    }
  }
  if (code === 'required' && kind !== 'text') return validationMessages.format(language, kind === 'choice' ? 'validation.requiredChoice' : 'validation.requiredFile');
  // Plural forms follow the limit ("mindestens 1 Angabe" / "mindestens 2 Angaben").
  const limit = error.params?.['min'] ?? error.params?.['max'];
  if (typeof limit === 'number') params['count'] = limit;
  return validationMessages.format(language, `validation.${code}`, params);
}

/** "10 MB", "500 kB" */
export function formatBytes(language: string, bytes: number): string {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
}
