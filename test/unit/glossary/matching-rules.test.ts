import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/read-content.ts';
import { GlossaryEntrySchema } from '../../../src/lib/content/schemas.ts';
import { glossaryMatcherFor } from '../../../src/lib/glossary/glossary-names.ts';
import { createMatcher, findNameConflicts, matcherOn, NameConflictError, type GlossaryName, type Matcher, type MatchContext } from '../../../src/lib/glossary/matcher.ts';
import { capitalsForm, dottedForm } from '../../../src/lib/glossary/name-forms.ts';

/** Each match as [the words as written, entity id]. Sentences are from the FA-KES corpus (/work/shared/corpus). */
function found(matcher: Matcher, text: string, context?: MatchContext): [string, string][] {
  return matcher.findAll(text, context).map(({ start, end, entityId }) => [text.slice(start, end), entityId]);
}

const seed = glossaryMatcherFor(readContentFolder('content/glossary', GlossaryEntrySchema));

describe('names in capitals', () => {
  it('finds a name of four letters or more written in capitals, as TRT World writes Daesh', () => {
    expect(found(seed, 'people were slightly hurt in Nusaybin a witness said. The attack was claimed by DAESH.')).toEqual([['DAESH', 'islamic-state']]);
    expect(found(seed, 'Two Russian pilots were killed in Syria after DAESH shot down a helicopter near Palmyra')).toEqual([
      ['Syria', 'syria'],
      ['DAESH', 'islamic-state'],
    ]);
  });

  it('finds a place in a capitals dateline, and a name of several words', () => {
    expect(found(seed, 'DAMASCUS (Reuters) - The Syrian army said on Monday')).toEqual([
      ['DAMASCUS', 'damascus'],
      ['Reuters', 'reuters'],
      ['Syrian army', 'syrian-army'],
    ]);
    expect(found(seed, 'ALEPPO, SYRIA: ISLAMIC STATE FIGHTERS')).toEqual([
      ['ALEPPO', 'aleppo'],
      ['SYRIA', 'syria'],
      ['ISLAMIC STATE', 'islamic-state'],
    ]);
  });

  it('keeps short names and acronyms exact: no "Homs" rule for "Al", no "ISIS" from "Isis"', () => {
    const matcher = createMatcher([
      { entityId: 'bab', name: 'Bab' },
      { entityId: 'isis', name: 'ISIS' },
    ]);
    expect(found(matcher, 'BAB AL-HAWA crossing; Isis the goddess; ISIS fighters')).toEqual([['ISIS', 'isis']]);
    expect(capitalsForm('Bab')).toBeUndefined();
    expect(capitalsForm('ISIS')).toBeUndefined();
    expect(capitalsForm('Daesh')).toBe('DAESH');
  });

  it('lets a name an entry writes win over another entry’s capital form', () => {
    const matcher = createMatcher([
      { entityId: 'city', name: 'Sana' },
      { entityId: 'agency', name: 'SANA' },
    ]);
    expect(found(matcher, 'SANA reported from Sana')).toEqual([
      ['SANA', 'agency'],
      ['Sana', 'city'],
    ]);
  });
});

describe('dotted and undotted initials inside longer names', () => {
  it('finds "US-led coalition" for the U.S.-led coalition, not for the United States', () => {
    expect(found(seed, 'strikes by the US-led coalition outside the city he said')).toEqual([['US-led coalition', 'us-led-coalition']]);
    expect(found(seed, 'The U.S.-led coalition strikes came a day after')).toEqual([['U.S.-led coalition', 'us-led-coalition']]);
  });

  it('finds "UN Security Council" and "U.N. Security Council" alike', () => {
    const matcher = createMatcher([{ entityId: 'unsc', name: 'U.N. Security Council' }]);
    expect(found(matcher, 'since the UN Security Council passed a resolution last year')).toEqual([['UN Security Council', 'unsc']]);
    expect(dottedForm('UN Security Council')).toBe('U.N. Security Council');
  });

  it('never folds bare initials: "US" matches neither "us" nor "U.S." unless the glossary says so', () => {
    const matcher = createMatcher([{ entityId: 'usa', name: 'US' }]);
    expect(found(matcher, 'He told us the U.S. and the US would')).toEqual([['US', 'usa']]);
    expect(dottedForm('US')).toBeUndefined();
    expect(dottedForm('U.S.')).toBeUndefined();
  });
});

