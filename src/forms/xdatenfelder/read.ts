/**
 * Reads an XDatenfelder 2 or 3 Stammdatenschema message from a DOM into the
 * version-neutral model. The root element's namespace decides the version;
 * elements the importer does not use are ignored.
 */
import { XDatenfelderImportError } from './errors.js';
import type { CodeListReference, CodeValue, XdfChild, XdfField, XdfGroup, XdfRule, XdfSchema, XdfVersion } from './model.js';
import { parseMultiplicity } from './multiplicity.js';
import { readPrecision } from './precision.js';
import type { Warnings } from './warnings.js';
import { NS_XDF2, NS_XDF3, childCode, childElement, childElements, childText, readableText } from './xml.js';

const VERSIONS: Record<string, XdfVersion> = { [NS_XDF2]: '2', [NS_XDF3]: '3' };
const SCHEMA_MESSAGE = 'xdatenfelder.stammdatenschema.0102';

export function readStammdatenschema(document: Document, warnings: Warnings): XdfSchema {
  const root = document.documentElement;
  const ns = root?.namespaceURI ?? '';
  const xdfVersion = VERSIONS[ns];
  if (!root || xdfVersion === undefined) {
    const found = root ? `{${ns || 'no namespace'}}${root.localName}` : 'nothing';
    throw new XDatenfelderImportError(
      'not-xdatenfelder',
      `Not an XDatenfelder document: the root element is ${found}; expected ${SCHEMA_MESSAGE} in namespace ${NS_XDF2} (version 2) or ${NS_XDF3} (version 3).`,
    );
  }
  if (root.localName !== SCHEMA_MESSAGE) {
    throw new XDatenfelderImportError(
      'unsupported-message',
      `XDatenfelder message ${root.localName} is not supported; only ${SCHEMA_MESSAGE} (a Stammdatenschema) can be imported as a form.`,
    );
  }
  const schema = childElement(root, ns, 'stammdatenschema');
  if (!schema) throw new XDatenfelderImportError('missing-schema', `The ${SCHEMA_MESSAGE} message has no stammdatenschema element.`);
  const reader = new Reader(ns, warnings);
  const [id, version] = reader.identification(schema);
  if (!id) throw new XDatenfelderImportError('missing-schema', 'The stammdatenschema has no identifikation/id.');
  const name = childText(schema, ns, 'name') ?? id;
  return {
    xdfVersion,
    id,
    version,
    name,
    title: readableText(childText(schema, ns, 'bezeichnung') ?? childText(schema, ns, 'bezeichnungEingabe')) ?? name,
    help: readableText(childText(schema, ns, 'hilfetext')),
    notes: readableText(childText(schema, ns, 'beschreibung')),
    rules: reader.rules(schema),
    children: reader.structure(schema, id),
  };
}

class Reader {
  constructor(
    private readonly ns: string,
    private readonly warnings: Warnings,
  ) {}

  identification(element: Element): [string | undefined, string | undefined] {
    const identification = childElement(element, this.ns, 'identifikation');
    return [childText(identification, this.ns, 'id'), childText(identification, this.ns, 'version')];
  }

  structure(parent: Element, parentId: string): XdfChild[] {
    const children: XdfChild[] = [];
    for (const struktur of childElements(parent, this.ns, 'struktur')) {
      const contains = childElement(struktur, this.ns, 'enthaelt');
      const groupElement = childElement(contains, this.ns, 'datenfeldgruppe');
      const fieldElement = childElement(contains, this.ns, 'datenfeld');
      const element = groupElement ? this.group(groupElement) : fieldElement ? this.field(fieldElement) : undefined;
      if (!element) {
        this.warnings.add({ code: 'empty-structure', element: parentId, message: `A struktur in ${parentId} contains neither datenfeld nor datenfeldgruppe; skipped.` });
        continue;
      }
      const anzahl = childText(struktur, this.ns, 'anzahl');
      let multiplicity = parseMultiplicity(anzahl);
      if (!multiplicity) {
        this.warnings.add({
          code: 'invalid-multiplicity',
          element: element.id,
          message: `${element.id} in ${parentId} has anzahl "${anzahl ?? ''}", not min:max; read as 0:1.`,
        });
        multiplicity = { min: 0, max: 1 };
      }
      children.push({ multiplicity, element });
    }
    return children;
  }

