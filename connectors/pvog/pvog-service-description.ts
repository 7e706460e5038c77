/**
 * zod schemas of the Suchdienst's service description (`servicedescriptions/{ars}/detail`), written
 * after the real answer vendored in test/fixtures/pvog/. They check types, not content: every
 * field the mapping does not need may be missing or null, so a sparse description still parses,
 * and the domain schema decides afterwards whether enough is there.
 */
import * as z from 'zod/mini';
import { PvogPersonalMatter } from './pvog-personal-matter.js';

const text = () => z.nullish(z.string());

/** A hyperlink of a text module (`HyperlinkErweitert`). */
export const PvogLink = z.object({
  uri: text(),
  title: text(),
  description: text(),
});
export type PvogLink = z.infer<typeof PvogLink>;

/** One entry of a module's `details` (a Frist, a Bearbeitungsdauer, a Kosten item). */
export const PvogModuleDetail = z.object({
  code: text(),
  title: text(),
  text: text(),
  placeholder: z.nullish(z.boolean()),
  filled: z.nullish(z.boolean()),
  links: z.nullish(z.array(PvogLink)),
});
export type PvogModuleDetail = z.infer<typeof PvogModuleDetail>;

/** A text module (`_module`) or a module with details (`_moduleDetail`: Kosten, Fristen, Bearbeitungsdauer). */
export const PvogModule = z.extend(PvogModuleDetail, {
  xZufiCategory: text(),
  details: z.nullish(z.array(PvogModuleDetail)),
});
export type PvogModule = z.infer<typeof PvogModule>;

/** An online service (`onlineServiceLinks`). */
export const PvogOnlineServiceLink = z.object({
  id: text(),
  uri: text(),
  title: text(),
  /** Code of the FIM list "Vertrauensniveau" (`00`, `10`, `15`, `20`, `30`, `40`). */
  levelOfConfidence: text(),
});
export type PvogOnlineServiceLink = z.infer<typeof PvogOnlineServiceLink>;

export const PvogServiceDescription = z.object({
  /** ID-LB, e.g. `B100019.LB.574711`. */
  id: z.string(),
  name: text(),
  /** Search results of some API versions carry `title` instead of `name`. */
  title: text(),
  /** The Kurztext as HTML. */
  description: text(),
  leikakeys: z.nullish(z.array(z.string())),
  languageCode: text(),
  availableLanguages: z.nullish(z.array(z.string())),
  lastUpdate: text(),
  /** Words such as "Bürger" (or codes 001–003). */
  addressees: z.nullish(z.array(z.string())),
  synonyms: z.nullish(z.array(z.string())),
  details: z.nullish(z.array(PvogModule)),
  onlineServiceLinks: z.nullish(z.array(PvogOnlineServiceLink)),
  organisationIds: z.nullish(z.array(z.string())),
  personalMatters: z.nullish(z.array(PvogPersonalMatter)),
  ars: z.nullish(z.array(z.string())),
});
export type PvogServiceDescription = z.infer<typeof PvogServiceDescription>;
