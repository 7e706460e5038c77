/**
 * Configuration of the sender proxy: one table of settings, read from
 * environment variables and an optional JSON file, checked once at start.
 * The table is the single source for the documentation
 * (docs/connectors/fit-connect-sender-proxy.md lists the same names).
 */
import { readFileSync } from 'node:fs';

const MiB = 1024 * 1024;

/**
 * @typedef {object} SenderProxyConfig
 * @property {string} host                  address to listen on
 * @property {number} port                  port to listen on (0: any free port)
 * @property {string} basePath              path prefix of every route, starts and ends with `/`
 * @property {string[]} allowedOrigins      origins (`https://host[:port]`) whose pages may call the proxy
 * @property {boolean} trustForwardedFor    read the client address from the last `X-Forwarded-For` entry
 * @property {string | undefined} routingBaseUrl  FIT-Connect Routing API, without `/v1`; unset: no routing routes
 * @property {string | undefined} portalJwksUrl  key set of the Self-Service-Portal; set: route signatures are verified
 * @property {string} submissionBaseUrl     FIT-Connect Submission API (delivery service), without `/v1`
 * @property {string} tokenUrl              OAuth 2 token endpoint
 * @property {string} clientId              OAuth client id (sender client)
 * @property {string} clientSecret          OAuth client secret (environment only)
 * @property {'form' | 'basic'} clientAuth  how the client authenticates at the token endpoint
 * @property {string | undefined} scope     optional `scope` of the token request
 * @property {number} maxJsonBytes          largest JSON request body
 * @property {number} maxAttachmentBytes    largest attachment (`application/jose`) body
 * @property {number} upstreamTimeoutMs     time limit of one call to FIT-Connect
 * @property {number} requestTimeoutMs      time limit for receiving a whole request from the browser
 * @property {number} statusMaxFailures     failed status lookups per client and window
 * @property {number} statusWindowSeconds   window of `statusMaxFailures`
 * @property {number} statusMaxFailuresPerCase  failed lookups per case id and window, from all clients
 * @property {number} statusCaseWindowSeconds   window of `statusMaxFailuresPerCase`
 * @property {number} pinTtlDays            how long an issued PIN stays valid
 */

/**
 * @typedef {object} Setting
 * @property {keyof SenderProxyConfig} key
 * @property {string} env
 * @property {(raw: unknown, name: string) => unknown} parse
 * @property {unknown} [fallback]   default; `undefined` with `required` means there is none
 * @property {boolean} [required]
 * @property {boolean} [envOnly]    may not come from the config file (secrets)
 */

