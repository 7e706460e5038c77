/**
 * Notes from an authority as plain text. Status texts are meant to be plain,
 * but they come from many procedures; markup that slipped in is reduced to
 * its text (parsed in an inert document, nothing runs), and white space is
 * tidied. Line breaks between paragraphs stay.
 */
export function plainText(text: string): string | undefined {
  const withoutMarkup = /<[a-zA-Z!/]/.test(text) || /&[#a-zA-Z0-9]+;/.test(text) ? textOfHtml(text) : text;
  const tidied = withoutMarkup
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t\f\v \u00A0]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
  return tidied === '' ? undefined : tidied;
}

function textOfHtml(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const element of body.querySelectorAll('script, style, template')) element.remove();
  for (const br of body.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of body.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6')) block.append('\n');
  return body.textContent ?? '';
}
