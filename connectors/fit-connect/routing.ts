/**
 * Finds where an application goes: the FIT-Connect Routing API, asked
 * through the city's sender proxy, which forwards it unchanged:
 *
 * `GET {proxyUrl}routing/v1/routes?leikaKey=<Leistungsschlüssel>&ars=<ARS>`
 *
 * The answer names the destination (Zustellpunkt) of the authority that is
 * responsible for the service in the region, with its contact data and the
 * signed addressing information. The connector takes a route only when its
 * `destinationSignature` names that destination and the service
 * (destination-signature.ts); it does not choose between several
 * destinations. Answers are kept in memory for the page's lifetime (the
 * routing data change rarely), so the recipient shown before sending and
 * the destination the application goes to are the same.
 */
import type { CallOptions } from '../../src/connector/contract.js';
import { OzgError } from '../../src/connector/errors.js';
import type { HttpClient } from '../../src/http/client.js';
import type { Recipient } from '../../src/model/receipt.js';
import { destinationSignatureProblem } from './destination-signature.js';
import { RouteResult } from './route-answer.js';
import { authorityNameOfRoute, recipientOfRoute } from './route-recipient.js';

export const ROUTES_PATH = 'routing/v1/routes';

/** A Leistungsschlüssel as the Routing API takes it (14 digits, starting with 99). */
export const LEIKA_KEY = /^99\d{12}$/;
/** A regional key the Routing API takes (`ars`): 2, 3, 5, 9 or 12 digits. */
export const ROUTING_ARS = /^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/;

/** The region to route for: the application's own when the Routing API takes it, else the configured one. */
export function regionOf(region: string | undefined, configured: string | undefined): string | undefined {
  return region !== undefined && ROUTING_ARS.test(region) ? region : configured;
}

export interface RoutedDestination {
  destinationId: string;
  /** The authority as the application form shows it; absent when the route names none. */
  recipient: Recipient | undefined;
  /** The name for the receipt. */
  authorityName: string | undefined;
}

const MAX_REMEMBERED = 50;

export class FitConnectRouting {
  readonly #client: HttpClient;
  readonly #known = new Map<string, RoutedDestination>();

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /**
   * The destination for a service in a region. Rejects with `not-found` when
   * no authority is registered for it, `invalid-response` when the routes
   * are malformed, contradict their signed addressing information or name
   * several destinations.
   */
  async destinationFor(leikaKey: string, ars: string, options: CallOptions = {}): Promise<RoutedDestination> {
    options.signal?.throwIfAborted();
    const key = `${leikaKey}|${ars}`;
    const known = this.#known.get(key);
    if (known) return known;
    const answer = await this.#client.getJson(ROUTES_PATH, RouteResult, {
      signal: options.signal,
      language: options.language,
      query: { leikaKey, ars },
    });
    const routed = chooseRoute(answer, leikaKey, ars);
    if (this.#known.size >= MAX_REMEMBERED) this.#known.delete(this.#known.keys().next().value!);
    this.#known.set(key, routed);
    return routed;
  }
}

function chooseRoute(answer: RouteResult, leikaKey: string, ars: string): RoutedDestination {
  const where = `service ${leikaKey} in region ${ars}`;
  if (answer.routes.length === 0) throw new OzgError('not-found', `FIT-Connect knows no authority for ${where}`);
  for (const route of answer.routes) {
    const problem = destinationSignatureProblem(route.destinationSignature, route.destinationId, leikaKey);
    if (problem) throw new OzgError('invalid-response', `The destinationSignature of the route to ${route.destinationId} ${problem}`);
  }
  const destinations = new Set(answer.routes.map((route) => route.destinationId.toLowerCase()));
  if (destinations.size > 1) {
    throw new OzgError('invalid-response', `The Routing API names ${destinations.size} destinations for ${where}; configure "destinationId" to choose one`);
  }
  const route = answer.routes[0]!;
  return { destinationId: route.destinationId, recipient: recipientOfRoute(route), authorityName: authorityNameOfRoute(route) };
}
