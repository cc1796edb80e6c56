import { describe, expect, it } from 'vitest';
import { quotedPeople, type PersonMention } from '../../../src/lib/classroom/quoted.ts';

const mention = (entityId: string, text: string, name: string): PersonMention => {
  const start = text.indexOf(name);
  return { entityId, text, start, end: start + name.length };
};

describe('quotedPeople', () => {
  it('finds people whose sentence quotes or reports them, once each, in order', () => {
    const text = 'Obama was in New York. “It is fragile,” Ayrault told reporters. Kirby said the U.S. would wait.';
    expect(
      quotedPeople([mention('obama', text, 'Obama'), mention('ayrault', text, 'Ayrault'), mention('kirby', text, 'Kirby'), mention('ayrault', text, 'Ayrault')]),
    ).toEqual(['ayrault', 'kirby']);
  });

  it('ignores people only mentioned', () => {
    const text = 'The effort threatens President Barack Obama’s last-ditch effort. Meanwhile Kerry met a Saudi official.';
    expect(quotedPeople([mention('obama', text, 'Barack Obama'), mention('kerry', text, 'Kerry')])).toEqual([]);
  });
});
