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

/** Every unit an article is read in, in the units' order (by title, as the home page shows them). */
export async function unitPlacesOf(articleId: string): Promise<UnitPlace[]> {
  const { classroom } = await getReadingSet();
  return classroom.units
    .filter((unit) => unit.data.articles.includes(articleId))
    .map((unit) => ({ unit, text: unit.data.articles.indexOf(articleId) + 1, of: unit.data.articles.length }));
}

/** The id of an article's entry (its title and questions) on its unit's page: "Text 2" is `text-2`. */
export const unitTextAnchor = (text: number) => `text-${text}`;
