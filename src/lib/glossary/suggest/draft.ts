import { stringify } from 'yaml';
import { counted } from '../../counted.ts';
import { slugify, uniqueSlug } from '../../import/slug.ts';
import type { Suggestion } from './suggest.ts';

/**
 * A draft glossary entry for a suggestion, as `glossary:suggest --write`
 * saves it: name, aliases from the cluster, the guessed kind, `draft: true`
 * and an empty summary, with the contexts as a comment for the editor. The
 * build never publishes a draft and lists it as a warning; the editor writes
 * the summary and removes `draft`.
 */
export interface DraftFile {
  /** `<slug>.md`, unique among `taken`. */
  fileName: string;
  text: string;
}

/** A comment must not close early: "-->" in a context would end it. */
const safeComment = (text: string) => text.replace(/--/g, '- -');

export function draftEntry(suggestion: Suggestion, isTaken: (id: string) => boolean): DraftFile {
  const id = uniqueSlug(slugify(suggestion.name) || 'entry', isTaken);
  const frontmatter = stringify(
    {
      name: suggestion.name,
      kind: suggestion.kind,
      aliases: suggestion.variants,
      draft: true,
      summary: '',
      sources: [],
    },
    { lineWidth: 0 },
  );
  const contexts = suggestion.contexts.map((context) => `  ${context.articleId} ¶${context.paragraph}: ${context.text}`);
  const comment = [
    `Suggested by glossary:suggest: ${counted(suggestion.mentions, 'mention')} in ${counted(suggestion.articles, 'article')}.`,
    `Kind guessed as ${suggestion.kind} from ${suggestion.cue}: check it.`,
    'Check the aliases: remove any that name something else.',
    'Write the summary (what a student needs, true to the articles’ dates), add sources, then remove "draft: true".',
    'Where it occurs:',
    ...contexts,
  ];
  return { fileName: `${id}.md`, text: `---\n${frontmatter}---\n\n<!--\n${safeComment(comment.join('\n'))}\n-->\n` };
}
