/**
 * Life situation (Lebenslage): the citizen's view of services, e.g.
 * "Umzug", "Geburt", "Schule, Ausbildung und Studium". Codes follow the
 * PVOG/LeiKa Lebenslagen tree (`personalMatters` in the Suchdienst, e.g.
 * `1030000`); the tree is given flat with `parent`.
 */
import * as z from 'zod/mini';
import { Text } from './common.js';

export const LifeSituation = z.object({
  code: Text,
  name: Text,
  /** Code of the parent life situation; absent on top-level entries. */
  parent: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type LifeSituation = z.infer<typeof LifeSituation>;
