import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/lib/content/read-content.ts';
import { GlossaryEntrySchema } from '../../../src/lib/content/schemas.ts';
import { createMatcher } from '../../../src/lib/glossary/matcher.ts';
import { candidateMentions, knownNameSet } from '../../../src/lib/glossary/suggest/candidates.ts';
import { clusterNames, initials, skeletonKey, soundKey, spellingKey } from '../../../src/lib/glossary/suggest/cluster.ts';
import { draftEntry } from '../../../src/lib/glossary/suggest/draft.ts';
import { guessKind } from '../../../src/lib/glossary/suggest/guess-kind.ts';
import { suggestEntries, type Suggestion } from '../../../src/lib/glossary/suggest/suggest.ts';

/** Sentences from the FA-KES corpus (/work/shared/corpus), as pasted: punctuation partly stripped, possessives without apostrophes. */
const glossary = createMatcher([
  { entityId: 'syria', name: 'Syria' },
  { entityId: 'aleppo', name: 'Aleppo' },
  { entityId: 'assad', name: 'Bashar al-Assad' },
  { entityId: 'russia', name: 'Russia' },
]);
const known = knownNameSet(['Syria', 'Aleppo', 'Bashar al-Assad', 'Russia']);
const names = (text: string) => candidateMentions(text, glossary, known).map((m) => m.name);