describe('"IS" for Islamic State', () => {
  it('matches in prose', () => {
    expect(found(seed, 'The Observatory said IS had used at least')).toEqual([['IS', 'islamic-state']]);
    expect(found(seed, 'fighters killed in IS suicide bomb attack')).toEqual([['IS', 'islamic-state']]);
  });

  it('not in a shouted headline, where it is the verb', () => {
    expect(found(seed, 'WHAT IS LEFT OF THE TRUCE')).toEqual([]);
  });
});

describe('longer names an entry is not part of', () => {
  it('leaves "Assad" in the Aleppo district Dahiyet al-Assad, and still finds Bashar al-Assad', () => {
    expect(found(seed, 'scoring quick gains in the Dahiyet al-Assad district but struggling to push east. Assad said')).toEqual([['Assad', 'bashar-al-assad']]);
  });

  it('leaves the Qatar Red Crescent to itself, and "New York" in The New York Times', () => {
    expect(found(seed, 'The Qatar Red Crescent Society said its convoy reached Idlib; the Red Crescent said')).toEqual([['Red Crescent', 'syrian-arab-red-crescent']]);
    expect(found(seed, 'The New York Times reported from New York')).toEqual([['New York', 'new-york']]);
  });

  it('excludes only for its own entry: another entry inside the longer name still matches', () => {
    const matcher = createMatcher([
      { entityId: 'sarc', name: 'Red Crescent' },
      { entityId: 'sarc', name: 'Qatar Red Crescent', notPartOf: true },
      { entityId: 'qatar', name: 'Qatar' },
    ]);
    expect(found(matcher, 'the Qatar Red Crescent')).toEqual([['Qatar', 'qatar']]);
  });

  it('finds "Iraq" no more inside the Islamic State of Iraq and the Levant', () => {
    expect(found(seed, 'Jihadists from the Islamic State of Iraq and the Levant (ISIL) have executed')).toEqual([
      ['Islamic State of Iraq and the Levant', 'islamic-state'],
      ['ISIL', 'islamic-state'],
    ]);
  });
});

describe('aliases scoped by date', () => {
  const sentence = 'armed terrorist groups breached the cessation of hostilities agreement 3 times in the past 24 hours';

  it('links "cessation of hostilities" to the February 2016 truce in an article of 30 April 2016 (SANA)', () => {
    expect(found(seed, sentence, { date: '2016-04-30' })).toEqual([['cessation of hostilities', 'cessation-of-hostilities-2016']]);
  });

  it('and to the September 2016 deal in an article of 18 September 2016', () => {
    expect(found(seed, sentence, { date: '2016-09-18' })).toEqual([['cessation of hostilities', 'us-russia-ceasefire-2016']]);
    expect(found(matcherOn(seed, '2016-09-18'), sentence)).toEqual([['cessation of hostilities', 'us-russia-ceasefire-2016']]);
  });

  it('links it to neither outside both ranges, nor without a date', () => {
    expect(found(seed, sentence, { date: '2015-06-01' })).toEqual([]);
    expect(found(seed, sentence)).toEqual([]);
  });

  it('holds on both ends of the range', () => {
    expect(found(seed, sentence, { date: '2016-02-12' })[0]?.[1]).toBe('cessation-of-hostilities-2016');
    expect(found(seed, sentence, { date: '2016-09-08' })[0]?.[1]).toBe('cessation-of-hostilities-2016');
    expect(found(seed, sentence, { date: '2016-09-09' })[0]?.[1]).toBe('us-russia-ceasefire-2016');
  });

  it('falls back to an unscoped owner outside the scoped range', () => {
    const matcher = createMatcher([
      { entityId: 'truce', name: 'the truce' },
      { entityId: 'feb', name: 'the truce', from: '2016-02-27', until: '2016-04-30' },
    ]);
    expect(found(matcher, 'the truce held', { date: '2016-03-01' })).toEqual([['the truce', 'feb']]);
    expect(found(matcher, 'the truce held', { date: '2016-09-18' })).toEqual([['the truce', 'truce']]);
  });

  it('refuses two entries claiming one name on overlapping dates, naming both', () => {
    const names: GlossaryName[] = [
      { entityId: 'feb', name: 'cessation of hostilities', from: '2016-02-12', until: '2016-09-10' },
      { entityId: 'sep', name: 'cessation of hostilities', from: '2016-09-09' },
    ];
    expect(findNameConflicts(names)).toEqual([{ name: 'cessation of hostilities', entityIds: ['feb', 'sep'] }]);
    expect(() => createMatcher(names)).toThrow(NameConflictError);
    expect(() => createMatcher([names[0]!, { ...names[1]!, from: '2016-09-11' }])).not.toThrow();
  });
});
