/**
 * `npm run schema`: writes content/site.schema.json, the JSON Schema of
 * content/site.yaml, from the settings schema (src/lib/settings.ts), so that
 * editors with a YAML language server complete and check site.yaml. A unit
 * test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { SITE_FILE_JSON_SCHEMA, siteFileJsonSchema } from '../lib/settings.ts';

writeFileSync(SITE_FILE_JSON_SCHEMA, siteFileJsonSchema());
console.log(`Wrote ${SITE_FILE_JSON_SCHEMA}`);
