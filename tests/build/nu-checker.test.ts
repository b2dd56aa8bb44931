/**
 * Valid for the W3C Nu checker too: every page of the build (dist/ or $ATLAS_TEST_DIST) has zero
 * errors from vnu-jar, the checker behind validator.w3.org/nu. It catches what html-validate does
 * not (style elements in the body, attribute selectors it cannot parse, non-standard attributes).
 * It needs Java: .ci/run installs Debian's default-jre-headless when `java` is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(process.env['ATLAS_TEST_DIST'] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npm run build first.`);

const java = process.env['JAVA'] ?? 'java';
if (spawnSync(java, ['-version'], { encoding: 'utf8' }).status !== 0) {
  throw new Error(`The W3C Nu checker needs Java, and "${java}" does not run: install it (Debian: apt-get install default-jre-headless) or set JAVA to a java binary.`);
}
// vnu-jar's main export is the path of its jar, as a String object.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage { type: string; subType?: string; url?: string; lastLine?: number; lastColumn?: number; message: string }

/** Runs the checker over a folder and returns its errors, by page. */
function nuErrors(dir: string): Record<string, string[]> {
  // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
  const run = spawnSync(java, ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
  const byPage: Record<string, string[]> = {};
  for (const m of report.messages.filter((x) => x.type === 'error' || x.subType === 'fatal')) {
    const page = m.url ? relative(dir, new URL(m.url).pathname) : '(no file)';
    (byPage[page] ??= []).push(`${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message}`);
  }
  return byPage;
}

describe('W3C Nu checker over the whole build', () => {
  it('checks every HTML page of the build', () => {
    const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    expect(execFileSync(java, ['-jar', vnuJar, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports the errors it is there to catch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-nu-'));
    try {
      writeFileSync(join(dir, 'bad.html'), '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p>text</p><style>a{}</style><input webkitdirectory></main></body></html>');
      const errors = nuErrors(dir)['bad.html'] ?? [];
      expect(errors.some((e) => /“style” element/.test(e)), errors.join('\n')).toBe(true);
      expect(errors.some((e) => /webkitdirectory/.test(e)), errors.join('\n')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no errors on any page', () => {
    expect(nuErrors(dist)).toEqual({});
  }, 240_000);
});
