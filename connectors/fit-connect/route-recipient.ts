/**
 * A route of the FIT-Connect Routing API → the {@link Recipient} the
 * application form shows before sending ("Ihr Antrag geht an …").
 *
 * | route | recipient |
 * | --- | --- |
 * | `destinationName` (else `destinationShortName`) | `name` |
 * | `address` (else `postalAddress`): street, houseNumber, zip, city, additional | `address` (only when street, a five-digit postcode and city are there) |
 * | `contactPersons[].tel` / `.email` / `.fax` (labelled with the person's name) | `contact.phone` / `.email` / `.fax`, each value once |
 * | `contactFormUrl` | `contact.web` |
 *
 * A route without any name gives no recipient: an authority the citizen
 * cannot name is not worth showing.
 */
import { parseBody } from '../../src/http/client.js';
import type { Address, Contact, ContactPoint } from '../../src/model/office.js';
import { Recipient } from '../../src/model/receipt.js';
import type { Route, RouteAddress, RouteContactPerson } from './route-answer.js';

export function recipientOfRoute(route: Route): Recipient | undefined {
  const name = (route.destinationName ?? '').trim() || (route.destinationShortName ?? '').trim();
  if (name === '') return undefined;
  const address = addressOf(route.address) ?? addressOf(route.postalAddress);
  const contact = contactOf(route.contactPersons, route.contactFormUrl);
  const recipient = { name, ...(address ? { address } : {}), ...(contact ? { contact } : {}) };
  return parseBody(Recipient, recipient, `the FIT-Connect route to ${route.destinationId}`);
}

/** The name for the receipt ("sent to …"): the short name when there is one. */
export function authorityNameOfRoute(route: Route): string | undefined {
  return (route.destinationShortName ?? '').trim() || (route.destinationName ?? '').trim() || undefined;
}

function addressOf(address: RouteAddress | undefined): Address | undefined {
  const street = address?.street?.trim();
  const postalCode = address?.zip?.trim();
  const city = address?.city?.trim();
  if (!street || !city || !postalCode || !/^\d{5}$/.test(postalCode)) return undefined;
  const houseNumber = address?.houseNumber?.trim();
  const addition = address?.additional?.trim();
  return { street, postalCode, city, ...(houseNumber ? { houseNumber } : {}), ...(addition ? { addition } : {}) };
}

function contactOf(persons: readonly RouteContactPerson[], contactFormUrl: string | undefined): Contact | undefined {
  const points = (field: 'tel' | 'email' | 'fax'): ContactPoint[] => {
    const seen = new Set<string>();
    const result: ContactPoint[] = [];
    for (const person of persons) {
      const value = person[field]?.trim();
      if (!value || seen.has(value)) continue;
      seen.add(value);
      const label = person.name?.trim();
      result.push(label ? { value, label } : { value });
    }
    return result;
  };
  const web = contactFormUrl && /^https:\/\/.+/.test(contactFormUrl) ? contactFormUrl : undefined;
  const contact: Contact = { phone: points('tel'), email: points('email'), fax: points('fax'), ...(web ? { web } : {}) };
  const empty = contact.phone.length + contact.email.length + contact.fax.length === 0 && !web;
  return empty ? undefined : contact;
}
