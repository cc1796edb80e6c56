import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/text/fold.ts';
import { createMatcher, NameConflictError, type GlossaryName, type MatcherOptions, type Matcher, type NameConflict } from '../../../src/lib/glossary/matcher.ts';

/** Each match as [the words as written, entity id]. */
function found(matcher: Matcher, text: string): [string, string][] {
  return matcher.findAll(text).map(({ start, end, entityId }) => [text.slice(start, end), entityId]);
}

/** The names that createMatcher refuses as claimed by two entries, or none. */
function findNameConflicts(names: readonly GlossaryName[], options: MatcherOptions = {}): NameConflict[] {
  try {
    createMatcher(names, options);
    return [];
  } catch (error) {
    if (error instanceof NameConflictError) return error.conflicts;
    throw error;
  }
}

function matcherOf(glossary: Record<string, string[]>, caseInsensitive = false): Matcher {
  const names = Object.entries(glossary).flatMap(([entityId, list]) => list.map((name) => ({ entityId, name })));
  return createMatcher(names, { caseInsensitive });
}

describe('leftmost-longest, non-overlapping', () => {
  const matcher = matcherOf({
    jic: ['Joint Implementation Center'],
    center: ['Center'],
    sarc: ['Syrian Arab Red Crescent'],
    redCrescent: ['Red Crescent'],
    arabRed: ['Arab Red'],
  });

  it('prefers the longest name at the same start', () => {
    expect(found(matcher, 'The Joint Implementation Center opened; the Center closed.')).toEqual([
      ['Joint Implementation Center', 'jic'],
      ['Center', 'center'],
    ]);
  });

  it('prefers the leftmost start among overlapping aliases', () => {
    expect(found(matcher, 'aid from the Syrian Arab Red Crescent and the Red Crescent')).toEqual([
      ['Syrian Arab Red Crescent', 'sarc'],
      ['Red Crescent', 'redCrescent'],
    ]);
    // "Arab Red" starts before "Red Crescent", so it wins and "Crescent" alone is no name.
    expect(found(matcher, 'the Arab Red Crescent')).toEqual([['Arab Red', 'arabRed']]);
  });

  it('gives offsets in the original text, and the glossary name that matched', () => {
    expect(matcher.findAll('See Red Crescent.')).toEqual([{ start: 4, end: 16, entityId: 'redCrescent', name: 'Red Crescent' }]);
  });
});

describe('word boundaries', () => {
  const matcher = matcherOf({ isis: ['ISIS'], kerry: ['John Kerry', 'Kerry'] });

  it('finds no name inside a longer word', () => {
    expect(found(matcher, 'the crisis deepened; ISISx and xISIS are not names')).toEqual([]);
  });

  it('takes punctuation and possessives as boundaries', () => {
    expect(found(matcher, 'Kerry’s plan (Kerry) "ISIS", ISIS-held')).toEqual([
      ['Kerry', 'kerry'],
      ['Kerry', 'kerry'],
      ['ISIS', 'isis'],
      ['ISIS', 'isis'],
    ]);
  });

  it('falls back to a shorter name when the longer one does not end on a boundary', () => {
    expect(found(matcher, 'John Kerryx met Kerry')).toEqual([['Kerry', 'kerry']]);
  });
});

describe('case', () => {
  const names = { power: ['Samantha Power'] };

  it('is sensitive by default, save for a name of four letters or more written all in capitals', () => {
    expect(found(matcherOf(names), 'Samantha Power spoke of power. SAMANTHA POWER, samantha power, SAMANTHA Power')).toEqual([
      ['Samantha Power', 'power'],
      ['SAMANTHA POWER', 'power'],
    ]);
  });

  it('is insensitive on request', () => {
    expect(found(matcherOf(names, true), 'samantha power and SAMANTHA POWER')).toEqual([
      ['samantha power', 'power'],
      ['SAMANTHA POWER', 'power'],
    ]);
  });
});

