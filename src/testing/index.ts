/**
 * Test utilities for connector authors: the conformance kit.
 *
 * @packageDocumentation
 */
export * from './conformance.js';
