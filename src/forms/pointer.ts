/**
 * JSON Pointers (RFC 6901) into form data. Schema pointers may contain `*`
 * for "the item of a repeatable group we are in"; {@link concrete} puts the
 * item indices in.
 */

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function formatPointer(parts: readonly (string | number)[]): string {
  return parts.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** `/G1/*\/F2` with indices [3] → `/G1/3/F2`. Extra `*` beyond the indices stay. */
export function concrete(schemaPointer: string, indices: readonly number[]): string {
  let i = 0;
  return formatPointer(parsePointer(schemaPointer).map((part) => (part === '*' && i < indices.length ? indices[i++]! : part)));
}

/** `/G1/3/F2` → `/G1/*\/F2`: numeric segments become `*`. */
export function schemaPointerOf(pointer: string): string {
  return formatPointer(parsePointer(pointer).map((part) => (/^\d+$/.test(part) ? '*' : part)));
}

export function getAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const part of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * A copy of `data` with `value` at `pointer`, creating objects and arrays on
 * the way (numeric segments make arrays). Unchanged branches are shared.
 */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const parts = parsePointer(pointer);
  const write = (node: unknown, depth: number): unknown => {
    if (depth === parts.length) return value;
    const key = parts[depth]!;
    const numeric = /^\d+$/.test(key);
    const container: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node !== null && typeof node === 'object'
        ? { ...(node as Record<string, unknown>) }
        : numeric
          ? []
          : {};
    const child = (container as Record<string, unknown>)[key];
    (container as Record<string, unknown>)[key] = write(child, depth + 1);
    return container;
  };
  return write(data, 0) as T;
}

/** A copy of `data` without the value at `pointer`; array items are spliced out. */
export function removeAt<T>(data: T, pointer: string): T {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return data;
  const parent = getAt(data, formatPointer(parts.slice(0, -1)));
  const last = parts.at(-1)!;
  if (Array.isArray(parent)) {
    const next = parent.filter((_, i) => String(i) !== last);
    return setAt(data, formatPointer(parts.slice(0, -1)), next);
  }
  if (parent === null || typeof parent !== 'object' || !(last in parent)) return data;
  const { [last]: _removed, ...rest } = parent as Record<string, unknown>;
  return setAt(data, formatPointer(parts.slice(0, -1)), rest);
}
