// The baseline of the scale benchmark: plain Astro, one page per article from
// a content collection, indexed by Pagefind with the same options as Gloss,
// run as most Astro sites run Pagefind: over the built folder, after the build.
import { defineConfig } from 'astro/config';
import folderSearchIndex from './folder-search-index.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [folderSearchIndex()],
});
