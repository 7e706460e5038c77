/**
 * The answer of the free-text search, a Spring Data page of service descriptions.
 *
 * ASSUMPTION (see endpoints.ts): third-party clients of the v7 search read
 * `serviceDescriptions.content`; a plain page (`content` at the top) is accepted as well. The items
 * are service descriptions, usually without the long `details`.
 */
import * as z from 'zod/mini';
import { PvogServiceDescription } from './pvog-service-description.js';

export const PvogPage = z.object({
  content: z.array(PvogServiceDescription),
  totalElements: z.nullish(z.number()),
  totalPages: z.nullish(z.number()),
  last: z.nullish(z.boolean()),
});
export type PvogPage = z.infer<typeof PvogPage>;

export const PvogSearchAnswer = z.object({
  serviceDescriptions: z.nullish(PvogPage),
  content: z.nullish(z.array(PvogServiceDescription)),
  totalElements: z.nullish(z.number()),
  totalPages: z.nullish(z.number()),
  last: z.nullish(z.boolean()),
});
export type PvogSearchAnswer = z.infer<typeof PvogSearchAnswer>;

/** The page inside either form, or undefined when the answer has neither. */
export function pageOf(answer: PvogSearchAnswer): PvogPage | undefined {
  if (answer.serviceDescriptions) return answer.serviceDescriptions;
  if (answer.content) return { content: answer.content, totalElements: answer.totalElements, totalPages: answer.totalPages, last: answer.last };
  return undefined;
}
