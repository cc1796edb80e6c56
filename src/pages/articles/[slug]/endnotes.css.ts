import type { APIRoute, GetStaticPaths } from 'astro';
import { endnoteNumbersCss } from '../../../site/print-notes.ts';
import { getReadingSet } from '../../../site/reading-set.ts';

/**
 * An article's print-only endnote numbers, as a stylesheet file of its own:
 * a strict Content-Security-Policy (`style-src 'self'`) blocks inline styles.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await getReadingSet();
  return articles.map((article) => ({ params: { slug: article.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { glossary, mentions } = await getReadingSet();
  const entities = mentions.entitiesIn(params.slug!).map(({ entityId }) => glossary.byId.get(entityId)!);
  return new Response(endnoteNumbersCss(entities), { headers: { 'Content-Type': 'text/css' } });
};
