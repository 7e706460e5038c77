/**
 * Receipt: the backend's confirmation of a submission.
 */
import * as z from 'zod/mini';
import { Text, list } from './common.js';
import { HttpUrl, IsoDate, IsoDateTime } from './formats.js';
import { Address, Contact } from './office.js';

/** How a citizen proves, besides the reference, that a case is theirs. */
export const SecondFactorKind = z.enum(['pin', 'birth-date', 'none']);
export type SecondFactorKind = z.infer<typeof SecondFactorKind>;

/** The authority an application goes to, as the routing knows it (e.g. the FIT-Connect Routing API). */
export const Recipient = z.object({
  name: Text,
  address: z.optional(Address),
  contact: z.optional(Contact),
});
export type Recipient = z.infer<typeof Recipient>;

export const Receipt = z.object({
  /** The reference number (Aktenzeichen / Vorgangsnummer) the citizen keeps. */
  reference: Text,
  submittedAt: IsoDateTime,
  serviceName: z.optional(z.string()),
  authorityName: z.optional(z.string()),
  /** What happens next, one step per entry, in plain text. */
  nextSteps: list(z.string()),
  /** Expected date of a decision, a target rather than a promise. */
  expectedCompletion: z.optional(IsoDate),
  /** How to look the case up in the status tracker. */
  statusLookup: z.optional(
    z.object({
      secondFactor: SecondFactorKind,
      /** The PIN to print on the receipt when `secondFactor` is `pin`. */
      pin: z.optional(z.string()),
    }),
  ),
  /** A document the backend made for the citizen, e.g. a PDF receipt. */
  documentUrl: z.optional(HttpUrl),
});
export type Receipt = z.infer<typeof Receipt>;
