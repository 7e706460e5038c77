/**
 * The static-json catalog format: a city's whole service catalog in one JSON
 * file, for a city without any backend. Its JSON Schema is
 * `connectors/static-json/catalog.schema.json` (generated from this file by
 * `npm run schema`), documented in `docs/connectors/static-json.md`.
 */
import * as z from 'zod/mini';
// Through the core's index like every connector module: importing the model's own index made the
// CDN build load the (unused) submission schema's chunk with this connector.
import { Category, HttpUrl, IsoDateTime, LanguageTag, LifeSituation, Office, Service, list } from '../../src/index.js';

export const CATALOG_FORMAT_VERSION = 1;

export const CatalogFile = z.object({
  /** URL of the JSON Schema, for editors' tooling. */
  $schema: z.optional(z.string()),
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  /** Who publishes the catalog. */
  publisher: z.optional(
    z.object({
      name: z.string(),
      /** Amtlicher Regionalschlüssel of the city (12 digits). */
      ars: z.optional(z.string().check(z.regex(/^\d{12}$/))),
      url: z.optional(HttpUrl),
    }),
  ),
  language: z._default(LanguageTag, 'de'),
  updated: z.optional(IsoDateTime),
  services: z.array(Service),
  offices: list(Office),
  lifeSituations: list(LifeSituation),
  categories: list(Category),
});

/** The catalog as written in the file (defaults may be left out). */
export type CatalogFileInput = z.input<typeof CatalogFile>;
/** The catalog after parsing, with defaults filled in. */
export type CatalogFileData = z.output<typeof CatalogFile>;
