import { join } from 'node:path';
import { ContentError } from '../../content/content-error.ts';
import { readContentFolder } from '../../content/read-content.ts';
import { ArticleQuestionsSchema, ArticleSchema, UnitSchema, type ArticleData, type ArticleQuestionsData, type UnitData } from '../../content/schemas.ts';
import { createArticleRenderer } from '../../../render/article.ts';
import { readEnvironment } from '../../settings.ts';
import { validateParagraphRefs, validateUnitRefs } from '../paragraph-refs.ts';

export interface ExportArticle {
  id: string;
  data: ArticleData;
  paragraphCount: number;
}

export interface ExportUnit {
  id: string;
  file: string;
  data: UnitData;
  /** The instructions, as Markdown source. */
  body: string;
}

export interface ExportContent {
  articles: Map<string, ExportArticle>;
  /** Each article's own questions, by article id. */
  questions: Map<string, ArticleQuestionsData>;
  /** By title, as the site lists them. */
  units: ExportUnit[];
}

/** Stops at the first question whose paragraph references `problemIn` rejects, naming the file and field (as the build's classroom.ts does). */
function checkQuestions(file: string, questions: ArticleQuestionsData | UnitData, problemIn: (question: string) => string | undefined): void {
  for (const kind of ['evidence', 'discussion'] as const) {
    questions[kind].forEach(({ question }, index) => {
      const problem = problemIn(question);
      if (problem) throw new ContentError(file, problem, `${kind}.${index}.question`);
    });
  }
}

/**
 * The articles, questions and units outside Astro, with the build's checks:
 * each file read and validated by readContentFile (the loader's own path),
 * articles rendered by the site's pipeline to count their paragraphs, and
 * every paragraph reference checked against those counts. Errors are
 * ContentErrors naming the file and field.
 */
export function readExportContent(contentDir: string): ExportContent {
  const render = createArticleRenderer(readEnvironment().markdown);
  const articles = new Map<string, ExportArticle>();
  for (const { id, data, body } of readContentFolder(join(contentDir, 'articles'), ArticleSchema)) {
    articles.set(id, { id, data, paragraphCount: render({ body, captions: data.captions }).paragraphs.length });
  }
  const questions = new Map<string, ArticleQuestionsData>();
  for (const { id, file, data } of readContentFolder(join(contentDir, 'questions'), ArticleQuestionsSchema)) {
    const article = articles.get(id);
    if (!article) throw new ContentError(file, `no article has the id "${id}": name the file after the article it asks about`);
    checkQuestions(file, data, (question) => validateParagraphRefs(question, article.paragraphCount));
    questions.set(id, data);
  }
  const units = readContentFolder(join(contentDir, 'units'), UnitSchema)
    .map(({ id, file, data, body }): ExportUnit => {
      const counts = data.articles.map((articleId, index) => {
        const article = articles.get(articleId);
        if (!article) throw new ContentError(file, `no article has the id "${articleId}"`, `articles.${index}`);
        return article.paragraphCount;
      });
      checkQuestions(file, data, (question) => validateUnitRefs(question, counts));
      return { id, file, data, body };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  return { articles, questions, units };
}
