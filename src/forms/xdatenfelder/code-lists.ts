/**
 * Choices of select fields. XDatenfelder 3 may list the values inline
 * (`werte`); otherwise the field names a genericode code list, whose codes
 * and labels the caller supplies in `options.codeLists` (the importer never
 * fetches anything).
 */
import type { CodeListReference, CodeValue } from './model.js';

export interface CodeListEntry {
  value: string;
  label: string;
}

export type CodeLists = Record<string, readonly CodeListEntry[]>;

/**
 * Keys looked up in `options.codeLists`, most specific first:
 * the canonical version URI (`urn:de:example_1`), `<canonicalIdentification>_<version>`,
 * the canonical identification alone, the v2 code list id (`C60000019`).
 */
export function codeListKeys(reference: CodeListReference): string[] {
  const { canonicalVersionUri, canonicalIdentification, version, id } = reference;
  const keys = [
    canonicalVersionUri,
    canonicalIdentification && version ? `${canonicalIdentification}_${version}` : undefined,
    canonicalIdentification,
    id,
  ];
  return [...new Set(keys.filter((key): key is string => key !== undefined && key !== ''))];
}

export function findCodeList(reference: CodeListReference, lists: CodeLists | undefined): CodeValue[] | undefined {
  if (!lists) return undefined;
  for (const key of codeListKeys(reference)) {
    const entries = lists[key];
    if (entries) return entries.map((entry) => ({ code: entry.value, label: entry.label.trim() }));
  }
  return undefined;
}

/** Shown in warnings: the most telling name of the list. */
export function describeCodeList(reference: CodeListReference): string {
  return codeListKeys(reference)[0] ?? 'an unnamed code list';
}

/**
 * `oneOf: [{ const, title }]` when every code has a label, else `enum` of
 * the codes (and `labelled: false` so the caller can warn).
 */
export function choiceKeywords(values: readonly CodeValue[]): { keywords: Record<string, unknown>; labelled: boolean } {
  const labelled = values.length > 0 && values.every((value) => value.label !== '');
  if (!labelled) return { keywords: { enum: values.map((value) => value.code) }, labelled };
  return {
    keywords: {
      oneOf: values.map((value) => ({ const: value.code, title: value.label, ...(value.help ? { description: value.help } : {}) })),
    },
    labelled,
  };
}
