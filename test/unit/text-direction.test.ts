import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/text-direction.ts';

describe('textDirection', () => {
  it('writes Arabic, Hebrew, Persian and Urdu right to left, in any region or script subtag that says so', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'yi', 'az-Arab', 'dv']) expect(textDirection(tag), tag).toBe('rtl');
  });
  it('writes the rest left to right, and an invalid tag too', () => {
    for (const tag of ['en', 'en-US', 'fr', 'ru', 'zh-Hans', 'az-Latn', 'tr', 'not a tag!']) expect(textDirection(tag), tag).toBe('ltr');
  });
});
