import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from './build-site.ts';
import { BUILDS, type BuildName } from './paths.ts';
import { serveStatic, type StaticSite } from '../../src/cli/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: Record<BuildName, string>;
  }
}

/**
 * Builds the bundled site twice (at the root and under /guide/) and serves
 * both, once for all site and browser tests. GLOSS_TEST_REUSE_BUILD=1 reuses
 * existing builds while iterating on tests.
 */
export default async function setup(project: TestProject) {
  const reuse = process.env.GLOSS_TEST_REUSE_BUILD === '1';
  const servers: StaticSite[] = [];
  const urls = {} as Record<BuildName, string>;
  for (const [name, build] of Object.entries(BUILDS) as [BuildName, (typeof BUILDS)[BuildName]][]) {
    if (!reuse || !existsSync(`${build.outDir}index.html`)) await buildSiteOrThrow(build);
    const server = await serveStatic(build.outDir, build.base);
    servers.push(server);
    urls[name] = server.url;
  }
  project.provide('siteUrls', urls);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
