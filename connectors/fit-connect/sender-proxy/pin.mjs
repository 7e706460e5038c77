/**
 * Status PINs: six random digits, handed out once with the receipt and
 * stored only as a salted scrypt hash. Checking hashes the candidate with
 * the stored salt and compares in constant time. Six digits are a small
 * space; the hash keeps a stolen store from showing PINs at a glance, the
 * rate limit on failed lookups is what keeps them from being guessed.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * @typedef {object} PinRecord
 * @property {'scrypt'} kdf
 * @property {number} N          scrypt cost
 * @property {number} r
 * @property {number} p
 * @property {string} salt       base64
 * @property {string} hash       base64, 32 bytes
 * @property {number} issuedAt   ms since 1970
 */

/** scrypt with N = 2^14, r = 8: about 16 MiB and a few dozen milliseconds per check. */
const COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** @returns {string} six digits, uniformly random */
export function makePin() {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * The PIN as typed, tidied: spaces and dashes do not matter (`123 456`,
 * `123-456`). `undefined` when what is left is not six digits.
 * @param {string} typed
 */
export function normalizePin(typed) {
  const digits = typed.replace(/[\s\u002d\u2010-\u2015]/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}

/**
 * @param {string} pin
 * @param {number} issuedAt
 * @returns {Promise<PinRecord>}
 */
export async function hashPin(pin, issuedAt) {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, COST);
  return { kdf: 'scrypt', ...COST, salt: salt.toString('base64'), hash: hash.toString('base64'), issuedAt };
}

/**
 * @param {string} pin
 * @param {PinRecord} record
 */
export async function pinMatches(pin, record) {
  const expected = Buffer.from(record.hash, 'base64');
  const actual = await derive(pin, Buffer.from(record.salt, 'base64'), record);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A record no PIN matches (its hash is random), checked when a case has no
 * PIN so that an unknown case costs the same time as a wrong PIN.
 * @returns {PinRecord}
 */
export function decoyRecord() {
  return { kdf: 'scrypt', ...COST, salt: randomBytes(16).toString('base64'), hash: randomBytes(KEY_LENGTH).toString('base64'), issuedAt: 0 };
}

/**
 * @param {string} pin
 * @param {Buffer} salt
 * @param {{ N: number, r: number, p: number }} cost
 * @returns {Promise<Buffer>}
 */
function derive(pin, salt, { N, r, p }) {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, { N, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