/** @type {Setting[]} */
export const SETTINGS = [
  { key: 'host', env: 'OZG_PROXY_HOST', parse: text, fallback: '127.0.0.1' },
  { key: 'port', env: 'OZG_PROXY_PORT', parse: integer(0, 65535), fallback: 8787 },
  { key: 'basePath', env: 'OZG_PROXY_BASE_PATH', parse: basePath, fallback: '/' },
  { key: 'allowedOrigins', env: 'OZG_PROXY_ALLOWED_ORIGINS', parse: origins, fallback: [] },
  { key: 'trustForwardedFor', env: 'OZG_PROXY_TRUST_FORWARDED_FOR', parse: boolean, fallback: false },
  { key: 'routingBaseUrl', env: 'FIT_CONNECT_ROUTING_URL', parse: backendUrl, fallback: undefined },
  { key: 'portalJwksUrl', env: 'FIT_CONNECT_PORTAL_JWKS_URL', parse: backendUrl, fallback: undefined },
  { key: 'submissionBaseUrl', env: 'FIT_CONNECT_SUBMISSION_URL', parse: backendUrl, required: true },
  { key: 'tokenUrl', env: 'FIT_CONNECT_TOKEN_URL', parse: backendUrl, required: true },
  { key: 'clientId', env: 'FIT_CONNECT_CLIENT_ID', parse: text, required: true },
  { key: 'clientSecret', env: 'FIT_CONNECT_CLIENT_SECRET', parse: text, required: true, envOnly: true },
  { key: 'clientAuth', env: 'FIT_CONNECT_CLIENT_AUTH', parse: oneOf(['form', 'basic']), fallback: 'form' },
  { key: 'scope', env: 'FIT_CONNECT_SCOPE', parse: text, fallback: undefined },
  { key: 'maxJsonBytes', env: 'OZG_PROXY_MAX_JSON_BYTES', parse: integer(1, 1024 * MiB), fallback: MiB },
  { key: 'maxAttachmentBytes', env: 'OZG_PROXY_MAX_ATTACHMENT_BYTES', parse: integer(1, 1024 * MiB), fallback: 20 * MiB },
  { key: 'upstreamTimeoutMs', env: 'OZG_PROXY_UPSTREAM_TIMEOUT_MS', parse: integer(1, 600_000), fallback: 30_000 },
  { key: 'requestTimeoutMs', env: 'OZG_PROXY_REQUEST_TIMEOUT_MS', parse: integer(1, 3_600_000), fallback: 120_000 },
  { key: 'statusMaxFailures', env: 'OZG_PROXY_STATUS_MAX_FAILURES', parse: integer(1, 1000), fallback: 5 },
  { key: 'statusWindowSeconds', env: 'OZG_PROXY_STATUS_WINDOW_SECONDS', parse: integer(1, 86_400), fallback: 600 },
  { key: 'statusMaxFailuresPerCase', env: 'OZG_PROXY_STATUS_MAX_FAILURES_PER_CASE', parse: integer(1, 10_000), fallback: 20 },
  { key: 'statusCaseWindowSeconds', env: 'OZG_PROXY_STATUS_CASE_WINDOW_SECONDS', parse: integer(1, 604_800), fallback: 3600 },
  { key: 'pinTtlDays', env: 'OZG_PROXY_PIN_TTL_DAYS', parse: integer(1, 3650), fallback: 180 },
];

/** Path of an optional JSON file with the same settings (camelCase keys); the environment wins. */
export const CONFIG_FILE_ENV = 'OZG_PROXY_CONFIG_FILE';

export class ConfigError extends Error {
  name = 'ConfigError';
}

/**
 * Builds the configuration from `env` (and the JSON file named by
 * `OZG_PROXY_CONFIG_FILE`). Throws a ConfigError naming every bad or missing
 * setting — never with a value in the message, so a secret cannot end up in
 * a start-up log.
 *
 * @param {Record<string, string | undefined>} env
 * @param {(path: string) => string} [readFile]
 * @returns {SenderProxyConfig}
 */