describe('typographic folding', () => {
  const matcher = matcherOf({ obrien: ['O’Brien'], deir: ['Deir ez-Zor', 'Deir Ezzor'], ayrault: ['Jean-Marc Ayrault'], lavrov: ['Sergueï Lavrov'] });

  it('matches any apostrophe', () => {
    expect(found(matcher, "O'Brien and O’Brien")).toEqual([
      ["O'Brien", 'obrien'],
      ['O’Brien', 'obrien'],
    ]);
  });

  it('matches any dash, non-breaking hyphen included, and any space', () => {
    expect(found(matcher, 'Deir ez–Zor, Deir ez\u2011Zor, Deir\u00a0Ezzor, Deir\n  Ezzor')).toEqual([
      ['Deir ez–Zor', 'deir'],
      ['Deir ez\u2011Zor', 'deir'],
      ['Deir\u00a0Ezzor', 'deir'],
      ['Deir\n  Ezzor', 'deir'],
    ]);
  });

  it('ignores diacritics both ways', () => {
    expect(found(matcher, 'Deir ez-Zôr, Jean-Marc Àyrault, Sergueï Lavrov, Serguei Lavrov')).toEqual([
      ['Deir ez-Zôr', 'deir'],
      ['Jean-Marc Àyrault', 'ayrault'],
      ['Sergueï Lavrov', 'lavrov'],
      ['Serguei Lavrov', 'lavrov'],
    ]);
    expect(found(matcher, 'Deir ez-Zo\u0302r')).toEqual([['Deir ez-Zo\u0302r', 'deir']]);
  });
});

describe('non-Latin names', () => {
  const matcher = matcherOf({ lavrov: ['Сергей Лавров', 'Лавров'], assad: ['بشار الأسد', 'الأسد'] });

  it('finds Cyrillic and Arabic names between boundaries', () => {
    expect(found(matcher, 'Сергей Лавров заявил, что Лавров… «Лавров»')).toEqual([
      ['Сергей Лавров', 'lavrov'],
      ['Лавров', 'lavrov'],
      ['Лавров', 'lavrov'],
    ]);
    expect(found(matcher, 'قال بشار الأسد إن الأسد.')).toEqual([
      ['بشار الأسد', 'assad'],
      ['الأسد', 'assad'],
    ]);
  });

  it('finds none inside a longer word of the same script', () => {
    expect(found(matcher, 'Лаврова والأسدي')).toEqual([]);
  });
});

describe('names with punctuation', () => {
  const matcher = matcherOf({ un: ['U.N.', 'United Nations'], unsc: ['U.N. Security Council'], us: ['U.S.'], coalition: ['U.S.-led coalition'] });

  it('finds dotted acronyms mid-sentence, at a sentence end and before a hyphen', () => {
    expect(found(matcher, 'The U.N. Security Council met. It blamed the U.N. The U.S.-Russia deal failed.')).toEqual([
      ['U.N. Security Council', 'unsc'],
      ['U.N.', 'un'],
      ['U.S.', 'us'],
    ]);
  });

  it('finds hyphenated compounds whole', () => {
    expect(found(matcher, 'the U.S.-led coalition and U.S. jets')).toEqual([
      ['U.S.-led coalition', 'coalition'],
      ['U.S.', 'us'],
    ]);
  });

  it('finds no acronym inside a longer one', () => {
    expect(found(matcher, 'U.S.A. and AU.N.')).toEqual([]);
  });
});

