import { ContentError } from '../content/content-error.ts';

/**
 * A web page fetched for import: redirects followed (fetch's own limit of
 * 20), a time limit for the whole download and a size limit on the body, and
 * only HTML accepted. Every failure is a ContentError naming the address, so
 * one bad address fails alone.
 */

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedPage {
  /** Where the page was in the end, after redirects. */
  address: string;
  bytes: Uint8Array;
}

const TIMEOUT_MS = 20_000;
const MAX_BYTES = 10 * 1024 * 1024;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/iu;

export function isAddress(text: string): boolean {
  return /^https?:\/\/\S+$/iu.test(text.trim());
}

export async function fetchPage(address: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  const timeoutMs = limits.timeoutMs ?? TIMEOUT_MS;
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(address, { redirect: 'follow', signal, headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    throw new ContentError(address, failure(error, timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ContentError(address, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!HTML_TYPES.test(type)) {
    await response.body?.cancel();
    throw new ContentError(address, `not a web page (the server sent ${type ? `“${type.split(';')[0]}”` : 'no content type'}, not HTML)`);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ContentError(address, `the page is too big (${declared.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new ContentError(address, `the page is too big (over ${maxBytes.toLocaleString('en')} bytes)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(address, failure(error, timeoutMs));
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { address: response.url || address, bytes };
}

function failure(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} seconds`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return `cannot fetch the page (${cause})`;
}
