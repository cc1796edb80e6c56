import { createSatteriRenderer, renderProse } from './satteri.ts';
import type { BodyRendererFactory } from './types.ts';
import { createUnifiedRenderer } from './unified.ts';

export type { BodyRenderer, RenderedBody } from './types.ts';
export { renderProse };

export const bodyRenderers = {
  satteri: createSatteriRenderer,
  unified: createUnifiedRenderer,
} satisfies Record<string, BodyRendererFactory>;

export type BodyRendererName = keyof typeof bodyRenderers;

/** Sätteri is the default: same HTML as the unified pipeline, measured faster (see bench/). */
export const DEFAULT_RENDERER: BodyRendererName = 'satteri';

export function resolveRendererName(value: string | undefined): BodyRendererName {
  if (value === undefined || value === '') return DEFAULT_RENDERER;
  if (value in bodyRenderers) return value as BodyRendererName;
  throw new Error(`GLOSS_MARKDOWN must be one of ${Object.keys(bodyRenderers).join(', ')}; got "${value}"`);
}
