/**
 * The `fit-connect` connector: the status of applications sent through
 * FIT-Connect (event log and BundID status updates), read through the city's
 * sender proxy; plus the pieces other code may reuse — the case-id format,
 * the SET reader and the timeline mapping.
 *
 * @packageDocumentation
 */
export { connectorType, createFitConnectConnector } from './connector.js';
export { FitConnectConfig, parseFitConnectConfig, DEFAULT_STATUS_PATH } from './config.js';
export { FitConnectStatus } from './fit-connect-status.js';
export { SenderProxy, StatusLookupAnswer, StatusLookupRequest, type SenderProxyPaths } from './sender-proxy.js';
export { caseIdFormat, normalizeCaseId, isCaseId, sameCaseId } from './case-id.js';
export { readSecurityEventToken } from './security-event-token.js';
export { readCompactJws, decodeBase64Url, encodeBase64Url, MalformedTokenError, type CompactJws } from './compact-jws.js';
export { SetPayloadV1, SET_PAYLOAD_V1_SCHEMA, EVENT_URI_PREFIX, readSetPayloadV1 } from './set-payload-v1.js';
export { DELIVERY_EVENT_NAMES, type DeliveryEvent, type DeliveryEventName, type SubmissionProblem } from './delivery-event.js';
export { STATE_OF_DELIVERY_EVENT, deliveryTimeline, rejectionReason } from './delivery-timeline.js';
export { STATE_OF_ZBP_STATUS, processingTimeline, caseNames } from './processing-timeline.js';
export { ZbpStatusUpdate, ZBP_STATUS, LocalizedText, pickText, type ZbpStatus } from './zbp-status-update.js';
export { buildCaseStatus, sortByTime, type CaseSources } from './case-timeline.js';
