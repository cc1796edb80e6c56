/**
 * `npm run build`: the site into dist/ (or --outDir), with its search index.
 * Astro writes into a staging folder beside the target, which replaces the
 * target only when the whole build succeeded: bad content, a failed check or
 * a killed build leave the last good site untouched. A failure prints its
 * message alone; --verbose (or DEBUG=1) adds the stack trace.
 *   npm run build [-- --outDir <folder>] [--verbose]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { discardStaging, prepareStaging, publishStaging, stagedOutput } from '../lib/build/staged-output.ts';
import { buildFailureMessage } from '../lib/build/failure-message.ts';
import type { BuildLogOptions } from './build-log.ts';

const USAGE = 'usage: npm run build [-- --outDir <folder>] [--verbose]';

async function main(args: string[]): Promise<number> {
  let values: { outDir?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { outDir: { type: 'string' }, verbose: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const verbose = values.verbose === true || Boolean(process.env.DEBUG);
  const output = stagedOutput(values.outDir ?? 'dist');
  prepareStaging(output);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      discardStaging(output);
      process.exit(130);
    });
  }
  try {
    const level = verbose ? 'debug' : 'info';
    const log = { entrypoint: fileURLToPath(new URL('./build-log.ts', import.meta.url)), config: { level, target: output.target } satisfies BuildLogOptions };
    await build({ outDir: output.staging, logLevel: level, logger: log });
  } catch (error) {
    discardStaging(output);
    console.error(buildFailureMessage(error, { verbose }));
    console.error(`The build failed; ${output.target} is unchanged.`);
    return 1;
  }
  publishStaging(output);
  console.log(`The site is in ${output.target}/`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
