/**
 * `fit-connect`: applications sent through FIT-Connect and their status,
 * through the city's sender proxy (sender-proxy.ts for the status lookup,
 * routing.ts and submission-api-v1.ts for sending). The `status` capability
 * is always there; `submission` when the configuration says where
 * applications go (`ars` for routing, or a fixed `destinationId`).
 */
import type { Connector, ConnectorType } from '../../src/connector/contract.js';
import { HttpClient, httpSettings } from '../../src/http/client.js';
import { DEFAULT_STATUS_PATH, canSubmit, parseFitConnectConfig, resolveProxyUrl, type FitConnectConfig } from './config.js';
import { FitConnectStatus } from './fit-connect-status.js';
import { FitConnectSubmission } from './fit-connect-submission.js';
import { FitConnectRouting } from './routing.js';
import { SenderProxy } from './sender-proxy.js';

export function createFitConnectConnector(config: FitConnectConfig): Connector {
  const proxyUrl = resolveProxyUrl(config.proxyUrl).href;
  const client = new HttpClient(httpSettings(proxyUrl, config));
  const proxy = new SenderProxy(client, { status: config.statusPath ?? DEFAULT_STATUS_PATH });
  const status = new FitConnectStatus(proxy);
  if (!canSubmit(config)) return { type: 'fit-connect', status };
  const submission = new FitConnectSubmission(client, new FitConnectRouting(client), {
    proxyUrl,
    ars: config.ars,
    destinationId: config.destinationId,
    replyChannel: config.replyChannel,
    senderReferencePrefix: config.senderReferencePrefix,
  });
  return { type: 'fit-connect', status, submission };
}

export const connectorType: ConnectorType<FitConnectConfig> = {
  parseConfig: parseFitConnectConfig,
  create: createFitConnectConnector,
};
