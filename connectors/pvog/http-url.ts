/** Whether a link target is an http(s) URL (our `HttpUrl`); the catalog CSV, the links and the offices use it. */
import * as z from 'zod/mini';
import { HttpUrl } from '../../src/index.js';

export function isHttpUrl(uri: string | null | undefined): uri is string {
  return typeof uri === 'string' && z.safeParse(HttpUrl, uri.trim()).success;
}
