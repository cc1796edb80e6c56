import { blockAnchor, type TextBlock } from '../article-body/blocks.ts';
import { markedPieces, sentencesAround } from '../text/sentences.ts';

export interface MentionSentence {
  block: TextBlock;
  /** The sentence cut at the mentions in it, which are marked. */
  pieces: { text: string; marked: boolean }[];
}

export interface ArticleMentionsInContext {
  /** The first sentences that mention the entity, each once, however many times it names it. */
  sentences: MentionSentence[];
  /** Mentions in the article past those sentences, and the first of them, for a link to the rest. */
  more: number;
  firstMore: { block: TextBlock; text: string } | undefined;
}

/**
 * An article's mentions of one entity (in reading order) as sentences to show:
 * at most `limit` of them, since one long article can name an entity tens of
 * thousands of times (a page listing them all weighed 29 MB). Only the blocks
 * shown are cut into sentences.
 */
export function mentionsInContext(
  mentions: readonly { block: TextBlock; text: string; start: number; end: number }[],
  blockText: (block: TextBlock) => string,
  limit: number,
): ArticleMentionsInContext {
  const sentences: MentionSentence[] = [];
  let used = 0;
  while (used < mentions.length && sentences.length < limit) {
    const block = mentions[used]!.block;
    const key = blockAnchor(block);
    let next = used;
    while (next < mentions.length && blockAnchor(mentions[next]!.block) === key) next++;
    const found = sentencesAround(blockText(block), mentions.slice(used, next), limit - sentences.length);
    for (const sentence of found) sentences.push({ block, pieces: markedPieces(sentence) });
    used += found.reduce((sum, sentence) => sum + sentence.matches.length, 0);
  }
  const first = mentions[used];
  return { sentences, more: mentions.length - used, firstMore: first && { block: first.block, text: first.text } };
}