describe('candidate names', () => {
  it('leaves out nationality adjectives, titles, months and days', () => {
    expect(names('The Syrian army and Russian jets struck on Tuesday in March near the town of Khan Shaykhun.')).toEqual(['Khan Shaykhun']);
    expect(names('Russian Foreign Minister Sergei Lavrov said President Vladimir Putin agreed.')).toEqual(['Sergei Lavrov', 'Vladimir Putin']);
  });

  it('leaves out page furniture and possessives of known names written without the apostrophe', () => {
    expect(names('Read Also Cookie Policy')).toEqual([]);
    expect(names('in Syrias Idlib province where Tags Idlib')).toEqual(['Idlib', 'Idlib']);
    expect(names('President Bashar al-Assads forces and Syrias army')).toEqual([]);
  });

  it('splits a run where a sentence ends inside it, as the pasted text leaves them', () => {
    expect(names('according to SANA. The Syrian Observatory for Human Rights said')).toEqual(['SANA', 'Syrian Observatory for Human Rights']);
    expect(names('backed by Turkey.The rebels')).toEqual(['Turkey']);
  });

  it('drops "Britain-based" and the like, keeping the name after it', () => {
    expect(names('the Britain-based Syrian Observatory for Human Rights said')).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('records the cues: a stripped title, the words around', () => {
    const [putin] = candidateMentions('said Russian President Vladimir Putin on Monday', glossary, known);
    expect(putin).toMatchObject({ name: 'Vladimir Putin', title: 'President' });
    const [idlib] = candidateMentions('clashes in Idlib province on Monday', glossary, known);
    expect(idlib).toMatchObject({ name: 'Idlib', before: 'in', after: 'province' });
  });
});

describe('clustering keys', () => {
  it('folds case, hyphens and the Arabic article', () => {
    expect(spellingKey('Al-Nusra')).toBe(spellingKey('al Nusra'));
    expect(spellingKey('Ahrar al-Sham')).toBe(spellingKey('Ahrar ash-Sham'));
  });

  it('makes transliterations agree', () => {
    expect(skeletonKey('Hezbollah')).toBe(skeletonKey('Hizbollah'));
    expect(skeletonKey('Hizballah')).toBe(skeletonKey('Hezbollah'));
    expect(soundKey('Raqqa')).toBe(soundKey('Raqa'));
    expect(soundKey('Hasakah')).toBe(soundKey('Hasakeh'));
    expect(initials('Syrian Observatory for Human Rights')).toBe('SOHR');
  });
});

describe('clusterNames', () => {
  const stats = (name: string, count: number, articles: number[]) => ({ name, count, articles: new Set(articles) });

  it('joins full name, acronym, back-reference and spellings into one cluster', () => {
    const clusters = clusterNames([
      stats('Syrian Observatory for Human Rights', 40, [1, 2, 3, 4]),
      stats('SOHR', 10, [1, 2]),
      stats('Observatory', 25, [1, 2, 3]),
      stats('Hezbollah', 12, [2, 5]),
      stats('Hizballah', 4, [6]),
      stats('Turkey', 30, [1, 7, 8]),
    ]);
    const sorted = clusters.map((c) => c.map((s) => s.name).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(sorted).toEqual([['Hezbollah', 'Hizballah'], ['Observatory', 'SOHR', 'Syrian Observatory for Human Rights'], ['Turkey']]);
  });

  it('never makes a frequent name a back-reference of a rare longer one', () => {
    const clusters = clusterNames([stats('Idlib', 60, [1, 2, 3]), stats('Idlib Free Police', 2, [1])]);
    expect(clusters).toHaveLength(2);
  });
});

describe('guessKind', () => {
  const kind = (names: string[], before: string[] = [], after: string[] = [], titles: string[] = []) => guessKind({ names, before, after, titles });

  it('reads words in the name, then the words around, then compromise’s lexicon', () => {
    expect(kind(['Free Syrian Army'])).toMatchObject({ kind: 'group' });
    expect(kind(['Syrian Observatory for Human Rights'])).toMatchObject({ kind: 'organization', cue: '"Observatory" in the name' });
    expect(kind(['Idlib'], ['in', 'of'], ['province', 'countryside'])).toMatchObject({ kind: 'place', cue: '"Idlib province"' });
    expect(kind(['Vladimir Putin'], ['president'], ['said'], ['President'])).toMatchObject({ kind: 'person' });
    expect(kind(['Turkey'], ['and'], ['has'])).toMatchObject({ kind: 'place', cue: 'compromise knows "Turkey" as a place' });
    expect(kind(['YPG'], ['the'], ['fighters'])).toMatchObject({ kind: 'group' });
  });
});

const ARTICLES = [
  'The Britain-based Syrian Observatory for Human Rights said 12 people were killed in Idlib province. The Observatory said Hezbollah fighters joined the attack.',
  'SOHR director Rami Abdel Rahman told AFP that the Syrian Observatory for Human Rights had counted 40 dead in Idlib. Hizbollah denied it.',
  'Syrias Idlib was struck again. The Syrian Observatory for Human Rights (SOHR) said Hezbollah units moved north. Read Also',
];

describe('suggestEntries', () => {
  const suggestions = suggestEntries(
    ARTICLES.map((text, i) => ({ id: `a${i}`, paragraphs: [text] })),
    glossary,
    { knownNames: ['Syria', 'Aleppo', 'Bashar al-Assad', 'Russia'] },
  );

  it('ranks by mentions × articles, clustered, with kind, cue and two contexts from different articles', () => {
    // Hezbollah and Idlib tie (3 mentions × 3 articles): alphabetical then.
    expect(suggestions.map((s) => s.name)).toEqual(['Syrian Observatory for Human Rights', 'Hezbollah', 'Idlib']);
    const [sohr] = suggestions;
    expect(sohr).toMatchObject({ kind: 'organization', mentions: 6, articles: 3 });
    expect(new Set(sohr!.variants)).toEqual(new Set(['SOHR', 'Observatory']));
    expect(sohr!.contexts.map((c) => c.articleId)).toEqual(['a0', 'a1']);
    // "Hizbollah" starts its sentence: it joins the cluster though it could not make one.
    expect(suggestions[1]!.variants).toEqual(['Hizbollah']);
  });
});

describe('draft entries', () => {
  const suggestion: Suggestion = {
    name: 'Syrian Observatory for Human Rights',
    variants: ['SOHR', 'Observatory'],
    kind: 'organization',
    cue: '"Observatory" in the name',
    mentions: 6,
    articles: 3,
    contexts: [{ articleId: 'a0', paragraph: 1, text: 'The Syrian Observatory for Human Rights said --> 12 people' }],
  };

  it('is a draft the schema accepts, and a complete entry once its summary is filled and draft removed', () => {
    const draft = draftEntry(suggestion, () => false);
    expect(draft.fileName).toBe('syrian-observatory-for-human-rights.md');
    const parsed = readContentFile(Buffer.from(draft.text), `content/glossary/${draft.fileName}`, GlossaryEntrySchema);
    expect(parsed.data).toMatchObject({ name: suggestion.name, aliases: ['SOHR', 'Observatory'], kind: 'organization', draft: true, summary: '' });
    expect(draft.text).not.toMatch(/-->[^]*-->/); // the context's "-->" does not close the comment early

    const filled = draft.text.replace('summary: ""', 'summary: "A UK-based group that monitors the war in Syria through a network of contacts."').replace('draft: true\n', '');
    const entry = readContentFile(Buffer.from(filled), `content/glossary/${draft.fileName}`, GlossaryEntrySchema);
    expect(entry.data.draft).toBe(false);
    // Removing "draft" without a summary is an error naming the file and the field.
    const unfinished = draft.text.replace('draft: true\n', '');
    expect(() => readContentFile(Buffer.from(unfinished), 'content/glossary/x.md', GlossaryEntrySchema)).toThrow(/content\/glossary\/x\.md: field "summary": must not be empty/);
  });

  it('never takes a file name in use', () => {
    expect(draftEntry(suggestion, (id) => id === 'syrian-observatory-for-human-rights').fileName).toBe('syrian-observatory-for-human-rights-2.md');
  });
});

describe('npm run glossary:suggest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-suggest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content/glossary', join(dir, 'glossary'), { recursive: true });
  mkdirSync(join(dir, "articles"));
  ARTICLES.forEach((text, i) => {
    writeFileSync(join(dir, 'articles', `a${i}.md`), `---\ntitle: Article ${i}\nsource: Test\npublished: 2016-04-0${i + 1}\n---\n\n${text}\n`, { flag: 'w' });
  });
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli/glossary-suggest.ts', ...args], { env: { ...process.env, GLOSS_CONTENT_DIR: dir }, encoding: 'utf8' });

  it('prints JSON with name, variants, kind, cue, mentions, articles and contexts', () => {
    const result = run('--json', '--top', '2');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Suggestion[];
    expect(json).toHaveLength(2);
    expect(Object.keys(json[0]!).sort()).toEqual(['articles', 'contexts', 'cue', 'kind', 'mentions', 'name', 'variants']);
    expect(json[0]!.name).toBe('Syrian Observatory for Human Rights');
  });

  it('refuses an unknown option such as --strcit', () => {
    const result = run('--strcit');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--strcit'/);
  });

  it('writes drafts with --write, which the schema accepts and the next run does not suggest again', () => {
    expect(run('--write', '2').status).toBe(0);
    const drafts = readdirSync(join(dir, 'glossary')).filter((name) => readFileSync(join(dir, 'glossary', name), 'utf8').includes('draft: true'));
    expect(drafts.sort()).toEqual(['hezbollah.md', 'syrian-observatory-for-human-rights.md']);
    for (const name of drafts) readContentFile(readFileSync(join(dir, 'glossary', name)), name, GlossaryEntrySchema);
    const again = JSON.parse(run('--json').stdout) as Suggestion[];
    expect(again.map((s) => s.name)).toEqual(['Idlib']);
  });
});

