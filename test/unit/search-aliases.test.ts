import { describe, expect, it } from 'vitest';
import { createAliasExpander } from '../../src/lib/search/aliases.ts';

const expand = createAliasExpander([
  { name: 'Jabhat Fateh al-Sham', aliases: ['Nusra Front', 'al-Nusra'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL'] },
  { name: 'Stephen O’Brien', aliases: [] },
]);

describe('createAliasExpander', () => {
  it('expands a name or alias to the entity’s other names, whatever the case', () => {
    expect(expand('Nusra Front')).toMatchObject({ entity: { name: 'Jabhat Fateh al-Sham' }, otherNames: ['Jabhat Fateh al-Sham', 'al-Nusra'] });
    expect(expand('isis')?.otherNames).toEqual(['Islamic State', 'ISIL']);
    expect(expand('  Islamic   State ')?.otherNames).toEqual(['ISIS', 'ISIL']);
  });

  it('folds typography as the glossary matcher does', () => {
    expect(expand("stephen o'brien")?.entity.name).toBe('Stephen O’Brien');
    expect(expand('al–Nusra')?.entity.name).toBe('Jabhat Fateh al-Sham');
  });

  it('leaves other queries alone', () => {
    expect(expand('Nusra')).toBeUndefined();
    expect(expand('ISIS fighters')).toBeUndefined();
    expect(expand('')).toBeUndefined();
  });
});
