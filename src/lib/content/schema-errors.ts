import { distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/**
 * The one translation from zod's issues to Gloss's errors, for the build's
 * loader, the site settings and the command-line tools alike: "file: field
 * "x": problem", in words an editor can act on.
 */
export function validateFields<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data));
  const first = problems[0];
  if (problems.length === 1 && first) throw new ContentError(file, first.problem, first.field);
  throw new ContentError(file, problems.map(({ field, problem }) => (field ? `field "${field}": ${problem}` : problem)).join('; '));
}

interface Problem {
  field: string | undefined;
  problem: string;
}

type Path = readonly PropertyKey[];

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): Problem[] {
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      // An unknown field is named in full ("captions.0.txet") and on its own, not as "field …: unknown field".
      return issue.keys.map((key) => ({ field: undefined, problem: `unknown field "${[...issue.path, key].join('.')}"${didYouMean(key, known)}` }));
    }
    case 'invalid_type':
      return [{ field, problem: value === undefined ? 'Required' : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(value)}` }];
    case 'too_small':
      if (issue.origin === 'string') return [{ field, problem: 'must not be empty' }];
      if (issue.origin === 'array') return [{ field, problem: `must list at least ${issue.minimum}` }];
      return [{ field, problem: issue.message }];
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') return [{ field, problem: `at most ${issue.maximum} characters (this one has ${value.trim().length})` }];
      return [{ field, problem: issue.message }];
    case 'invalid_value':
      return [{ field, problem: `must be one of ${issue.values.map(String).join(', ')}; got ${describeValue(value)}` }];
    default:
      return [{ field, problem: issue.message }];
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'fields ("name: value" lines)',
  number: 'a number',
  boolean: 'true or false',
};

/** A value as the editor typed it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

/** The field names an object in the schema accepts at `path`, for suggestions. */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let node: z.ZodType | undefined = schema;
  let rest = [...path];
  while (node) {
    const def: SchemaDef = (node as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if (def.innerType) node = def.innerType;
    else if (def.in) node = def.in;
    else if (def.type === 'array' && rest.length > 0) [node, rest] = [def.element, rest.slice(1)];
    else if (def.type === 'object' && def.shape && rest.length > 0) [node, rest] = [def.shape[String(rest[0])], rest.slice(1)];
    else return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  }
  return [];
}

/** ` (did you mean "author"?)` for a likely typo of a known field, else nothing. */
function didYouMean(key: string, known: readonly string[]): string {
  const scored = known.map((name) => ({ name, cost: distance(key.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.cost - b.cost);
  const best = scored[0];
  return best && best.cost <= Math.max(2, Math.floor(best.name.length / 3)) ? ` (did you mean "${best.name}"?)` : '';
}
