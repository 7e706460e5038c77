/**
 * The code an editor pastes into the CMS: the script of the CDN build, the
 * JSON configuration block and the element with its fallback content.
 */

export interface ElementMarkup {
  tag: string;
  /** In order; `true` writes a boolean attribute (no value). */
  attributes: [string, string | true][];
  /** A link shown until the widget runs. */
  fallback?: { text: string; href: string } | undefined;
  children?: ElementMarkup[];
}

export interface SnippetInput {
  /** Where the CDN files are, e.g. `https://cdn.example/ozg-widgets/`. */
  scriptBase: string;
  /** The CDN entry, e.g. `ozg-service-finder.js`. */
  script: string;
  /** A theme preset's file below the script folder, e.g. `themes/kern.css`. */
  stylesheet?: string | undefined;
  connectorName: string;
  connectorConfig: Record<string, unknown>;
  element: ElementMarkup;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `base` + `file`, with exactly one slash between them. */
export function scriptUrl(base: string, file: string): string {
  const trimmed = base.trim();
  return `${trimmed}${trimmed === '' || trimmed.endsWith('/') ? '' : '/'}${file}`;
}

/**
 * JSON for a `<script type="application/json">` block: `<` written as
 * `\u003c`, so no value can end the block early (`</script>`). JSON.parse
 * reads it back unchanged.
 */
export function jsonForScriptBlock(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

function elementMarkup(element: ElementMarkup, indent: string): string {
  const attributes = element.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const open = `${indent}<${element.tag}${attributes}>`;
  const close = `</${element.tag}>`;
  const inner: string[] = [];
  if (element.fallback && element.fallback.text.trim()) {
    const { text, href } = element.fallback;
    inner.push(href.trim() ? `${indent}  <p><a href="${escapeHtml(href.trim())}">${escapeHtml(text.trim())}</a></p>` : `${indent}  <p>${escapeHtml(text.trim())}</p>`);
  }
  for (const child of element.children ?? []) inner.push(elementMarkup(child, `${indent}  `));
  return inner.length ? `${open}\n${inner.join('\n')}\n${indent}${close}` : `${open}${close}`;
}

export function buildSnippet(input: SnippetInput): string {
  return [
    ...(input.stylesheet ? [`<link rel="stylesheet" href="${escapeHtml(scriptUrl(input.scriptBase, input.stylesheet))}">`] : []),
    `<script type="module" src="${escapeHtml(scriptUrl(input.scriptBase, input.script))}"></script>`,
    '<script type="application/json" data-ozg-config>',
    jsonForScriptBlock({ connectors: { [input.connectorName]: input.connectorConfig } }, '  '),
    '</script>',
    '',
    elementMarkup(input.element, ''),
    '',
  ].join('\n');
}
