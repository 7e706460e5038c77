#!/usr/bin/env node
/**
 * Starts the FIT-Connect sender proxy with the configuration from the
 * environment (and the JSON file named by OZG_PROXY_CONFIG_FILE):
 *
 *   FIT_CONNECT_SUBMISSION_URL=… FIT_CONNECT_TOKEN_URL=… \
 *   FIT_CONNECT_CLIENT_ID=… FIT_CONNECT_CLIENT_SECRET=… \
 *   OZG_PROXY_ALLOWED_ORIGINS=https://www.musterstadt.de npm run proxy
 *
 * See docs/connectors/fit-connect-sender-proxy.md for every setting.
 */
import { writeJsonLine } from './access-log.mjs';
import { ConfigError, loadConfig } from './config.mjs';
import { createSenderProxy } from './create-sender-proxy.mjs';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`FIT-Connect sender proxy: configuration error\n${error.message}\n`);
  process.exit(2);
}

const server = createSenderProxy(config);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  writeJsonLine({
    time: new Date().toISOString(),
    level: 'info',
    event: 'listening',
    host: config.host,
    port,
    basePath: config.basePath,
    submission: config.submissionBaseUrl,
    routing: config.routingBaseUrl ?? null,
    allowedOrigins: config.allowedOrigins,
  });
});

/** Stops taking connections and ends when the running requests are done. */
function shutDown() {
  writeJsonLine({ time: new Date().toISOString(), level: 'info', event: 'stopping' });
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.once('SIGTERM', shutDown);
process.once('SIGINT', shutDown);
