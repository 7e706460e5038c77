/** Plain text of an HTML fragment, for the mock converters (independent of the connector's own helper). */
export function plainText(html: string | undefined): string {
  if (!html) return '';
  const text = new DOMParser().parseFromString(html.replace(/<br\s*\/?>|<\/(p|li|div)>/gi, ' $&'), 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
