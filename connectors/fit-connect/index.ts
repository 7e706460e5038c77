/**
 * The `fit-connect` connector: applications sent end-to-end encrypted
 * through FIT-Connect (routing, submission API v1, metadata 2.1.0) and their
 * status (event log and BundID status updates), all through the city's
 * sender proxy; plus the pieces other code may reuse — the case-id format,
 * the SET reader, the timeline mapping, the route and key checks.
 *
 * @packageDocumentation
 */
export { connectorType, createFitConnectConnector } from './connector.js';
export { FitConnectConfig, parseFitConnectConfig, canSubmit, DEFAULT_STATUS_PATH } from './config.js';
export { FitConnectStatus } from './fit-connect-status.js';
export { FitConnectSubmission, type FitConnectSubmissionSettings } from './fit-connect-submission.js';
export { FitConnectRouting, ROUTES_PATH, LEIKA_KEY, ROUTING_ARS, type RoutedDestination } from './routing.js';
export { Route, RouteResult, RouteAddress, RouteContactPerson } from './route-answer.js';
export { recipientOfRoute, authorityNameOfRoute } from './route-recipient.js';
export { destinationSignatureProblem, LEIKA_URN_PREFIX } from './destination-signature.js';
export {
  SubmissionApiV1,
  PublicDestination,
  Jwk,
  CreateSubmission,
  SubmissionCreated,
  SubmitSubmission,
  SubmissionSent,
  STATUS_PIN_HEADER,
  JWE_COMPACT,
} from './submission-api-v1.js';
export { checkEncryptionKey, modulusBits, MIN_MODULUS_BITS, type EncryptionKey } from './encryption-key.js';
export { MetadataV2, ReplyChannelV2, buildMetadataV2, readsMetadataV2, metadataMediaType, METADATA_SCHEMA_URI, METADATA_VERSION, type MetadataParts, type AttachmentDescription } from './metadata-v2.js';
export { loadEncryption, type EncryptionModule } from './load-encryption.js';
export { sha512Hex } from './sha512.js';
export { SenderProxy, StatusLookupAnswer, StatusLookupRequest, type SenderProxyPaths } from './sender-proxy.js';
export { caseIdFormat, normalizeCaseId, isCaseId, sameCaseId } from './case-id.js';
export { readSecurityEventToken } from './security-event-token.js';
export { readCompactJws, decodeBase64Url, encodeBase64Url, MalformedTokenError, type CompactJws } from './compact-jws.js';
export { SetPayloadV1, SET_PAYLOAD_V1_SCHEMA, EVENT_URI_PREFIX, readSetPayloadV1 } from './set-payload-v1.js';
export { DELIVERY_EVENT_NAMES, type DeliveryEvent, type DeliveryEventName, type SubmissionProblem } from './delivery-event.js';
export { STATE_OF_DELIVERY_EVENT, deliveryTimeline, rejectionReason } from './delivery-timeline.js';
export { STATE_OF_ZBP_STATUS, processingTimeline, caseNames } from './processing-timeline.js';
export { ZbpStatusUpdate, ZBP_STATUS, LocalizedText, type ZbpStatus } from './zbp-status-update.js';
export { pickText } from './pick-text.js';
export { buildCaseStatus, sortByTime, type CaseSources } from './case-timeline.js';
