import { describe, expect, it } from 'vitest';
import { articleMarkdown, sectionMarkdown, stripMdx } from '../../src/lib/markdown-export';

describe('Markdown downloads', () => {
  it.each([
    ['A <Term id="clv">lifetime value</Term> matters.', 'A lifetime value matters.'],
    ['<Chart id="x" />Text', 'Text'],
    ['import X from "y";\nBody', 'Body'],
    ['No markup at all.', 'No markup at all.'],
  ])('stripMdx(%j)', (input, expected) => expect(stripMdx(input)).toBe(expected));

  it('puts number, title and summary on top of an article', () => {
    expect(articleMarkdown({ number: '5.03.01.04', title: 'Six Types', summary: 'Who is who.', body: '## One\n\nText.' })).toBe(
      '# 5.03.01.04 Six Types\n\n_Who is who._\n\n## One\n\nText.\n',
    );
  });

  it('nests articles under the section title, demoting their headings', () => {
    const md = sectionMarkdown({ number: '5.03.01', title: 'Concepts', introduction: 'Intro.' }, [
      { number: '5.03.01.01', title: 'First', summary: 'S.', body: '## Part\n\n### Sub' },
    ]);
    expect(md).toBe('# 5.03.01 Concepts\n\nIntro.\n\n## 5.03.01.01 First\n\n_S._\n\n### Part\n\n#### Sub\n');
  });
});
