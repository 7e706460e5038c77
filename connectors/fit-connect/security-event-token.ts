/**
 * Reads one Security Event Token (RFC 8417) of a FIT-Connect event log and
 * checks it for its form: a compact JWS whose header says `typ`
 * `secevent+jwt`, `alg` `PS512` and names a `kid`, with a payload of a known
 * `set-payload` schema version that belongs to the case asked for.
 *
 * Signatures are not verified here: the browser holds no trusted keys, and a
 * key fetched from the same proxy would prove nothing. The sender proxy
 * verifies every token before it answers (docs/connectors/fit-connect.md).
 * A token that fails any check rejects the whole answer as
 * `invalid-response`; it is never skipped, since a status built from part of
 * the log could tell the citizen something false.
 */
import { OzgError } from '../../src/connector/errors.js';
import { MalformedTokenError, readCompactJws, type CompactJws } from './compact-jws.js';
import { sameCaseId } from './case-id.js';
import type { DeliveryEvent } from './delivery-event.js';
import { readSetPayloadV1 } from './set-payload-v1.js';

/** Payload readers by the major version in `$schema`. */
const PAYLOAD_READERS: Record<string, (payload: Record<string, unknown>) => DeliveryEvent | string> = {
  '1': readSetPayloadV1,
};

const SCHEMA_VERSION = /^https:\/\/schema\.fitko\.de\/fit-connect\/set-payload\/(\d+)\.\d+\.\d+\/set-payload\.schema\.json$/;

/**
 * @param token the compact SET
 * @param caseId the case asked for; the token's `txn` must name it
 * @param position where the token is in the log, for the message (1-based)
 */
export function readSecurityEventToken(token: string, caseId: string, position: number): DeliveryEvent {
  const fail = (reason: string, cause?: unknown): never => {
    throw new OzgError('invalid-response', `Event ${position} of the FIT-Connect event log ${reason}`, { cause });
  };
  let jws: CompactJws;
  try {
    jws = readCompactJws(token);
  } catch (error) {
    if (error instanceof MalformedTokenError) return fail(`is not a signed token: ${error.message}`, error);
    throw error;
  }
  const { header, payload } = jws;
  const typ = typeof header['typ'] === 'string' ? header['typ'].toLowerCase().replace(/^application\//, '') : undefined;
  if (typ !== 'secevent+jwt') return fail(`has header typ ${JSON.stringify(header['typ'])}, not "secevent+jwt"`);
  if (header['alg'] !== 'PS512') return fail(`has header alg ${JSON.stringify(header['alg'])}, not "PS512"`);
  if (typeof header['kid'] !== 'string' || header['kid'] === '') return fail('names no key (kid) in its header');

  const schema = typeof payload['$schema'] === 'string' ? SCHEMA_VERSION.exec(payload['$schema']) : null;
  const reader = schema ? PAYLOAD_READERS[schema[1]!] : undefined;
  if (!reader) return fail(`has no known set-payload $schema (${JSON.stringify(payload['$schema'] ?? null)})`);
  const event = reader(payload);
  if (typeof event === 'string') return fail(event);
  if (!sameCaseId(event.caseId, caseId)) return fail(`belongs to case ${event.caseId}, not to ${caseId}`);
  return event;
}
