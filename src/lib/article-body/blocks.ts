/**
 * The places in an article where text is read and cited: its numbered body
 * paragraphs (¶n) and its photo captions, which sit above the body.
 */
export interface TextBlock {
  kind: 'caption' | 'paragraph';
  /** 1-based, in reading order within its kind. */
  n: number;
}

/** The element id of a block: `p3`, `caption-1`. */
export function blockAnchor(block: TextBlock): string {
  return block.kind === 'paragraph' ? `p${block.n}` : `caption-${block.n}`;
}

/** How readers see a block cited: "¶3", "Caption 1". */
export function blockLabel(block: TextBlock): string {
  return block.kind === 'paragraph' ? `¶${block.n}` : `Caption ${block.n}`;
}

/** The same, spelled out for screen readers: "Paragraph 3", "Photo caption 1". */
export function blockName(block: TextBlock): string {
  return block.kind === 'paragraph' ? `Paragraph ${block.n}` : `Photo caption ${block.n}`;
}

/**
 * A glossary entity named in an article: the one mention type from the
 * article renderer on (mention index, pages, classroom tools). The matcher's
 * `TextMatch` is the same find, in a string rather than an article.
 */
export interface Mention {
  entityId: string;
  /** The name as written in the article ("Deir Ezzor"). */
  text: string;
  /** The paragraph (¶n) or photo caption it is in. */
  block: TextBlock;
  /** Offsets of the mention within that block's plain text. */
  start: number;
  end: number;
}

export interface BlockText {
  block: TextBlock;
  text: string;
}

/** An article's readable text, block by block, in reading order: captions (shown above the body), then paragraphs. */
export function textBlocks(paragraphs: readonly string[], captions: readonly { text: string }[]): BlockText[] {
  return [
    ...captions.map(({ text }, index): BlockText => ({ block: { kind: 'caption', n: index + 1 }, text })),
    ...paragraphs.map((text, index): BlockText => ({ block: { kind: 'paragraph', n: index + 1 }, text })),
  ];
}

/** The plain text of one block of an article. */
export function blockText(article: { paragraphs: readonly string[]; data: { captions: readonly { text: string }[] } }, block: TextBlock): string {
  return (block.kind === 'paragraph' ? article.paragraphs[block.n - 1] : article.data.captions[block.n - 1]?.text) ?? '';
}
