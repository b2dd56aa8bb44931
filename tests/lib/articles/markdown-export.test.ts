import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleMarkdown, chapterMarkdown, sectionMarkdown, stripMdx } from '../../../src/lib/articles/markdown-export';

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

  it('puts a whole chapter in one document: contents, then sections with their articles nested below', () => {
    const md = chapterMarkdown({ number: '5.03', title: 'Customers', summary: 'Who buys.' }, [
      { number: '5.03.01', title: 'Concepts', introduction: 'Intro one.', articles: [{ number: '5.03.01.01', title: 'First', summary: 'S.', body: '## Part\n\nText <Term id="x">word</Term>.' }] },
      { number: '5.03.02', title: 'Control', introduction: 'Intro two.', articles: [{ number: '5.03.02.01', title: 'Second', summary: 'T.', body: 'Plain.' }] },
    ]);
    expect(md).toBe(
      [
        '# 5.03 Customers', '', '_Who buys._', '', '## Contents', '',
        '- 5.03.01 Concepts', '  - 5.03.01.01 First', '- 5.03.02 Control', '  - 5.03.02.01 Second', '',
        '## 5.03.01 Concepts', '', 'Intro one.', '', '### 5.03.01.01 First', '', '_S._', '', '#### Part', '', 'Text word.', '',
        '## 5.03.02 Control', '', 'Intro two.', '', '### 5.03.02.01 Second', '', '_T._', '', 'Plain.', '',
      ].join('\n'),
    );
  });

  it('lists every article number in the chapter contents and under its own heading, in order (property)', () => {
    const article = fc.record({
      number: fc.stringMatching(/^5\.03\.0\d\.\d\d$/),
      title: fc.stringMatching(/^[A-Z][a-z]{2,10}$/),
      summary: fc.constant('S.'),
      body: fc.constantFrom('Text.', '## A\n\nB', '### Deep\n\nC'),
    });
    const section = fc.record({
      number: fc.stringMatching(/^5\.03\.0\d$/),
      title: fc.stringMatching(/^[A-Z][a-z]{2,10}$/),
      introduction: fc.constant('Intro.'),
      articles: fc.array(article, { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 4 }), (sections) => {
        const md = chapterMarkdown({ number: '5.03', title: 'Customers', summary: 'S.' }, sections);
        const lines = md.split('\n');
        expect(lines.filter((l) => /^# /.test(l))).toEqual(['# 5.03 Customers']);
        const articleHeadings = lines.filter((l) => /^### 5/.test(l));
        expect(articleHeadings).toEqual(sections.flatMap((s) => s.articles.map((a) => `### ${a.number} ${a.title}`)));
        for (const a of sections.flatMap((s) => s.articles)) expect(md).toContain(`  - ${a.number} ${a.title}\n`);
        // Article bodies never climb above their article title.
        const bodyHeadings = lines.filter((l) => /^#{1,3} /.test(l) && !/^(#|##|###) (5|Contents)/.test(l));
        expect(bodyHeadings).toEqual([]);
      }),
    );
  });
});
