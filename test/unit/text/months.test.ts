import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATION_PATTERN, MONTH_NAME_PATTERN, MONTH_NAMES, monthNumber } from '../../../src/lib/text/months.ts';

describe('month names', () => {
  it('numbers a month from its name or abbreviation, in any case', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(['January', 'jan', 'Sept.', 'SEPTEMBER', 'Dec'].map(monthNumber)).toEqual([1, 1, 9, 9, 12]);
    expect(monthNumber('Mayday')).toBe(5);
    expect(monthNumber('Monday')).toBe(0);
  });

  it('gives patterns that match every name and abbreviation whole', () => {
    const month = new RegExp(String.raw`^(?:${MONTH_NAME_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\.?$`, 'u');
    for (const written of ['September', 'Sept.', 'Sep', 'May', 'Jun.']) expect(month.test(written), written).toBe(true);
    for (const written of ['Sunday', 'Ma', 'Mai']) expect(month.test(written), written).toBe(false);
  });
});
