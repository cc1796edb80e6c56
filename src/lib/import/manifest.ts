import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../content/content-error.ts';
import { ArticleSchema } from '../content/schemas.ts';
import { validateFields } from '../content/schema-errors.ts';
import type { MetadataFlags } from './metadata.ts';

/**
 * A manifest gives each file (or address) of a run its own metadata, so one
 * run imports articles from many outlets: CSV with a header row, or YAML (a
 * list of mappings). Columns: `file` (or `address`), `source`, `published`,
 * `author`, `url`. Files are named relative to the manifest, or by name alone.
 */

export type ManifestFields = Pick<MetadataFlags, 'source' | 'published' | 'author' | 'url'>;

export interface ManifestEntry {
  fields: ManifestFields;
  /** Where in the manifest: "row 3" (CSV) or "entry 3" (YAML). */
  at: string;
}

export interface Manifest {
  /** The manifest file, as named in messages. */
  file: string;
  /** By resolved path, by file name, and by address. */
  lookup: (pathOrAddress: string) => ManifestEntry | undefined;
}

const FIELDS = ['source', 'published', 'author', 'url'] as const;

/** CSV as spreadsheets write it: commas, double quotes around fields that need them, "" for a quote. Hand-written: a dozen lines, not worth a dependency. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((cell) => cell.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((cell) => cell.trim() !== '')) rows.push(row);
  return rows;
}

function records(text: string, file: string): { record: Record<string, unknown>; at: string }[] {
  if (/\.ya?ml$/iu.test(file)) {
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      throw new ContentError(file, `not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    if (!Array.isArray(data)) throw new ContentError(file, 'a YAML manifest is a list: one "- file: …" entry per article');
    return data.map((record, index) => {
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new ContentError(file, `entry ${index + 1} is not a mapping of field: value`);
      return { record: record as Record<string, unknown>, at: `entry ${index + 1}` };
    });
  }
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ContentError(file, 'empty manifest');
  const names = header.map((name) => name.trim().toLowerCase());
  if (!names.includes('file') && !names.includes('address')) throw new ContentError(file, 'the header row needs a "file" (or "address") column');
  return rows.map((row, index) => ({ record: Object.fromEntries(names.map((name, column) => [name, row[column]?.trim() ?? ''])), at: `row ${index + 2}` }));
}

export function readManifest(path: string, shown = path): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError(shown, `cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!/\.(?:csv|ya?ml)$/iu.test(extname(path))) throw new ContentError(shown, 'a manifest is a .csv, .yaml or .yml file');
  const byKey = new Map<string, ManifestEntry>();
  for (const { record, at } of records(text, shown)) {
    const key = String(record.file ?? record.address ?? '').trim();
    if (!key) throw new ContentError(shown, `${at}: no file or address`);
    const fields: ManifestFields = {};
    for (const field of FIELDS) {
      const raw = record[field];
      if (raw === undefined || raw === null || String(raw).trim() === '') continue;
      const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
      if (field === 'published' || field === 'url') validateFields(ArticleSchema.shape[field], value, `${shown}: ${at}: ${field}`);
      fields[field] = value;
    }
    const entry = { fields, at };
    const isAddress = /^https?:\/\//iu.test(key);
    byKey.set(isAddress ? key : resolve(dirname(path), key), entry);
    if (!isAddress) byKey.set(`name:${basename(key)}`, entry);
  }
  return {
    file: shown,
    lookup: (pathOrAddress) => (/^https?:\/\//iu.test(pathOrAddress) ? byKey.get(pathOrAddress) : byKey.get(resolve(pathOrAddress)) ?? byKey.get(`name:${basename(pathOrAddress)}`)),
  };
}
