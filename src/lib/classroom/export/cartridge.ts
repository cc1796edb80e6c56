import type { ArticleQuestionsData, Question, UnitData } from '../../content/schemas.ts';
import { textName } from '../paragraph-refs.ts';
import { manifestXml, webLinkXml, type OrganizationItem, type Resource } from './manifest.ts';
import { assessmentXml, type EssayItem } from './qti.ts';
import { questionHtml, type QuestionTarget } from './question-html.ts';
import type { SiteUrls } from './site-urls.ts';
import { escapeHtml } from './xml.ts';
import { zipFiles } from './zip.ts';

export interface CartridgeArticle {
  id: string;
  title: string;
  /** The article's own questions, if it has any. */
  questions?: ArticleQuestionsData | undefined;
}

/** A handout PDF that `npm run handouts` made: its name in the cartridge and its bytes. */
export interface HandoutFile {
  name: string;
  bytes: Uint8Array;
}

export interface CartridgeInput {
  unit: { id: string; data: UnitData };
  /** The unit's instructions (its file's body), already rendered to safe HTML as the unit page renders them. */
  instructionsHtml: string;
  /** The unit's articles, in its order: Text 1 first. */
  articles: readonly CartridgeArticle[];
  site: SiteUrls;
  /** The site's language (BCP 47). */
  language: string;
  /** Student handouts (the unit's and its articles'), for everyone. */
  studentHandouts?: readonly HandoutFile[] | undefined;
  /** Teacher handouts, with the answer keys: kept to a teacher-only resource. */
  teacherHandouts?: readonly HandoutFile[] | undefined;
}

const KINDS = [
  ['evidence', 'Evidence'],
  ['discussion', 'Discussion'],
] as const;

/** Every question of the unit as essay items: each article's (Text 1 first), then the unit's own, across the articles. */
export function unitQuestions(input: CartridgeInput): EssayItem[] {
  const items: EssayItem[] = [];
  const add = (questions: { evidence: readonly Question[]; discussion: readonly Question[] }, prefix: string, label: string, lead: string, target: QuestionTarget) => {
    for (const [kind, kindLabel] of KINDS) {
      questions[kind].forEach((question, index) => {
        items.push({
          ident: `${prefix}-${kind}-${index + 1}`,
          title: `${label}: ${kindLabel} ${index + 1}`,
          html: `${lead}<p>${questionHtml(question.question, target)}</p>`,
          answer: question.answer,
        });
      });
    }
  };
  input.articles.forEach((article, index) => {
    if (!article.questions) return;
    const url = input.site.article(article.id);
    const name = textName(index + 1);
    add(article.questions, `text-${index + 1}`, name, `<p>${escapeHtml(name)}: <a href="${escapeHtml(url)}">${escapeHtml(article.title)}</a></p>`, { articleUrl: url });
  });
  add(input.unit.data, 'unit', 'Across the texts', '', { textUrls: input.articles.map((article) => input.site.article(article.id)) });
  return items;
}

/** The instructions page: what the unit page says before its questions, with links to the site. */
function instructionsPage(input: CartridgeInput): string {
  const { data } = input.unit;
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(input.language)}">`,
    `<head><meta charset="utf-8"/><title>${escapeHtml(data.title)}</title></head>`,
    '<body>',
    `<h1>${escapeHtml(data.title)}</h1>`,
  ];
  if (data.summary) parts.push(`<p>${escapeHtml(data.summary)}</p>`);
  if (data.objectives.length > 0) parts.push('<h2>You will</h2>', `<ul>${data.objectives.map((objective) => `<li>${escapeHtml(objective)}</li>`).join('')}</ul>`);
  if (input.instructionsHtml.trim() !== '') parts.push('<h2>Instructions</h2>', input.instructionsHtml);
  parts.push(
    '<h2>Readings</h2>',
    `<ol>${input.articles.map((article, index) => `<li>${escapeHtml(textName(index + 1))}: ${link(input.site.article(article.id), article.title)}</li>`).join('')}</ol>`,
    `<p>On the reading site: ${link(input.site.unit(input.unit.id), 'the unit')}, ${link(input.site.unit(input.unit.id, 'compare/'), 'compare the sources')} and ${link(input.site.unit(input.unit.id, 'timeline/'), 'the timeline')}.</p>`,
    '</body>',
    '</html>',
    '',
  );
  return parts.join('\n');
}

