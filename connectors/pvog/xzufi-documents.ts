/**
 * Module 08 "Erforderliche Unterlagen" → `requiredDocuments`.
 *
 * When the module is a list, every top-level item is one document: the item's first line is the
 * name, what follows a line break or block (a paragraph, a nested list) is its description. Lines
 * that start with a dash or bullet inside a paragraph count as items too. Paragraphs outside lists
 * become documents of their own (the real example has only one: "Bitte erfragen Sie …, welche
 * Unterlagen Sie im Einzelnen benötigen."), except list intros that end with a colon.
 * XZuFi text modules carry no "required" flag, so every document is marked required.
 */
import type * as z from 'zod/mini';
import type { RequiredDocument } from '../../src/index.js';
import { escapeHtml, parseHtml, plainText, textOf } from './html-text.js';
import type { PvogModule } from './pvog-service-description.js';

type DocumentInput = z.input<typeof RequiredDocument>;

const LISTS = new Set(['UL', 'OL']);
const SPLITS = new Set(['BR', 'P', 'UL', 'OL', 'DIV']);
const BULLET = /^\s*[-–•*·]\s+/;

export function mapDocuments(module: PvogModule | undefined): DocumentInput[] {
  const html = module?.text;
  if (!html || !plainText(html)) return [];
  const documents: DocumentInput[] = [];
  collect(parseHtml(html), documents);
  return documents;
}

function collect(container: Element, into: DocumentInput[]): void {
  let inline = '';
  const flushInline = () => {
    addParagraph(inline, into);
    inline = '';
  };
  for (const node of container.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      inline += escapeHtml(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (LISTS.has(element.tagName)) {
      flushInline();
      for (const item of element.children) if (item.tagName === 'LI') into.push(documentOfItem(item));
    } else if (element.tagName === 'LI') {
      flushInline();
      into.push(documentOfItem(element));
    } else if (element.querySelector('ul, ol, li')) {
      flushInline();
      collect(element, into);
    } else if (element.tagName === 'P' || element.tagName === 'DIV') {
      flushInline();
      addParagraph(element.innerHTML, into);
    } else {
      inline += element.outerHTML;
    }
  }
  flushInline();
}

/** A paragraph: bullet lines become documents, an intro ending with ":" is dropped. */
function addParagraph(html: string, into: DocumentInput[]): void {
  const lines = html
    .split(/<br\s*\/?>/i)
    .map((line) => plainText(line))
    .filter(Boolean);
  if (lines.length === 0) return;
  if (lines.length > 1 && lines.every((line) => BULLET.test(line))) {
    for (const line of lines) into.push({ name: line.replace(BULLET, ''), required: true });
    return;
  }
  const text = lines.join(' ');
  if (text.endsWith(':')) return;
  into.push({ name: text, required: true });
}

/** Name = text up to the first line break or block; description = the rest. */
function documentOfItem(item: Element): DocumentInput {
  const nodes = [...item.childNodes];
  const split = nodes.findIndex((n) => n.nodeType === Node.ELEMENT_NODE && SPLITS.has((n as Element).tagName));
  const head = split < 0 ? nodes : nodes.slice(0, split);
  let name = head.map((n) => textOf(n)).join(' ').replace(/\s+/g, ' ').trim();
  let rest = split < 0 ? [] : nodes.slice(split);
  if (!name && rest[0] instanceof Element && rest[0].tagName === 'P') {
    // <li><p>Name</p><p>Description</p></li>
    name = textOf(rest[0]);
    rest = rest.slice(1);
  }
  if (rest[0] instanceof Element && rest[0].tagName === 'BR') rest = rest.slice(1);
  const descriptionHtml = rest.map((n) => (n instanceof Element ? n.outerHTML : escapeHtml(n.textContent ?? ''))).join('').trim();
  const document: DocumentInput = { name: name || textOf(item), required: true };
  if (plainText(descriptionHtml)) document.descriptionHtml = descriptionHtml;
  return document;
}
