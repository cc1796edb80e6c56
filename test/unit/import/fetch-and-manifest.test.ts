import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/lib/import/fetch-page.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { addressList } from '../../../src/lib/import/input-files.ts';
import { parseCsv, readManifest } from '../../../src/lib/import/manifest.ts';

/** The address path against a local server: never the internet. */
const ARTICLE = `<!doctype html><html lang="en"><head><title>Rebels attack Aleppo | Reuters</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rebels attack Aleppo","datePublished":"2016-09-19","publisher":{"name":"Reuters"},"author":{"name":"Tom Perry"}}</script></head>
<body><article><h1>Rebels attack Aleppo</h1>${Array.from({ length: 5 }, (_, i) => `<p>Rebel positions north of Aleppo came under heavy attack on day ${i + 1} as the truce appeared to unravel, residents said.</p>`).join('')}</article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/article':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
        break;
      case '/moved':
        response.writeHead(301, { location: '/article' }).end();
        break;
      case '/slow':
        setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 2_000);
        break;
      case '/pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
        break;
      case '/huge':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(`<html><body>${'<p>word </p>'.repeat(20_000)}</body></html>`);
        break;
      default:
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('fetching an address', () => {
  it('follows redirects, and the article keeps the address it was found at', async () => {
    const page = await fetchPage(`${base}/moved`);
    expect(page.address).toBe(`${base}/article`);
    const result = importText(page.bytes, `${base}/moved`, { fetchedFrom: page.address });
    if (!result.ok) throw result.error;
    expect(result.article.fields).toMatchObject({ title: 'Rebels attack Aleppo', source: 'Reuters', author: 'Tom Perry', published: '2016-09-19', url: `${base}/article` });
  });

  it.each([
    ['/missing', /^http:\/\/127\.0\.0\.1:\d+\/missing: the server answered 404/u, {}],
    ['/slow', /: no answer within 0\.3 seconds$/u, { timeoutMs: 300 }],
    ['/pdf', /: not a web page \(the server sent “application\/pdf”, not HTML\)$/u, {}],
    ['/huge', /: the page is too big/u, { maxBytes: 50_000 }],
  ])('%s fails alone with a clear error naming the address', async (path, message, limits) => {
    await expect(fetchPage(`${base}${path}`, limits)).rejects.toThrow(message);
  });

  it('fails clearly when nothing listens', async () => {
    await expect(fetchPage('http://127.0.0.1:9/none', { timeoutMs: 2_000 })).rejects.toThrow(/^http:\/\/127\.0\.0\.1:9\/none: (?:cannot fetch the page|no answer)/u);
  });
});

describe('manifests and address lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads CSV as spreadsheets write it', () => {
    expect(parseCsv('file,source\n"a, b.txt","The ""Times"""\r\n\nc.txt,X')).toEqual([
      ['file', 'source'],
      ['a, b.txt', 'The "Times"'],
      ['c.txt', 'X'],
    ]);
  });

  it('gives each file its own fields, by path or by name, from CSV and YAML', () => {
    writeFileSync(join(dir, 'm.csv'), 'file,source,published,author,url\none.txt,Reuters,2016-09-19,,https://www.reuters.com/a\n');
    writeFileSync(join(dir, 'm.yaml'), '- file: two.html\n  source: Ahram Online\n  published: 2014-10-29\n- address: https://example.org/a\n  source: Example\n');
    const csv = readManifest(join(dir, 'm.csv'));
    expect(csv.lookup(join(dir, 'one.txt'))).toEqual({ fields: { source: 'Reuters', published: '2016-09-19', url: 'https://www.reuters.com/a' }, at: 'row 2' });
    const yaml = readManifest(join(dir, 'm.yaml'));
    expect(yaml.lookup('/elsewhere/two.html')?.fields).toEqual({ source: 'Ahram Online', published: '2014-10-29' });
    expect(yaml.lookup('https://example.org/a')?.fields).toEqual({ source: 'Example' });
  });

  it('refuses a bad value, naming the manifest, the row and the field', () => {
    writeFileSync(join(dir, 'bad.csv'), 'file,published\none.txt,19/09/2016\n');
    expect(() => readManifest(join(dir, 'bad.csv'), 'bad.csv')).toThrow(/^bad\.csv: row 2: published/u);
    writeFileSync(join(dir, 'bad2.csv'), 'name,source\none.txt,X\n');
    expect(() => readManifest(join(dir, 'bad2.csv'), 'bad2.csv')).toThrow('bad2.csv: the header row needs a "file" (or "address") column');
  });

  it('a manifest entry wins over flags, and the report says where the value came from', () => {
    const paste = `Rebels attack Aleppo\n\n${'Rebel positions came under attack on Monday as the truce appeared to unravel. '.repeat(3)}`;
    const result = importText(new TextEncoder().encode(paste), 'one.txt', { source: 'Flag', published: '2016-01-01', manifest: { fields: { source: 'Reuters' }, at: 'row 2', file: 'm.csv' } });
    if (!result.ok) throw result.error;
    expect(result.article.origins.find((o) => o.field === 'source')).toMatchObject({ value: 'Reuters', from: 'manifest', evidence: 'm.csv, row 2' });
  });

  it('reads a text file of addresses as a list to fetch, and a paste as a paste', () => {
    writeFileSync(join(dir, 'list.txt'), 'https://example.org/a\n\nhttps://example.org/b\n');
    writeFileSync(join(dir, 'paste.txt'), 'Title\nhttps://example.org/a\n');
    expect(addressList(join(dir, 'list.txt'))).toEqual(['https://example.org/a', 'https://example.org/b']);
    expect(addressList(join(dir, 'paste.txt'))).toBeUndefined();
  });
});
