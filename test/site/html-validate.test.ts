import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and html-validate's default wants them unclosed: keep both fine.
    'void-style': 'off',
    // Our CSS is a stylesheet file; Astro may inline small styles.
    'no-inline-style': 'off',
    // Same-origin assets need no subresource integrity.
    'require-sri': 'off',
    // Tab titles carry the publisher's headline, which Gloss does not shorten.
    'long-title': 'off',
  },
});

describe('html-validate', () => {
  const pages = sitePages(BUILDS.root.outDir);
  it.each(pages.map((page) => [page.file, page.html] as const))('%s has no errors', async (file, html) => {
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
    expect(messages).toEqual([]);
  });
});
