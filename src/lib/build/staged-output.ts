import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A build's output folder, written to a staging folder beside it and swapped in
 * only when the build succeeds: a failed or interrupted build leaves the last
 * good site exactly as it was, and never publishes a half site (or the content
 * store Astro keeps in the output folder while it renders).
 */
export interface StagedOutput {
  /** Where the finished site lives: dist/ or the --outDir given. */
  readonly target: string;
  /** Where this build writes; beside the target, so the swap is a rename on one file system. */
  readonly staging: string;
  /** Where the last good site waits during the swap. */
  readonly previous: string;
}

export function stagedOutput(target: string): StagedOutput {
  const folder = resolve(target);
  const beside = (suffix: string) => join(dirname(folder), `.${basename(folder)}.${suffix}`);
  return { target: folder, staging: beside('building'), previous: beside('previous') };
}

/**
 * Readies the staging folder, first mending what an interrupted run left:
 * a swap cut between its two renames gets the last good site back in place;
 * a staging folder from a killed build is removed.
 */
export function prepareStaging(output: StagedOutput): void {
  if (existsSync(output.previous)) {
    if (existsSync(output.target)) rmSync(output.previous, { recursive: true, force: true });
    else renameSync(output.previous, output.target);
  }
  rmSync(output.staging, { recursive: true, force: true });
}

/** Puts the finished build in the target's place, in two renames; the old site is removed last. */
export function publishStaging(output: StagedOutput): void {
  if (existsSync(output.target)) renameSync(output.target, output.previous);
  renameSync(output.staging, output.target);
  rmSync(output.previous, { recursive: true, force: true });
}

/** Removes what a failed build wrote. */
export function discardStaging(output: StagedOutput): void {
  rmSync(output.staging, { recursive: true, force: true });
}
