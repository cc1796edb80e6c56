import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Independent readers for the export's tests: Debian's xmllint (libxml2-utils)
 * for the XML, Debian's unzip for the package. `.ci/run` installs both.
 */

function run(command: string, args: string[], input?: string | Uint8Array): string {
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

/** xmllint's verdict on a document: '' if well-formed, else its messages. */
export function xmlProblems(xml: string): string {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0 ? '' : result.stderr;
}

/** An XPath 1.0 expression's value over `xml`, as xmllint prints it (names are matched with local-name(), so no prefixes are needed). */
export function xpath(xml: string, expression: string): string {
  const result = spawnSync('xmllint', ['--nonet', '--xpath', expression, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw result.error;
  // xmllint exits 10 for an empty node-set.
  if (result.status === 10) return '';
  if (result.status !== 0) throw new Error(`xmllint --xpath ${expression} failed:\n${result.stderr}`);
  // xmllint ends its answer with a newline of its own.
  return result.stdout.replace(/\n$/u, '');
}

/** The values of an attribute across the nodes an XPath selects (`//*[local-name()='file']/@href`). */
export function attributeValues(xml: string, expression: string): string[] {
  return [...xpath(xml, expression).matchAll(/\s[\w:-]+="([^"]*)"/gu)].map((match) => decodeXml(match[1]!));
}

/** XML's five entities and numeric references, decoded once. */
export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** Reads a zip with Debian's unzip: its entry names, in order, and each entry's bytes; throws if `unzip -t` finds it damaged. */
export function unzipAll(zip: Uint8Array): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-unzip-'));
  try {
    const file = join(dir, 'package.zip');
    writeFileSync(file, zip);
    run('unzip', ['-tqq', file]);
    const names = run('unzip', ['-Z1', file]).split('\n').filter(Boolean);
    const entries = new Map<string, Buffer>();
    for (const name of names) {
      const result = spawnSync('unzip', ['-p', file, name], { maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(`unzip -p ${name} failed: ${String(result.stderr)}`);
      entries.set(name, result.stdout);
    }
    return entries;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's verdict on a document against one of the schemas in ./schemas/: '' if it validates, else its messages. */
export function schemaProblems(xml: string, schema: 'manifest' | 'qti' | 'weblink'): string {
  const xsd = fileURLToPath(new URL(`./schemas/${schema}.xsd`, import.meta.url));
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0 ? '' : result.stderr;
}

/** Each XML file of a cartridge against its structural schema: manifest, web links, the assessment. Returns the problems, file by file. */
export function cartridgeSchemaProblems(files: ReadonlyMap<string, Uint8Array>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [name, bytes] of files) {
    const schema = name === 'imsmanifest.xml' ? 'manifest' : name.startsWith('links/') ? 'weblink' : name.startsWith('questions/') ? 'qti' : undefined;
    if (!schema) continue;
    const problem = schemaProblems(new TextDecoder().decode(bytes), schema);
    if (problem) problems[name] = problem;
  }
  return problems;
}
