/**
 * The policy as built: every page of the build carries one Content-Security-Policy meta before any
 * script, with no 'unsafe-inline' for scripts, and every inline script and style element it holds
 * is allowed by a hash in that very meta (so nothing inline runs unhashed, and nothing is blocked).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDirectives } from '../../src/lib/site/security-policy';

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npm run build first.`);
const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();

/** The policy of a page as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
  if (metas.length !== 1) throw new Error(`${metas.length} policy metas`);
  const policy = new Map<string, string[]>();
  for (const part of metas[0]![1]!.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    policy.set(name!, sources);
  }
  return policy;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages)('%s', (file) => {
  const html = readFileSync(join(dist, file), 'utf8');
  const policy = policyOf(html);

  it('has the policy before its first script, with the site-wide directives and no inline script', () => {
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<script'));
    for (const directive of pageDirectives) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name!), name).toEqual(sources);
    }
    expect(policy.get('script-src')!.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')![0]).toBe("'self'");
    for (const [name, sources] of policy) {
      if (name.startsWith('script')) expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('allows each inline script and style element by its hash', () => {
    // Data blocks (type="application/json") never run, so the policy does not cover them.
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts.length, relative('.', file)).toBeGreaterThan(0);
    for (const text of scripts) expect(policy.get('script-src'), text.slice(0, 60)).toContain(hash(text));
    for (const text of styles) expect(policy.get('style-src'), text.slice(0, 60)).toContain(hash(text));
  });
});
