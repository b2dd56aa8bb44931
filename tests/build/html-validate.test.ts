/**
 * Valid HTML: every page of the build (dist/ or $ATLAS_TEST_DIST) passes html-validate with zero
 * errors, under .htmlvalidate.json. JSON takes no comments, so the reason for each rule that
 * config turns off is written here, and a test fails when a rule is off without one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

/** Why each rule that .htmlvalidate.json turns off or loosens is off. */
const REASONS: Record<string, string> = {
  'no-redundant-role':
    'role="list" on lists styled with list-style: none is deliberate: Safari and VoiceOver drop the list semantics of such lists, so the role is not redundant in practice.',
  'void-style':
    'A style rule, not a validity one: HTML allows both <input> and <input/>. Astro writes void elements without the slash and Preact\'s server renderer (the worksheet islands) with it, so one page carries both and cannot be consistent.',
};

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npm run build first.`);
const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dist, f))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over the whole build', () => {
  it('finds every kind of page in the build', () => {
    const paths = pages.map((p) => relative(dist, p));
    for (const kind of ['index.html', '404.html', 'articles/', 'sections/', 'chapters/', 'glossary/', 'search/', 'worksheets/', 'team/']) {
      expect(paths.some((p) => p.startsWith(kind)), kind).toBe(true);
    }
    expect(paths.filter((p) => p.endsWith('print/index.html')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(pages.map((p) => [relative(dist, p), p]))('%s has no errors', async (_name, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
    // html-validate does not flag markup after </html> (an HTML parser would call it a stray tag).
    expect(readFileSync(file, 'utf8').trimEnd().endsWith('</html>'), 'nothing after </html>').toBe(true);
  });

  it('turns a rule off only with a written reason', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { rules?: Record<string, unknown> };
    const off = Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)));
    for (const [rule] of off) expect(REASONS[rule], `reason for turning ${rule} off`).toBeTruthy();
    expect(Object.keys(REASONS).sort()).toEqual(off.map(([rule]) => rule).sort());
  });
});
