import { defineMiddleware } from 'astro:middleware';
import { activeIndexer } from './page-indexer.ts';

const decoder = new TextDecoder();

/** Passes each page rendered by `astro build` to the build's search indexer; a no-op in dev. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = activeIndexer();
  if (!indexer || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The page as bytes, handed on as they are: re-encoding a string would cost more than the indexing saves.
  const bytes = new Uint8Array(await response.arrayBuffer());
  indexer.add(context.url.pathname, decoder.decode(bytes));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
