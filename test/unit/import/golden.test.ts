import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/import/import-files.ts';
import { importText, type ImportOptions } from '../../../src/lib/import/import-text.ts';
import { fileReport } from '../../../src/lib/import/import-report.ts';
import { createArticleRenderer } from '../../../src/render/article.ts';

/**
 * The two seeds (raw text pasted from Voice of America and Foreign Policy,
 * copied from /work/shared/seeds/) import to exactly the hand-checked
 * articles the site ships with. The flags are only what the text cannot
 * show: the VOA page's outlet and date.
 */
const SEEDS: { seed: string; article: string; flags: ImportOptions }[] = [
  {
    seed: 'test/unit/import/fixtures/000_bbf6c4dd5948e421.txt',
    article: 'content/articles/syria-truce-in-peril-as-russia-us-tensions-rise.md',
    flags: { source: 'Voice of America', published: '2016-09-18' },
  },
  {
    seed: 'test/unit/import/fixtures/001_d02926f906d0104b.txt',
    article: 'content/articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence.md',
    flags: {},
  },
];

const render = createArticleRenderer('satteri');
const renderParagraphs = (body: string) => render({ body, captions: [] }).paragraphs;

describe.each(SEEDS)('$seed', ({ seed, article, flags }) => {
  it('imports to the article in content/, byte for byte', () => {
    const result = importText(readFileSync(seed), seed, flags);
    expect(result.ok && result.article.markdown).toBe(readFileSync(article, 'utf8'));
  });

  it('is written under the slug the file has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-golden-'));
    try {
      const [report] = importFiles([seed], { ...flags, articlesDir: dir, renderParagraphs });
      expect(report?.outcome).toBe('written');
      expect(readdirSync(dir)).toEqual([article.split('/').pop()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the Foreign Policy seed’s text shows', () => {
  const result = importText(readFileSync(SEEDS[1]!.seed), 'fp.txt');
  if (!result.ok) throw result.error;
  const { pasted, article } = result;

  it('guesses the outlet and author from the bio, and the date from the news photo’s caption', () => {
    expect(article.origins.filter(({ from }) => from === 'text').map(({ field, evidence }) => [field, evidence])).toEqual([
      ['source', 'the author bio (line 54)'],
      ['author', 'the author bio (line 54)'],
      ['authorBio', 'line 54'],
      ['published', 'caption 1 (line 5): “September 19, 2016”'],
    ]);
  });

  it('keeps the caption once, with its credit, and says why the foot’s "Photo credit:" line went', () => {
    expect(pasted.captions).toHaveLength(1);
    expect(pasted.lines.find((line) => line.n === 52)?.role).toEqual({
      role: 'dropped',
      reason: { why: 'credit-already-given', caption: 1, credit: 'Mohammed Elshamy/Anadolu Agency/Getty Images' },
    });
  });

  it('drops the Taboola and "More from" lines', () => {
    const ads = pasted.lines.filter(({ role }) => role.role === 'dropped' && role.reason.why === 'ad').map(({ text }) => text);
    expect(ads).toEqual(['Trending Now Sponsored Links by Taboola', 'By Taboola', 'More from Foreign Policy', 'By Taboola']);
  });
});

describe('the report on the Foreign Policy seed', () => {
  it('accounts for every line that is not a body paragraph, and for every field', () => {
    const seed = SEEDS[1]!.seed;
    const result = importText(readFileSync(seed), seed);
    const lines = fileReport({ input: seed, result, outcome: 'written', target: 'content/articles/x.md' }, { dryRun: true });
    expect(lines.map((line) => line.replace(/: “.*$/, ''))).toEqual([
      `${seed} → content/articles/x.md (would be written)`,
      '  22 paragraphs, 1 caption',
      '  line 1   title',
      '  line 3   dek (subtitle)',
      '  line 5   caption 1 (credit taken from its end)',
      '  line 6   dropped: repeats line 5',
      '  line 52  dropped: photo credit, already given in full by caption 1 (“Mohammed Elshamy/Anadolu Agency/Getty Images”)',
      '  line 54  author bio → author “Colum Lynch”, outlet “Foreign Policy”',
      '  line 56  dropped: ad or link-farm line',
      '  line 58  dropped: ad or link-farm line',
      '  line 60  dropped: ad or link-farm line',
      '  line 62  dropped: ad or link-farm line',
      '  source     “Foreign Policy”  guessed from the author bio (line 54)',
      '  author     “Colum Lynch”  guessed from the author bio (line 54)',
      '  published  “2016-09-19”  guessed from caption 1 (line 5)',
      '  language   “en”  default',
      '  warning: no address (url): citations need it; add a "URL:" line or pass --url',
    ]);
  });
});

describe('the Voice of America seed without flags', () => {
  it('fails on the date, naming the field, rather than take the FILE photo’s date', () => {
    const result = importText(readFileSync(SEEDS[0]!.seed), 'voa.txt', { source: 'Voice of America' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe('published');
      expect(result.error.message).toMatch(/^voa\.txt: field "published": no date in the text .*--published/);
    }
  });
});

