import { describe, expect, it } from 'vitest';
import { withAnnotateControls } from '../../../src/lib/classroom/annotate-controls.ts';

describe('withAnnotateControls', () => {
  it('puts an "Annotate ¶N" button after each paragraph number, and nothing else changes', () => {
    const html =
      '<p id="p1"><a class="pnum" href="#p1" aria-label="Paragraph 1" data-pagefind-ignore="">1</a>One.</p><blockquote><p id="p2"><a class="pnum" href="#p2" aria-label="Paragraph 2" data-pagefind-ignore="">2</a>Two.</p></blockquote>';
    const out = withAnnotateControls(html);
    expect(out.match(/aria-label="Annotate ¶\d+"/g)).toEqual(['aria-label="Annotate ¶1"', 'aria-label="Annotate ¶2"']);
    expect(out).toContain('2</a><button type="button" class="work-annotate" data-work="annotate" data-needs-js data-pagefind-ignore aria-label="Annotate ¶2"></button>Two.</p>');
    expect(out.replace(/<button[^>]*><\/button>/g, '')).toBe(html);
  });
});
