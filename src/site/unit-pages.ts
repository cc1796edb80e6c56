import type { Unit } from './classroom.ts';
import { getReadingSet, type Article } from './reading-set.ts';

export interface UnitPageProps {
  unit: Unit;
  /** The unit's articles, in reading order. */
  articles: Article[];
}

/** One page per unit: shared by the unit's overview, compare and timeline pages. */
export async function unitStaticPaths(): Promise<{ params: { id: string }; props: UnitPageProps }[]> {
  const { classroom, byId } = await getReadingSet();
  return classroom.units.map((unit) => ({ params: { id: unit.id }, props: { unit, articles: unit.data.articles.map((id) => byId.get(id)!) } }));
}

/** Where an article stands in a unit: its unit, and that it is Text `text` of `of`. */
export interface UnitPlace {
  unit: Unit;
  text: number;
  of: number;
}

/**
 * The unit an article is read in, for its printed header. An article in
 * several units gets the first of them in the units' order (by title): a
 * handout has room for one header, and the order is the one the home page shows.
 */
export async function unitPlaceOf(articleId: string): Promise<UnitPlace | undefined> {
  const { classroom } = await getReadingSet();
  const unit = classroom.units.find((candidate) => candidate.data.articles.includes(articleId));
  return unit && { unit, text: unit.data.articles.indexOf(articleId) + 1, of: unit.data.articles.length };
}
