import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { projectRoot } from './paths.ts';

const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

export interface BuildOptions {
  outDir: string;
  base?: string;
  contentDir?: string;
  env?: Record<string, string>;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs the site build (`npm run build`'s command) in a child process with
 * Gloss's environment knobs, so a test can build the real site (or a broken
 * fixture) and read what a user would.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = startBuild(options);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The build's child process, for a test that needs to stop it midway. */
export function startBuild(options: BuildOptions): ChildProcessWithoutNullStreams {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  // Vitest sets these for its own Vite; a child build would read them as the site's own.
  for (const key of VITEST_ENV) delete env[key];
  if (options.base) env.GLOSS_BASE = options.base;
  if (options.contentDir) env.GLOSS_CONTENT_DIR = options.contentDir;
  return spawn(process.execPath, [`${projectRoot}src/cli/build.ts`, '--outDir', options.outDir], { cwd: projectRoot, env });
}

export async function buildSiteOrThrow(options: BuildOptions): Promise<void> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`The build failed (exit ${result.code}):\n${result.output}`);
}
