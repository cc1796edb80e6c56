import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/article-body/untrusted-markdown.ts';

describe('isSafeUrl', () => {
  it.each(['https://example.org/a?b=c', 'http://x.test', 'mailto:editor@example.org', '/articles/x/', '#p3', 'page.html', '?q=1'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd'])(
    'refuses %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});
