import type { MarkdownPipeline } from '../lib/settings.ts';
import { createSatteriRenderer, renderProseSatteri } from './satteri.ts';
import type { BodyRendererFactory } from './types.ts';
import { createUnifiedRenderer, renderProseUnified } from './unified.ts';

export type { BodyRenderer, RenderedBody } from './types.ts';

/** The pipelines `GLOSS_MARKDOWN` chooses from (see src/lib/settings.ts); Sätteri, the default, gives the same HTML measured faster (see bench/). */
export const bodyRenderers = {
  satteri: createSatteriRenderer,
  unified: createUnifiedRenderer,
} satisfies Record<MarkdownPipeline, BodyRendererFactory>;

export type BodyRendererName = keyof typeof bodyRenderers;

const proseRenderers = { satteri: renderProseSatteri, unified: renderProseUnified } satisfies Record<MarkdownPipeline, (markdown: string) => string>;

/** Editor-written Markdown that needs no paragraph numbers (glossary entries, unit instructions), under the same untrusted-text rules as articles. */
export function renderProse(markdown: string, pipeline: MarkdownPipeline): string {
  return proseRenderers[pipeline](markdown);
}
