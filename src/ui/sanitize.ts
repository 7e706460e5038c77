/**
 * The one way backend HTML reaches the page: DOMPurify with a short allow
 * list (paragraphs, lists, emphasis, line breaks, links), links limited to
 * http(s), mailto and tel, and every link given `rel="noopener noreferrer"`.
 * Everything else is dropped; the text inside dropped elements stays.
 *
 * This module pulls in DOMPurify (~11 KB gzip): import it lazily, only where
 * backend HTML is shown.
 */
import DOMPurify from 'dompurify';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const purifier = DOMPurify(window);

const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'span', 'abbr', 'sub', 'sup'];
const ALLOWED_ATTR = ['href', 'title', 'lang'];
const SAFE_LINK = /^(?:https?:|mailto:|tel:)/i;

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href') ?? '';
  if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
  node.setAttribute('rel', 'noopener noreferrer');
});

/** Sanitized HTML as a string. */
export function sanitizeHtml(dirty: string): string {
  return purifier.sanitize(dirty, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_LINK,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Mutation-XSS hardening: parse in a fresh document and refuse namespace tricks.
    SAFE_FOR_TEMPLATES: false,
    WHOLE_DOCUMENT: false,
  });
}

/** A Lit value rendering `dirty` after sanitizing; empty or missing input renders nothing. */
export function sanitizedHtml(dirty: string | undefined) {
  if (!dirty || dirty.trim() === '') return nothing;
  return unsafeHTML(sanitizeHtml(dirty));
}
