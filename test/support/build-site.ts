import { spawn } from 'node:child_process';
import { projectRoot } from './paths.ts';

const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs `astro build` in a child process with Gloss's environment knobs, so a
 * test can build the real site (or a broken fixture) and read what a user would.
 */
export function buildSite(options: { outDir: string; base?: string; contentDir?: string; env?: Record<string, string> }): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  // Vitest sets these for its own Vite; a child build would read them as the site's own.
  for (const key of VITEST_ENV) delete env[key];
  if (options.base) env.GLOSS_BASE = options.base;
  if (options.contentDir) env.GLOSS_CONTENT_DIR = options.contentDir;
  const astro = `${projectRoot}node_modules/astro/bin/astro.mjs`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', options.outDir], { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export async function buildSiteOrThrow(options: Parameters<typeof buildSite>[0]): Promise<void> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
}
