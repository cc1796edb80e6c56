import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));

/** The two builds every site and browser test runs against: at the root, and under a sub-path. */
export const BUILDS = {
  root: { base: '/', outDir: `${outputRoot}site/` },
  subpath: { base: '/guide/', outDir: `${outputRoot}site-guide/` },
} as const;

export type BuildName = keyof typeof BUILDS;
