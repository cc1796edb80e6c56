import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content/content-error.ts';
import type { ArticleQuestionsData, UnitData } from '../lib/content/schemas.ts';
import { validateParagraphRefs, validateUnitRefs } from '../lib/classroom/paragraph-refs.ts';

export interface Unit {
  id: string;
  data: UnitData;
  /** The instructions (the file's body), as Markdown source. */
  body: string;
}

export interface Classroom {
  /** Each article's own questions, by article id. */
  questions: Map<string, ArticleQuestionsData>;
  units: Unit[];
}

const fileOf = (entry: CollectionEntry<'questions'> | CollectionEntry<'units'>, folder: string) => entry.filePath ?? `${folder}/${entry.id}.md`;

/** Stops the build at the first question in which `problemIn` finds a bad reference, naming the file and field. */
function checkQuestions(file: string, questions: ArticleQuestionsData | UnitData, problemIn: (question: string) => string | undefined): void {
  for (const kind of ['evidence', 'discussion'] as const) {
    questions[kind].forEach(({ question }, index) => {
      const problem = problemIn(question);
      if (problem) throw new ContentError(file, problem, `${kind}.${index}.question`);
    });
  }
}

/**
 * Questions and units, checked against the articles they point to: a
 * questions file for a missing article, a unit listing one, or a paragraph
 * reference past an article's end stops the build, naming the file and field.
 * A unit's questions cite "Text N ¶n", N counting the unit's own articles.
 */
export async function loadClassroom(paragraphCounts: ReadonlyMap<string, number>): Promise<Classroom> {
  const questions = new Map<string, ArticleQuestionsData>();
  for (const entry of await getCollection('questions')) {
    const file = fileOf(entry, 'questions');
    const count = paragraphCounts.get(entry.id);
    if (count === undefined) throw new ContentError(file, `no article has the id "${entry.id}": name the file after the article it asks about`);
    checkQuestions(file, entry.data, (question) => validateParagraphRefs(question, count));
    questions.set(entry.id, entry.data);
  }
  const units = (await getCollection('units'))
    .map((entry): Unit => {
      const file = fileOf(entry, 'units');
      const counts = entry.data.articles.map((id, index) => {
        const count = paragraphCounts.get(id);
        if (count === undefined) throw new ContentError(file, `no article has the id "${id}"`, `articles.${index}`);
        return count;
      });
      checkQuestions(file, entry.data, (question) => validateUnitRefs(question, counts));
      return { id: entry.id, data: entry.data, body: entry.body ?? '' };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  return { questions, units };
}
