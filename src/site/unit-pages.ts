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
