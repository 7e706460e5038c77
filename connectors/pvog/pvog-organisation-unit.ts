/**
 * The answer of `organisationunits/detail` (an Organisationseinheit).
 *
 * Partly ASSUMED. Third-party clients read `title`, `location.addresses[]` with `type`
 * ("Hausanschrift"), `street`, `zip`, `city`, `location.communications[]` with `code` ("02" =
 * Telefon) and `value`, and `internetAddresses[].uri`; that part is what we know. Everything else —
 * house number, address supplement, coordinates, communication labels, the opening-hours structure,
 * accessibility, short name, parent — is our design after the XZuFi Organisationseinheit, to be
 * corrected against a real answer. office-mapping.ts is the only reader of this shape.
 */
import * as z from 'zod/mini';

const text = () => z.nullish(z.string());

export const PvogAddress = z.object({
  /** "Hausanschrift", "Besucheranschrift", "Postanschrift", "Postfach", … */
  type: text(),
  street: text(),
  houseNumber: text(),
  zip: text(),
  city: text(),
  addressSupplement: text(),
  coordinates: z.nullish(z.object({ latitude: z.number(), longitude: z.number() })),
});
export type PvogAddress = z.infer<typeof PvogAddress>;

/** A channel with a code of the XÖV list "Erreichbarkeit" (01 E-Mail, 02 Telefon Festnetz, 03 Telefon mobil, 04 Fax, …). */
export const PvogCommunication = z.object({
  code: text(),
  name: text(),
  value: text(),
  description: text(),
});
export type PvogCommunication = z.infer<typeof PvogCommunication>;

const TimeRange = z.object({ from: z.string(), to: z.string() });

export const PvogOpeningHours = z.object({
  regular: z.nullish(
    z.array(
      z.object({
        /** MONDAY … SUNDAY */
        dayOfWeek: z.string(),
        from: z.string(),
        to: z.string(),
        appointmentOnly: z.nullish(z.boolean()),
        description: text(),
      }),
    ),
  ),
  exceptions: z.nullish(
    z.array(
      z.object({
        /** First day, `YYYY-MM-DD`. */
        from: z.string(),
        /** Last day (inclusive), when more than one. */
        to: text(),
        /** Opening windows on those days; none means closed. */
        timeRanges: z.nullish(z.array(TimeRange)),
        description: text(),
      }),
    ),
  ),
  description: text(),
});
export type PvogOpeningHours = z.infer<typeof PvogOpeningHours>;

export const PvogAccessibility = z.object({
  wheelchairAccessible: z.nullish(z.boolean()),
  accessibleToilet: z.nullish(z.boolean()),
  accessibleParking: z.nullish(z.boolean()),
  hearingLoop: z.nullish(z.boolean()),
  description: text(),
});

export const PvogOrganisationUnit = z.object({
  /** ID-OE, e.g. `B100019.OE.102789950`. */
  id: text(),
  title: text(),
  name: text(),
  shortTitle: text(),
  description: text(),
  parentId: text(),
  location: z.nullish(
    z.object({
      addresses: z.nullish(z.array(PvogAddress)),
      communications: z.nullish(z.array(PvogCommunication)),
      openingHours: z.nullish(PvogOpeningHours),
      accessibility: z.nullish(PvogAccessibility),
    }),
  ),
  internetAddresses: z.nullish(z.array(z.object({ uri: text(), title: text() }))),
});
export type PvogOrganisationUnit = z.infer<typeof PvogOrganisationUnit>;
