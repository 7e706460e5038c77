/**
 * Configuration from the environment and a JSON file, and `server.mjs`
 * starting the proxy from it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, SETTINGS, loadConfig } from '../../connectors/fit-connect/sender-proxy/config.mjs';

const SECRET = 'env-secret-5b2d9a-never-print';
const required = {
  FIT_CONNECT_SUBMISSION_URL: 'https://submission-api-testing.fit-connect.fitko.dev/',
  FIT_CONNECT_TOKEN_URL: 'https://auth-testing.fit-connect.fitko.dev/token',
  FIT_CONNECT_CLIENT_ID: 'client-1',
  FIT_CONNECT_CLIENT_SECRET: SECRET,
};

describe('sender proxy: configuration', () => {
  test('defaults: localhost:8787, base path /, 1 MiB JSON, 20 MiB attachments, 5 failures per 10 minutes', () => {
    const config = loadConfig(required);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8787);
    assert.equal(config.basePath, '/');
    assert.equal(config.submissionBaseUrl, 'https://submission-api-testing.fit-connect.fitko.dev');
    assert.equal(config.routingBaseUrl, undefined);
    assert.equal(config.clientAuth, 'form');
    assert.equal(config.maxJsonBytes, 1024 * 1024);
    assert.equal(config.maxAttachmentBytes, 20 * 1024 * 1024);
    assert.equal(config.statusMaxFailures, 5);
    assert.equal(config.statusWindowSeconds, 600);
    assert.deepEqual(config.allowedOrigins, []);
  });

  test('every setting is read from its environment variable', () => {
    const config = loadConfig({
      ...required,
      OZG_PROXY_HOST: '0.0.0.0',
      OZG_PROXY_PORT: '9000',
      OZG_PROXY_BASE_PATH: '/fit-connect-proxy',
      OZG_PROXY_ALLOWED_ORIGINS: 'https://www.musterstadt.de, https://service.musterstadt.de:8443',
      OZG_PROXY_TRUST_FORWARDED_FOR: 'true',
      FIT_CONNECT_ROUTING_URL: 'https://routing-api-testing.fit-connect.fitko.dev',
      FIT_CONNECT_PORTAL_JWKS_URL: 'https://portal.auth-testing.fit-connect.fitko.dev/.well-known/jwks.json',
      FIT_CONNECT_CLIENT_AUTH: 'basic',
      FIT_CONNECT_SCOPE: 'send:region:DE09',
      OZG_PROXY_MAX_JSON_BYTES: '2048',
      OZG_PROXY_MAX_ATTACHMENT_BYTES: '4096',
      OZG_PROXY_UPSTREAM_TIMEOUT_MS: '5000',
      OZG_PROXY_REQUEST_TIMEOUT_MS: '60000',
      OZG_PROXY_STATUS_MAX_FAILURES: '3',
      OZG_PROXY_STATUS_WINDOW_SECONDS: '900',
      OZG_PROXY_STATUS_MAX_FAILURES_PER_CASE: '10',
      OZG_PROXY_STATUS_CASE_WINDOW_SECONDS: '7200',
      OZG_PROXY_PIN_TTL_DAYS: '30',
    });
    assert.deepEqual(
      { ...config, clientSecret: '…' },
      {
        host: '0.0.0.0',
        port: 9000,
        basePath: '/fit-connect-proxy/',
        allowedOrigins: ['https://www.musterstadt.de', 'https://service.musterstadt.de:8443'],
        trustForwardedFor: true,
        routingBaseUrl: 'https://routing-api-testing.fit-connect.fitko.dev',
        portalJwksUrl: 'https://portal.auth-testing.fit-connect.fitko.dev/.well-known/jwks.json',
        submissionBaseUrl: 'https://submission-api-testing.fit-connect.fitko.dev',
        tokenUrl: 'https://auth-testing.fit-connect.fitko.dev/token',
        clientId: 'client-1',
        clientSecret: '…',
        clientAuth: 'basic',
        scope: 'send:region:DE09',
        maxJsonBytes: 2048,
        maxAttachmentBytes: 4096,
        upstreamTimeoutMs: 5000,
        requestTimeoutMs: 60000,
        statusMaxFailures: 3,
        statusWindowSeconds: 900,
        statusMaxFailuresPerCase: 10,
        statusCaseWindowSeconds: 7200,
        pinTtlDays: 30,
      },
    );
    assert.equal(config.clientSecret, SECRET);
    assert.equal(new Set(SETTINGS.map((s) => s.env)).size, SETTINGS.length);
  });

  test('missing settings are all named; no value appears in the message', () => {
    assert.throws(
      () => loadConfig({ FIT_CONNECT_CLIENT_SECRET: SECRET, OZG_PROXY_PORT: 'eighty' }),
      (/** @type {Error} */ error) => {
        assert.ok(error instanceof ConfigError);
        for (const name of ['FIT_CONNECT_SUBMISSION_URL', 'FIT_CONNECT_TOKEN_URL', 'FIT_CONNECT_CLIENT_ID', 'OZG_PROXY_PORT']) {
          assert.ok(error.message.includes(name), name);
        }
        assert.ok(!error.message.includes(SECRET) && !error.message.includes('eighty'));
        return true;
      },
    );
  });

  test('unsafe values are refused: plain http to another host, URLs with credentials, origins with paths or *', () => {
    /** @type {Record<string, string>[]} */
    const bad = [
      { FIT_CONNECT_SUBMISSION_URL: 'http://submission-api-testing.fit-connect.fitko.dev' },
      { FIT_CONNECT_TOKEN_URL: 'https://user:pw@auth.example/token' },
      { FIT_CONNECT_TOKEN_URL: 'https://auth.example/token?x=1' },
      { OZG_PROXY_ALLOWED_ORIGINS: '*' },
      { OZG_PROXY_ALLOWED_ORIGINS: 'https://www.musterstadt.de/antrag' },
      { OZG_PROXY_BASE_PATH: '/../x' },
      { FIT_CONNECT_CLIENT_AUTH: 'jwt' },
      { OZG_PROXY_MAX_ATTACHMENT_BYTES: '0' },
    ];
    for (const override of bad) assert.throws(() => loadConfig({ ...required, ...override }), ConfigError, JSON.stringify(override));
    assert.equal(loadConfig({ ...required, FIT_CONNECT_SUBMISSION_URL: 'http://127.0.0.1:8080' }).submissionBaseUrl, 'http://127.0.0.1:8080');
  });

  test('a JSON config file supplies settings; the environment wins; the secret may only come from the environment', () => {
    const files = {
      '/etc/proxy.json': JSON.stringify({ port: 9100, allowedOrigins: ['https://www.musterstadt.de'], routingBaseUrl: 'https://routing.example' }),
      '/etc/with-secret.json': JSON.stringify({ clientSecret: 'in-a-file' }),
      '/etc/typo.json': JSON.stringify({ allowedOrigin: 'https://www.musterstadt.de' }),
    };
    const readFile = (/** @type {string} */ path) => {
      const text = files[/** @type {keyof typeof files} */ (path)];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    };
    const config = loadConfig({ ...required, OZG_PROXY_CONFIG_FILE: '/etc/proxy.json', OZG_PROXY_PORT: '9200' }, readFile);
    assert.equal(config.port, 9200);
    assert.deepEqual(config.allowedOrigins, ['https://www.musterstadt.de']);
    assert.equal(config.routingBaseUrl, 'https://routing.example');
    assert.throws(() => loadConfig({ ...required, OZG_PROXY_CONFIG_FILE: '/etc/with-secret.json' }, readFile), /only be set in the environment/);
    assert.throws(() => loadConfig({ ...required, OZG_PROXY_CONFIG_FILE: '/etc/typo.json' }, readFile), /unknown setting "allowedOrigin"/);
    assert.throws(() => loadConfig({ ...required, OZG_PROXY_CONFIG_FILE: '/etc/missing.json' }, readFile), ConfigError);
  });
});

describe('server.mjs', () => {
  const server = fileURLToPath(new URL('../../connectors/fit-connect/sender-proxy/server.mjs', import.meta.url));

  test('starts from the environment, logs where it listens (without the secret) and answers', async () => {
    const child = spawn(process.execPath, [server], {
      env: { ...required, OZG_PROXY_PORT: '0', OZG_PROXY_ALLOWED_ORIGINS: 'https://www.musterstadt.de', PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      /** @type {{ port: number } | undefined} */
      let listening;
      for await (const chunk of child.stdout) {
        output += chunk;
        const line = output.split('\n').find((l) => l.includes('"listening"'));
        if (line) {
          listening = JSON.parse(line);
          break;
        }
      }
      assert.ok(listening && listening.port > 0);
      assert.ok(!output.includes(SECRET));
      const response = await fetch(`http://127.0.0.1:${listening.port}/nothing-here`);
      assert.equal(response.status, 404);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  test('refuses to start without configuration, naming what is missing', async () => {
    const child = spawn(process.execPath, [server], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const [code] = await once(child, 'exit');
    assert.equal(code, 2);
    assert.match(stderr, /FIT_CONNECT_CLIENT_SECRET/);
  });
});
