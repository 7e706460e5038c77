/**
 * Checks the demo backend makes beyond the form's schema — the kind of rule
 * only the authority's own system knows. They show how the widgets present
 * a backend's field errors (`422` with `invalid-params`).
 */
import { POINTERS as HUND } from '../data/forms/hund-anmelden.js';
import { reasonLanguage, valueAt, type InvalidParam } from './form-data-check.js';

/** Musterstadt's postcodes. */
export const MUSTERSTADT_POSTCODES = { from: 76990, to: 76999 } as const;

type Check = (data: Record<string, unknown>, language: 'de' | 'en', today: string) => InvalidParam[];

const CHECKS: Record<string, Check> = {
  'hund-anmelden': (data, language, today) => {
    const problems: InvalidParam[] = [];
    const postcode = valueAt(data, HUND.postleitzahl);
    if (typeof postcode === 'string' && /^\d{5}$/.test(postcode) && !isMusterstadtPostcode(postcode)) {
      problems.push({
        name: HUND.postleitzahl,
        reason:
          language === 'en'
            ? 'Musterstadt collects dog tax only for dogs kept in Musterstadt (postcodes 76990 to 76999). Please register your dog where you live.'
            : 'Die Stadt Musterstadt erhebt Hundesteuer nur für Hunde, die in Musterstadt gehalten werden (Postleitzahl 76990 bis 76999). Bitte melden Sie Ihren Hund an Ihrem Wohnort an.',
      });
    }
    const since = valueAt(data, HUND.haltungsbeginn);
    if (typeof since === 'string' && since > today) {
      problems.push({
        name: HUND.haltungsbeginn,
        reason: language === 'en' ? 'You can register a dog only once it lives with you. The date must not be in the future.' : 'Sie können einen Hund erst anmelden, wenn er bei Ihnen lebt. Das Datum darf nicht in der Zukunft liegen.',
      });
    }
    const born = valueAt(data, HUND.wurfdatum);
    if (typeof born === 'string' && typeof since === 'string' && born > since) {
      problems.push({
        name: HUND.wurfdatum,
        reason: language === 'en' ? 'The date of birth must be before the date the dog came to you.' : 'Das Wurfdatum muss vor dem Beginn der Haltung liegen.',
      });
    }
    return problems;
  },
};

export function isMusterstadtPostcode(postcode: string): boolean {
  const value = Number(postcode);
  return value >= MUSTERSTADT_POSTCODES.from && value <= MUSTERSTADT_POSTCODES.to;
}

/** The backend's own checks of a service's form data; `today` is `YYYY-MM-DD`. */
export function checkServiceRules(serviceId: string, data: Record<string, unknown>, language: string, today: string): InvalidParam[] {
  return CHECKS[serviceId]?.(data, reasonLanguage(language), today) ?? [];
}