  private base(element: Element): { id: string; name: string; label: string; help?: string | undefined; notes?: string | undefined; rules: XdfRule[] } {
    const [id] = this.identification(element);
    const name = childText(element, this.ns, 'name') ?? id ?? '';
    const safeId = id ?? `unbenannt-${name}`;
    return {
      id: safeId,
      name,
      label: readableText(childText(element, this.ns, 'bezeichnungEingabe')) ?? readableText(name) ?? safeId,
      help: readableText(childText(element, this.ns, 'hilfetextEingabe')),
      notes: readableText(childText(element, this.ns, 'beschreibung')),
      rules: this.rules(element),
    };
  }

  private group(element: Element): XdfGroup {
    const base = this.base(element);
    return { kind: 'group', ...base, choice: childCode(element, this.ns, 'art') === 'X', children: this.structure(element, base.id) };
  }

  private field(element: Element): XdfField {
    const { precision, problem } = readPrecision(childElement(element, this.ns, 'praezisierung'));
    const maxSize = childText(element, this.ns, 'maxSize');
    return {
      kind: 'field',
      ...this.base(element),
      feldart: childCode(element, this.ns, 'feldart') ?? 'input',
      datentyp: childCode(element, this.ns, 'datentyp') ?? 'text',
      precision,
      precisionProblem: problem,
      content: childElement(element, this.ns, 'inhalt')?.textContent ?? undefined,
      prefill: childCode(element, this.ns, 'vorbefuellung'),
      values: this.values(element),
      codeList: this.codeListReference(element),
      mediaTypes: childElements(element, this.ns, 'mediaType')
        .map((media) => media.textContent?.trim() ?? '')
        .filter((media) => media !== ''),
      maxSize: maxSize !== undefined && /^\d+$/.test(maxSize) ? Number(maxSize) : undefined,
    };
  }

  /** v3 `werte/wert`: codes with names (and help) written into the schema. */
  private values(element: Element): CodeValue[] | undefined {
    const werte = childElement(element, this.ns, 'werte');
    if (!werte) return undefined;
    return childElements(werte, this.ns, 'wert').flatMap((wert) => {
      const code = childText(wert, this.ns, 'code');
      if (code === undefined) return [];
      return [{ code, label: readableText(childText(wert, this.ns, 'name')) ?? '', help: readableText(childText(wert, this.ns, 'hilfe')) }];
    });
  }

  /** v2 nests the genericode names in `genericodeIdentification`; v3 puts them directly in `codelisteReferenz`. */
  private codeListReference(element: Element): CodeListReference | undefined {
    const reference = childElement(element, this.ns, 'codelisteReferenz');
    if (!reference) return undefined;
    const genericode = childElement(reference, this.ns, 'genericodeIdentification') ?? reference;
    const [id] = this.identification(reference);
    return {
      id,
      canonicalIdentification: childText(genericode, this.ns, 'canonicalIdentification'),
      version: childText(genericode, this.ns, 'version'),
      canonicalVersionUri: childText(genericode, this.ns, 'canonicalVersionUri'),
    };
  }

  rules(element: Element): XdfRule[] {
    return childElements(element, this.ns, 'regel').map((regel) => {
      const [id] = this.identification(regel);
      const name = childText(regel, this.ns, 'name') ?? id ?? '';
      return {
        id: id ?? name,
        name,
        text: readableText(
          childText(regel, this.ns, 'freitextRegel') ?? childText(regel, this.ns, 'definition') ?? childText(regel, this.ns, 'beschreibung'),
        ),
        script: childText(regel, this.ns, 'skript') ?? childText(regel, this.ns, 'script'),
        type: childCode(regel, this.ns, 'typ'),
      };
    });
  }
}