/**
 * One unit as a Common Cartridge 1.1: every file of the package, path →
 * bytes, `imsmanifest.xml` first, in a fixed order. The module lists the
 * instructions, links to the unit's pages and articles on the deployed site,
 * the questions as one assessment (left out when the unit has none) and the
 * student handouts; the teacher handouts are one teacher-only resource,
 * outside the module.
 */
export function cartridgeFiles(input: CartridgeInput): Map<string, Uint8Array> {
  const { id, data } = input.unit;
  const text = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  const resources: Resource[] = [];
  const items: OrganizationItem[] = [];
  const addItem = (resource: Resource, title: string) => {
    resources.push(resource);
    items.push({ identifier: `item-${resource.identifier}`, title, resource: resource.identifier });
  };

  const instructions = 'web_resources/instructions.html';
  text.set(instructions, instructionsPage(input));
  addItem({ identifier: 'instructions', type: 'webcontent', href: instructions, files: [instructions] }, `${data.title}: instructions`);

  const links: { key: string; title: string; url: string }[] = [
    { key: 'unit', title: `${data.title} (reading site)`, url: input.site.unit(id) },
    ...input.articles.map((article, index) => ({ key: `text-${index + 1}`, title: `${textName(index + 1)}: ${article.title}`, url: input.site.article(article.id) })),
    { key: 'compare', title: 'Compare the sources', url: input.site.unit(id, 'compare/') },
    { key: 'timeline', title: 'Timeline', url: input.site.unit(id, 'timeline/') },
  ];
  for (const link of links) {
    const file = `links/${link.key}.xml`;
    text.set(file, webLinkXml(link.title, link.url));
    addItem({ identifier: `link-${link.key}`, type: 'weblink', files: [file] }, link.title);
  }

  const questions = unitQuestions(input);
  if (questions.length > 0) {
    const file = 'questions/assessment.xml';
    const title = `${data.title}: questions`;
    text.set(file, assessmentXml({ ident: `questions-${id}`, title, items: questions }));
    addItem({ identifier: 'questions', type: 'assessment', files: [file] }, title);
  }

  (input.studentHandouts ?? []).forEach((handout, index) => {
    const file = `web_resources/handouts/${handout.name}`;
    binary.set(file, handout.bytes);
    addItem({ identifier: `handout-${index + 1}`, type: 'webcontent', href: file, files: [file] }, `Handout: ${handout.name}`);
  });
  const teacher = input.teacherHandouts ?? [];
  if (teacher.length > 0) {
    const files = teacher.map((handout) => `teacher/${handout.name}`);
    teacher.forEach((handout, index) => binary.set(files[index]!, handout.bytes));
    resources.push({ identifier: 'teacher-handouts', type: 'webcontent', href: files[0], files, instructorOnly: true });
  }

  const manifest = manifestXml({
    identifier: `gloss-unit-${id}`,
    title: data.title,
    description: data.summary,
    language: input.language,
    module: { identifier: `unit-${id}`, title: data.title, items },
    resources,
  });
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>([['imsmanifest.xml', encoder.encode(manifest)]]);
  for (const [path, content] of text) files.set(path, encoder.encode(content));
  for (const [path, bytes] of binary) files.set(path, bytes);
  return files;
}

/** The unit's `.imscc`: the cartridge's files, zipped with fixed times (the same content makes the same bytes). */
export function unitCartridge(input: CartridgeInput): Uint8Array {
  return zipFiles(cartridgeFiles(input));
}
