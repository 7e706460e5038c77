/**
 * `fit-connect`: applications sent through FIT-Connect, read through the
 * city's sender proxy (sender-proxy.ts). For now the `status` capability;
 * submission and routing share the proxy client when they come.
 */
import type { Connector, ConnectorType } from '../../src/connector/contract.js';
import { HttpClient, httpSettings } from '../../src/http/client.js';
import { DEFAULT_STATUS_PATH, parseFitConnectConfig, resolveProxyUrl, type FitConnectConfig } from './config.js';
import { FitConnectStatus } from './fit-connect-status.js';
import { SenderProxy } from './sender-proxy.js';

export function createFitConnectConnector(config: FitConnectConfig): Connector {
  const client = new HttpClient(httpSettings(resolveProxyUrl(config.proxyUrl).href, config));
  const proxy = new SenderProxy(client, { status: config.statusPath ?? DEFAULT_STATUS_PATH });
  return { type: 'fit-connect', status: new FitConnectStatus(proxy) };
}

export const connectorType: ConnectorType<FitConnectConfig> = {
  parseConfig: parseFitConnectConfig,
  create: createFitConnectConnector,
};
