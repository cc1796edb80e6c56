import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/classroom/listen-text.ts';

describe('splitSentences', () => {
  it('cuts at sentence ends, keeping offsets into the paragraph', () => {
    const text = 'But U.S. Secretary of State John Kerry dismissed Russian accusations Sunday. Kerry instead pinned the blame on Assad.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'But U.S. Secretary of State John Kerry dismissed Russian accusations Sunday.',
      'Kerry instead pinned the blame on Assad.',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('keeps a closing quote with its sentence, and does not cut after Mr. or an initial', () => {
    const text = '“So let me just say this clearly,” Kerry said. “Then he needs to stop.” Mr. Churkin disagreed.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(['“So let me just say this clearly,” Kerry said.', '“Then he needs to stop.”', 'Mr. Churkin disagreed.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
