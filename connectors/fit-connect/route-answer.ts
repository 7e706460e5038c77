/**
 * The answer of the FIT-Connect Routing API (`GET /routes`, Routing API
 * 2.0.0, vendored in test/fixtures/fit-connect/routing-api.yaml): the
 * destinations responsible for a service (Leistungsschlüssel) in a region,
 * each with its signed addressing information and the authority's contact
 * data. Only the parts the connector reads are modelled; the rest passes
 * through unread.
 */
import * as z from 'zod/mini';
import { list } from '../../src/model/common.js';
import { Guid, integer } from '../../src/model/formats.js';

/** Compact JWS: three base64url parts (the spec's pattern). */
const COMPACT_JWS = /^[a-zA-Z0-9\-_]+?\.[a-zA-Z0-9\-_]+?\.[a-zA-Z0-9\-_]+$/;

/** An address as the Routing API writes it (`address`, `postalAddress`); every part optional. */
export const RouteAddress = z.looseObject({
  street: z.optional(z.string()),
  houseNumber: z.optional(z.string()),
  additional: z.optional(z.string()),
  zip: z.optional(z.string()),
  city: z.optional(z.string()),
});
export type RouteAddress = z.infer<typeof RouteAddress>;

export const RouteContactPerson = z.looseObject({
  name: z.optional(z.string()),
  tel: z.optional(z.string()),
  fax: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type RouteContactPerson = z.infer<typeof RouteContactPerson>;

export const Route = z.looseObject({
  destinationId: Guid,
  destinationSignature: z.string().check(z.regex(COMPACT_JWS)),
  /** The full name, with the hierarchy ("Stadtverwaltung … - Dezernat II - …"). */
  destinationName: z.optional(z.string()),
  destinationShortName: z.optional(z.string()),
  contactPersons: list(RouteContactPerson),
  address: z.optional(RouteAddress),
  postalAddress: z.optional(RouteAddress),
  contactFormUrl: z.optional(z.string()),
});
export type Route = z.infer<typeof Route>;

export const RouteResult = z.looseObject({
  count: integer(z.nonnegative()),
  offset: integer(z.nonnegative()),
  totalCount: integer(z.nonnegative()),
  routes: z.array(Route),
});
export type RouteResult = z.infer<typeof RouteResult>;
