/**
 * Presentation hints for harmonised fields of the FIM Baukasten, which keep
 * their ids across all schemas (`F60000227` Familienname, …). `autocomplete`
 * lets browsers fill personal data and is what WCAG 2.1 SC 1.3.5 (Identify
 * Input Purpose) asks for; `prefill` names the key in the page's prefill
 * data. The ids and meanings are those of the FIM data example in
 * docs/forms-xdatenfelder.md.
 */
import type { FieldWidget } from '../../model/form-definition.js';

export interface KnownField {
  autocomplete?: string;
  prefill?: string;
  widget?: FieldWidget;
}

const KNOWN: Record<string, KnownField> = {
  F60000227: { autocomplete: 'family-name', prefill: 'familyName' },
  F60000228: { autocomplete: 'given-name', prefill: 'givenName' },
  F60000243: { prefill: 'street' },
  F60000244: { prefill: 'houseNumber' },
  F60000246: { autocomplete: 'postal-code', prefill: 'postalCode', widget: 'postcode' },
  F60000247: { autocomplete: 'address-level2', prefill: 'city' },
  F60000240: { autocomplete: 'tel', prefill: 'phone', widget: 'phone' },
  F60000242: { autocomplete: 'email', prefill: 'email', widget: 'email' },
  F60000319: { autocomplete: 'organization', prefill: 'organization' },
};

/**
 * XDatenfelder 3 ids have three more digits (a sub-number range, `000` for
 * the Baukasten): `F60000000227` is v2's `F60000227`.
 */
export function canonicalId(id: string): string {
  const match = /^([A-Z])(\d{2})000(\d{6})$/.exec(id);
  return match ? `${match[1]}${match[2]}${match[3]}` : id;
}

export function knownField(id: string): KnownField | undefined {
  return KNOWN[canonicalId(id)];
}
