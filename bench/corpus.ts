import { existsSync, readFileSync } from 'node:fs';

export interface CorpusArticle {
  id: string;
  title: string;
  source: string;
  /** YYYY-MM-DD. */
  published: string;
  /** Markdown body: the text split into paragraphs of a few sentences. */
  body: string;
}

const CORPUS = new URL('../../shared/corpus/fa-kes-syria-war.jsonl', import.meta.url);
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The corpus has no paragraph breaks: make paragraphs of three sentences, as news prose runs. */
function paragraphsOf(text: string): string {
  const parts = [...sentences.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
  const paragraphs: string[] = [];
  for (let i = 0; i < parts.length; i += 3) paragraphs.push(parts.slice(i, i + 3).join(' '));
  return paragraphs.join('\n\n');
}

/** The corpus writes dates as M/D/YYYY. */
function isoDate(date: string): string {
  const [month, day, year] = date.split('/');
  return month && day && year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : '2016-01-01';
}

function generated(): CorpusArticle[] {
  const words = 'the cease-fire in Syria appeared to be unraveling as rebel positions came under attack while world leaders gathered'.split(' ');
  return Array.from({ length: 200 }, (_, i) => ({
    id: `generated-${i}`,
    title: `Generated article ${i}`,
    source: 'Generated',
    published: '2016-09-18',
    body: Array.from({ length: 12 }, (_, p) => Array.from({ length: 60 }, (_, w) => words[(i + p + w) % words.length]).join(' ') + '.').join('\n\n'),
  }));
}

/**
 * Real articles from the shared FA-KES corpus (CC BY 4.0, Abu Salem et al., ICWSM 2019) when
 * present, else generated text; repeated with distinct ids to reach `count`.
 */
export function benchArticles(count: number): { articles: CorpusArticle[]; origin: string } {
  const base = existsSync(CORPUS)
    ? readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line, i) => {
          const row = JSON.parse(line) as { title: string; text: string; source: string; date: string };
          return { id: `corpus-${i}`, title: row.title, source: row.source, published: isoDate(row.date), body: paragraphsOf(row.text) };
        })
    : generated();
  const articles = Array.from({ length: count }, (_, i) => {
    const article = base[i % base.length]!;
    return { ...article, id: `${article.id}-${Math.floor(i / base.length)}` };
  });
  const origin = existsSync(CORPUS) ? `${base.length} FA-KES corpus articles, repeated to ${count}` : `${base.length} generated articles, repeated to ${count}`;
  return { articles, origin };
}
