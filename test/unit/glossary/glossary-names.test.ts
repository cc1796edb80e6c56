import { describe, expect, it } from 'vitest';
import { distinctAliases } from '../../../src/lib/glossary/glossary-names.ts';

describe('distinctAliases', () => {
  it('leaves out aliases that differ from the name only in case (Joint Implementation Center)', () => {
    expect(distinctAliases('Joint Implementation Center', ['joint implementation center', 'JIC'])).toEqual(['JIC']);
  });

  it('leaves out typographic variants and repeats, keeping the first spelling', () => {
    expect(distinctAliases('Jabhat Fateh al-Sham', ['Nusra Front', 'nusra front', 'al‑Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra'])).toEqual([
      'Nusra Front',
      'al‑Nusra Front',
      'Jabhat al-Nusra',
    ]);
  });
});
