/**
 * A Musterstadt office (static-json format) → a Suchdienst organisation unit as
 * `GET …/organisationunits/detail?q={id}` delivers it — in the shape the connector ASSUMES
 * (connectors/pvog/pvog-organisation-unit.ts): `title`, `location.addresses` (`type`, `street`,
 * `zip`, `city` are known from third-party clients; the rest is assumed), `location.communications`
 * with XÖV "Erreichbarkeit" codes, `internetAddresses`, and assumed `openingHours`/`accessibility`.
 */
import type { CatalogFileInput } from '../../../connectors/static-json/index.js';
import type { PvogOrganisationUnitJson } from './pvog-json.js';

type OfficeInput = NonNullable<CatalogFileInput['offices']>[number];
type AddressInput = NonNullable<OfficeInput['visitorAddress']>;

const DAY_NAMES = { mo: 'MONDAY', tu: 'TUESDAY', we: 'WEDNESDAY', th: 'THURSDAY', fr: 'FRIDAY', sa: 'SATURDAY', su: 'SUNDAY' } as const;

function address(type: string, a: AddressInput) {
  return {
    type,
    street: a.street,
    houseNumber: a.houseNumber ?? '',
    zip: a.postalCode,
    city: a.city,
    ...(a.addition ? { addressSupplement: a.addition } : {}),
    ...(a.geo ? { coordinates: { latitude: a.geo.lat, longitude: a.geo.lon } } : {}),
  };
}

export function officeToPvog(office: OfficeInput): PvogOrganisationUnitJson {
  const contact = office.contact ?? {};
  const hours = office.openingHours;
  const channel = (code: string, name: string) => (p: { value: string; label?: string | undefined }) => ({
    code,
    name,
    value: p.value,
    ...(p.label ? { description: p.label } : {}),
  });
  return {
    id: office.id,
    title: office.name,
    ...(office.shortName ? { shortTitle: office.shortName } : {}),
    ...(office.description ? { description: office.description } : {}),
    ...(office.parentId ? { parentId: office.parentId } : {}),
    location: {
      addresses: [
        ...(office.visitorAddress ? [address('Hausanschrift', office.visitorAddress)] : []),
        ...(office.postalAddress ? [address('Postanschrift', office.postalAddress)] : []),
      ],
      communications: [
        ...(contact.phone ?? []).map(channel('02', 'Telefon Festnetz')),
        ...(contact.email ?? []).map(channel('01', 'E-Mail')),
        ...(contact.fax ?? []).map(channel('04', 'Fax')),
      ],
      ...(hours
        ? {
            openingHours: {
              regular: (hours.regular ?? []).map((s) => ({
                dayOfWeek: DAY_NAMES[s.day],
                from: s.opens,
                to: s.closes,
                appointmentOnly: s.appointmentOnly ?? false,
                ...(s.note ? { description: s.note } : {}),
              })),
              exceptions: (hours.exceptions ?? []).map((e) => ({
                from: e.date,
                ...(e.dateTo ? { to: e.dateTo } : {}),
                timeRanges: (e.slots ?? []).map((s) => ({ from: s.opens, to: s.closes })),
                ...(e.note ? { description: e.note } : {}),
              })),
              ...(hours.note ? { description: hours.note } : {}),
            },
          }
        : {}),
      ...(office.accessibility
        ? {
            accessibility: {
              wheelchairAccessible: office.accessibility.wheelchairAccessible,
              accessibleToilet: office.accessibility.accessibleToilet,
              accessibleParking: office.accessibility.accessibleParking,
              hearingLoop: office.accessibility.hearingLoop,
              ...(office.accessibility.notes ? { description: office.accessibility.notes } : {}),
            },
          }
        : {}),
    },
    internetAddresses: [
      ...(contact.web ? [{ uri: contact.web, title: 'Internetseite' }] : []),
      ...(office.appointmentUrl ? [{ uri: office.appointmentUrl, title: 'Online-Terminvereinbarung' }] : []),
    ],
  };
}
