/**
 * Category: a city's own grouping of services ("Bürgerservice",
 * "Kfz und Verkehr", "Bauen"), as used on its website navigation.
 */
import * as z from 'zod/mini';
import { Text } from './common.js';

export const Category = z.object({
  id: Text,
  name: Text,
  description: z.optional(z.string()),
});
export type Category = z.infer<typeof Category>;
