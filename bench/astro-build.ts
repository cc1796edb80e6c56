import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const TIME = '/usr/bin/time';

export interface BuildFigures {
  seconds: number;
  /** Peak resident memory of the build and its children, in MB; undefined without GNU time. */
  peakMb: number | undefined;
}

/** Gloss's build (`npm run build`'s command), timed as `timed` says. */
export function build(args: string[], env: Record<string, string>): BuildFigures {
  return timed([process.execPath, join(root, 'src/cli/build.ts'), ...args], env);
}

/** Plain `astro build`, for the baselines. */
export function astroBuild(args: string[], env: Record<string, string>): BuildFigures {
  return timed([process.execPath, astro, 'build', ...args], env);
}

/** A build in a child process, timed, with its peak memory when GNU time is there. */
function timed(command: string[], env: Record<string, string>): BuildFigures {
  const withTime = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(withTime ? TIME : command[0]!, withTime ? ['-f', 'peak-kb=%M', ...command] : command.slice(1), {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  const peak = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : undefined };
}

