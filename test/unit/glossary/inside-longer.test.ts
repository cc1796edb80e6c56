import { describe, expect, it } from 'vitest';
import { insideLongerNames, mentionsInsideLongerNames } from '../../../src/lib/glossary/inside-longer.ts';
import { createMatcher } from '../../../src/lib/glossary/matcher.ts';
import { namesByOutlet } from '../../../src/lib/glossary/names-by-outlet.ts';

const matcher = createMatcher([
  { entityId: 'iraq', name: 'Iraq' },
  { entityId: 'islamic-state', name: 'Islamic State' },
  { entityId: 'assad', name: 'Assad' },
  { entityId: 'unga', name: 'General Assembly' },
  { entityId: 'putin', name: 'Vladimir Putin' },
  { entityId: 'us', name: 'U.S.' },
  { entityId: 'kerry', name: 'John Kerry' },
  { entityId: 'syria', name: 'Syria' },
  { entityId: 'aleppo', name: 'Aleppo' },
]);
const longer = (text: string) => mentionsInsideLongerNames(text, matcher).map(({ longer, mention }) => [mention, longer]);

describe('mentions inside longer names (glossary:check)', () => {
  it('finds "Iraq" in the Islamic State of Iraq, "Assad" in Dahiyet al-Assad, the General Assembly of Virginia', () => {
    expect(longer('Jihadists from the Islamic State of Iraq and the Levant (ISIL) have executed three')).toEqual([
      ['Islamic State', 'Islamic State of Iraq'],
      ['Iraq', 'Islamic State of Iraq'],
    ]);
    expect(longer('scoring quick gains in the Dahiyet al-Assad district')).toEqual([['Assad', 'Dahiyet al-Assad']]);
    expect(longer("Virginia's General Assembly voted on Monday")).toEqual([['General Assembly', "Virginia's General Assembly"]]);
  });

  it('not titles and nationality words around a name', () => {
    expect(longer('Russian President Vladimir Putin said')).toEqual([]);
    expect(longer('U.S. Secretary of State John Kerry said')).toEqual([]);
  });

  it('not a possessive written without its apostrophe, nor a headline’s ordinary words', () => {
    const found = insideLongerNames(
      [
        { articleId: 'a', paragraphs: ['Syrias Aleppo was shelled. Aleppo Death Toll Rises. The death toll rises in the Dahiyet al-Assad district.'] },
        { articleId: 'b', paragraphs: ['Rebels took Dahiyet al-Assad.'] },
      ],
      matcher,
    );
    expect(found.map(({ longer, count }) => [longer, count])).toEqual([['Dahiyet al-Assad', 2]]);
  });
});

describe('who calls it what', () => {
  it('lists each outlet’s names for an entity, most used first, typography folded, case kept', () => {
    const byEntity = namesByOutlet([
      { source: 'Voice of America', mentions: [{ entityId: 'is', text: 'Islamic State' }] },
      { source: 'Foreign Policy', mentions: [{ entityId: 'is', text: 'ISIS' }, { entityId: 'is', text: 'Islamic State' }, { entityId: 'is', text: 'ISIS' }] },
      { source: 'TRT World', mentions: [{ entityId: 'is', text: 'DAESH' }, { entityId: 'is', text: 'Daesh' }, { entityId: 'dez', text: 'Deir ez‑Zor' }, { entityId: 'dez', text: 'Deir ez-Zor' }] },
    ]);
    expect(byEntity.get('is')).toEqual([
      { outlet: 'Foreign Policy', mentions: 3, names: [{ name: 'ISIS', count: 2 }, { name: 'Islamic State', count: 1 }] },
      { outlet: 'TRT World', mentions: 2, names: [{ name: 'Daesh', count: 1 }, { name: 'DAESH', count: 1 }] },
      { outlet: 'Voice of America', mentions: 1, names: [{ name: 'Islamic State', count: 1 }] },
    ]);
    expect(byEntity.get('dez')).toEqual([{ outlet: 'TRT World', mentions: 2, names: [{ name: 'Deir ez‑Zor', count: 2 }] }]);
  });
});
