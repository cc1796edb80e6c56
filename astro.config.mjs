// @ts-check
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

/**
 * Deploying under a sub-path (e.g. https://school.example/guide/): set
 * GLOSS_BASE=/guide/ (and GLOSS_SITE to the origin) when building.
 */
export default defineConfig({
  site: process.env.GLOSS_SITE,
  base: process.env.GLOSS_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Scripts as files, never inlined: every article page shares one cached copy
  // of the popover script instead of carrying it in its HTML.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [searchIndex()],
});