export function loadConfig(env, readFile = (path) => readFileSync(path, 'utf8')) {
  /** @type {Record<string, unknown>} */
  let fromFile = {};
  const file = env[CONFIG_FILE_ENV];
  if (file) {
    try {
      fromFile = JSON.parse(readFile(file));
    } catch (error) {
      throw new ConfigError(`${CONFIG_FILE_ENV}: cannot read ${file} as JSON (${/** @type {Error} */ (error).message})`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
      throw new ConfigError(`${CONFIG_FILE_ENV}: ${file} must hold a JSON object`);
    }
  }
  const known = new Set(SETTINGS.map((s) => s.key));
  const problems = Object.keys(fromFile)
    .filter((key) => !known.has(/** @type {keyof SenderProxyConfig} */ (key)))
    .map((key) => `${file}: unknown setting "${key}"`);

  /** @type {Record<string, unknown>} */
  const raw = {};
  for (const setting of SETTINGS) {
    // A secret in a file is refused even when the environment has it too: the file should not hold it at all.
    if (setting.envOnly && setting.key in fromFile) problems.push(`${file}: "${setting.key}" may only be set in the environment (${setting.env})`);
    const fromEnv = env[setting.env];
    if (fromEnv !== undefined && fromEnv !== '') raw[setting.key] = fromEnv;
    else if (setting.key in fromFile && !setting.envOnly) raw[setting.key] = fromFile[setting.key];
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return resolveConfig(raw);
}

/**
 * Checks a configuration object and fills in defaults. Values may be typed
 * (`port: 8080`) or text as in the environment (`port: "8080"`).
 *
 * @param {Partial<Record<keyof SenderProxyConfig, unknown>>} input
 * @returns {SenderProxyConfig}
 */
export function resolveConfig(input) {
  /** @type {Record<string, unknown>} */
  const config = {};
  /** @type {string[]} */
  const problems = [];
  for (const setting of SETTINGS) {
    const value = input[setting.key];
    if (value === undefined || value === '') {
      if (setting.required) problems.push(`${setting.env} (${setting.key}) is required`);
      config[setting.key] = setting.fallback;
      continue;
    }
    try {
      config[setting.key] = setting.parse(value, `${setting.env} (${setting.key})`);
    } catch (error) {
      problems.push(/** @type {Error} */ (error).message);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return /** @type {SenderProxyConfig} */ (/** @type {unknown} */ (config));
}

/** @param {unknown} raw @param {string} name */
function text(raw, name) {
  if (typeof raw !== 'string' || raw.trim() === '') throw new ConfigError(`${name} must be a non-empty string`);
  return raw.trim();
}

/** @param {number} min @param {number} max */
function integer(min, max) {
  /** @param {unknown} raw @param {string} name */
  return (raw, name) => {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
    return value;
  };
}

/** @param {unknown} raw @param {string} name */
function boolean(raw, name) {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false`);
}

/** @param {readonly string[]} values */
function oneOf(values) {
  /** @param {unknown} raw @param {string} name */
  return (raw, name) => {
    if (typeof raw !== 'string' || !values.includes(raw)) throw new ConfigError(`${name} must be one of ${values.join(', ')}`);
    return raw;
  };
}

/** @param {unknown} raw @param {string} name */
function basePath(raw, name) {
  const value = text(raw, name);
  const path = value.endsWith('/') ? value : `${value}/`;
  // Letters, digits and a few safe characters only, no `.`/`..` segments: the prefix is compared literally.
  const segments = path.slice(1, -1).split('/').filter((segment) => segment !== '');
  const plain = /^\/([A-Za-z0-9._~-]+\/)*$/.test(path) && segments.every((segment) => segment !== '.' && segment !== '..');
  if (!plain) throw new ConfigError(`${name} must be a path like / or /fit-connect-proxy/`);
  return path;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A FIT-Connect URL: https, or http only on this machine (tests, a local
 * stand-in). No credentials, query or fragment; no trailing slash.
 * @param {unknown} raw @param {string} name
 */
function backendUrl(raw, name) {
  const value = text(raw, name);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) throw new ConfigError(`${name} must use https (http only for localhost)`);
  if (url.username || url.password || url.search || url.hash) throw new ConfigError(`${name} must not contain credentials, a query or a fragment`);
  return url.href.replace(/\/+$/, '');
}

/** @param {unknown} raw @param {string} name */
function origins(raw, name) {
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : undefined;
  if (!list) throw new ConfigError(`${name} must be a list of origins`);
  return list.map((entry) => {
    /** @type {URL | undefined} */
    let url;
    try {
      url = typeof entry === 'string' ? new URL(entry) : undefined;
    } catch {
      url = undefined;
    }
    // An origin is scheme, host and port — nothing else; `*` is not allowed.
    if (!url || url.origin === 'null' || url.origin !== String(entry).replace(/\/$/, '')) {
      throw new ConfigError(`${name}: "${String(entry)}" is not an origin like https://www.musterstadt.de`);
    }
    return url.origin;
  });
}
