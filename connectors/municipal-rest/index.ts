/**
 * The `municipal-rest` connector: a city's own backend behind the documented
 * REST contract (`docs/municipal-rest.openapi.yaml`) — catalog, forms,
 * submission and status — and the reference-number helpers of its
 * recommended format.
 *
 * @packageDocumentation
 */
export { connectorType, createMunicipalRestConnector, ETAG_CACHE_SIZE } from './connector.js';
export { MunicipalRestCatalog, MAX_PAGES, PARALLEL_PAGES } from './catalog.js';
export { MunicipalRestConfig, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './config.js';
export { MunicipalRestForms } from './forms.js';
export { MunicipalRestStatus } from './status.js';
export { MunicipalRestSubmission } from './submission.js';
export { multipartBody, ATTACHMENT_PART, SUBMISSION_PART } from './submission-request.js';
export { ServicePage, Problem, InvalidParam, StatusLookup, SubmissionMetadata, SubmissionAttachmentMetadata } from './api-schemas.js';
export { formatReference, parseReference, isValidReference, mod11_10CheckDigit, hasValidMod11_10CheckDigit, type ReferenceParts } from './reference.js';
export { recommendedReferenceFormat, normalizeReference } from './reference-format.js';