describe('the glossary', () => {
  it('rejects a name claimed by two entries, naming both', () => {
    const names: GlossaryName[] = [
      { entityId: 'deir-ez-zor', name: 'Deir ez-Zor' },
      { entityId: 'deir-ez-zor-province', name: 'Deir ez‑Zor' },
      { entityId: 'iraq', name: 'Iraq' },
    ];
    expect(findNameConflicts(names)).toEqual([{ name: 'Deir ez-Zor', entityIds: ['deir-ez-zor', 'deir-ez-zor-province'] }]);
    expect(() => createMatcher(names)).toThrow(NameConflictError);
    try {
      createMatcher(names);
    } catch (error) {
      expect((error as NameConflictError).conflicts[0]?.entityIds).toEqual(['deir-ez-zor', 'deir-ez-zor-province']);
    }
  });

  it('counts case conflicts only when matching ignores case', () => {
    const names = [
      { entityId: 'power', name: 'Samantha Power' },
      { entityId: 'other', name: 'samantha power' },
    ];
    expect(findNameConflicts(names)).toEqual([]);
    expect(findNameConflicts(names, { caseInsensitive: true })).toHaveLength(1);
  });

  it('accepts the same name twice for one entry, and ignores empty names', () => {
    const matcher = createMatcher([
      { entityId: 'iraq', name: 'Iraq' },
      { entityId: 'iraq', name: 'Iraq' },
      { entityId: 'iraq', name: '  ' },
      { entityId: 'nothing', name: '' },
    ]);
    expect(matcher.size).toBe(1);
    expect(found(matcher, 'Iraq')).toEqual([['Iraq', 'iraq']]);
  });

  it('matches nothing with no names', () => {
    expect(createMatcher([]).findAll('Anything at all')).toEqual([]);
  });
});

describe('real text', () => {
  it('finds exactly the glossary names in a Reuters sentence', () => {
    const text =
      'The Russian defense ministry said U.S. jets killed more than 60 Syrian soldiers in the eastern city of Deir al-Zor in four air strikes by two F16 and two A10 fighter jets coming from the direction of Iraq. Deir Ezzor has been besieged by Islamic State since 2014.';
    const matcher = matcherOf({
      'russian-defense-ministry': ['Russian defense ministry'],
      us: ['U.S.'],
      'deir-ez-zor': ['Deir al-Zor', 'Deir Ezzor'],
      iraq: ['Iraq'],
    });
    expect(found(matcher, text)).toEqual([
      ['Russian defense ministry', 'russian-defense-ministry'],
      ['U.S.', 'us'],
      ['Deir al-Zor', 'deir-ez-zor'],
      ['Iraq', 'iraq'],
      ['Deir Ezzor', 'deir-ez-zor'],
    ]);
  });
});

describe('a 10,000-name glossary', () => {
  const syllables = ['ka', 'lo', 'mir', 'sa', 'den', 'vu', 'ra', 'tel', 'no', 'bash', 'zan', 'qu'];
  const word = (n: number, parts: number) =>
    Array.from({ length: parts }, (_, i) => syllables[Math.floor(n / syllables.length ** i) % syllables.length]).join('');
  const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const names: GlossaryName[] = Array.from({ length: 10_000 }, (_, n) => ({ entityId: `e${n}`, name: `${capitalized(word(n, 4))} ${capitalized(word(n * 7 + 3, 3))}` }));

  it('builds well under the sanity bound and finds every planted mention', () => {
    const began = performance.now();
    const matcher = createMatcher(names);
    expect(performance.now() - began).toBeLessThan(5000);
    expect(matcher.size).toBe(10_000);
    const planted = [0, 1, 4321, 9999].map((n) => names[n]!);
    const text = planted.map(({ name }, i) => `Paragraph ${i}: officials said ${name} met ${name.toLowerCase()} in Aleppo.`).join(' ');
    expect(found(matcher, text)).toEqual(planted.map(({ name, entityId }) => [name, entityId]));
  });
});

describe('any text', () => {
  const names = ['Kerry', 'John Kerry', 'Red Crescent', 'Syrian Arab Red Crescent', 'Arab Red', 'U.N.', 'U.S.', 'Deir ez-Zor', 'ISIS', 'Сергей Лавров'];
  const matcher = createMatcher(names.map((name, n) => ({ entityId: `e${n}`, name })));
  const text = fc
    .array(fc.oneof(fc.constantFrom(...names, 'Deir ez–Zôr', 'crisis', ' ', '. ', '-'), fc.string(), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('yields ordered, non-overlapping matches between word boundaries, each folding to its name', () => {
    fc.assert(
      fc.property(text, (value) => {
        let previousEnd = 0;
        for (const { start, end, name } of matcher.findAll(value)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(foldText(value.slice(start, end)).folded).toBe(foldText(name).folded);
          expect(/[\p{L}\p{N}\p{M}]$/u.test(value.slice(0, start))).toBe(false);
          previousEnd = end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
