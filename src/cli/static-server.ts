import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from '../lib/security/content-security-policy.ts';

export interface StaticSite {
  /** Origin plus base, e.g. http://127.0.0.1:4321/guide/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on localhost under its base path, as a static host
 * would: anything outside the base is a 404, so a link that forgets the base
 * fails in tests as it would in production. Every response carries Gloss's
 * Content-Security-Policy, so whatever the site does must work under it.
 */
export async function serveStatic(dir: string, base = '/', options: { precompressed?: boolean } = {}): Promise<StaticSite> {
  // `precompressed`: send a file's .gz sibling to clients that accept gzip, as static hosts do.
  const files = sirv(dir, { dev: true, etag: false, gzip: options.precompressed ?? false });
  const server: Server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('Not found (outside the site base)');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
