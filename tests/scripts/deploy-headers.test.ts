/** The README's deploy section agrees with the shipped public/_headers, for the _headers host and for nginx. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForBase } from '../../scripts/build-service-worker.mjs';
import { headerOnlyDirectives, headerPolicy, pageDirectives, securityHeaders } from '../../src/lib/site/security-policy';

const readme = readFileSync('README.md', 'utf8');
const shipped = readFileSync('public/_headers', 'utf8');
const deploy = readme.slice(readme.indexOf('## Deploy'), readme.indexOf('\n## ', readme.indexOf('## Deploy') + 3));

/** The body of the first fenced block of `lang` after `heading`. */
function block(heading: string, lang: string): string {
  const from = deploy.indexOf(heading);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(deploy.slice(from));
  if (from < 0 || !match) throw new Error(`no ${lang} block under “${heading}” in the README`);
  return match[1]!;
}

/** Every header of each `_headers` rule, as path → (name → value). */
function allHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.set((path = line.trim()), {});
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header && path) rules.get(path)![header[1]!] = header[2]!.trim();
  }
  return rules;
}

/** `_headers` rules as path → Cache-Control. */
function headerRules(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) path = line.trim();
    const value = /^\s+Cache-Control:\s*(.+)$/.exec(line)?.[1];
    if (value && path) rules.set(path, value.trim());
  }
  return rules;
}

/** nginx locations as the _headers path they serve (`/_astro/` → `/_astro/*`, `= /sw.js` → `/sw.js`) → Cache-Control. */
function nginxRules(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const m of text.matchAll(/location\s+(=\s+)?(\S+)\s*\{([^}]*)\}/g)) {
    const value = /add_header\s+Cache-Control\s+"([^"]+)"/.exec(m[3]!)?.[1];
    if (value) rules.set(m[1] ? m[2]! : m[2] === '/' ? '/' : `${m[2]}*`, value);
  }
  return rules;
}

describe('deploy rules', () => {
  it('quotes the shipped _headers file word for word', () => {
    expect(block('reads `_headers`', 'text')).toBe(shipped);
  });

  it('sets hashed assets immutable for a year, and the worker, manifest and Pagefind files revalidated', () => {
    expect(Object.fromEntries(headerRules(shipped))).toEqual({
      '/_astro/*': 'public, max-age=31536000, immutable',
      '/sw.js': 'public, max-age=0, must-revalidate',
      '/manifest.webmanifest': 'public, max-age=0, must-revalidate',
      '/pagefind/*': 'public, max-age=0, must-revalidate',
    });
  });

  it('gives nginx the same rules, and HTML (the catch-all) the revalidating default the _headers hosts use', () => {
    const nginx = nginxRules(block('### nginx', 'nginx'));
    for (const [path, value] of headerRules(shipped)) expect(nginx.get(path), path).toBe(value);
    expect(nginx.get('/')).toBe('public, max-age=0, must-revalidate');
  });

  it('sends the security headers with every file, and nothing but Cache-Control in the other rules', () => {
    const rules = allHeaders(shipped);
    expect(rules.get('/*')).toEqual(securityHeaders);
    for (const [path, headers] of rules) if (path !== '/*') expect(Object.keys(headers), path).toEqual(['Cache-Control']);
  });

  it('gives nginx the same security headers, in every location (an add_header in a location drops the server ones)', () => {
    const snippet = block('customer-atlas-security.conf', 'nginx');
    const sent = Object.fromEntries([...snippet.matchAll(/add_header\s+([\w-]+)\s+"([^"]+)"\s+always;/g)].map((m) => [m[1]!, m[2]!]));
    expect(sent).toEqual(securityHeaders);
    const server = block('### nginx', 'nginx');
    const locations = [...server.matchAll(/location\s+[^{]+\{([^}]*)\}/g)];
    expect(locations.length).toBe(5);
    for (const m of locations) expect(m[1]).toContain('include snippets/customer-atlas-security.conf;');
  });

  it('keeps the header policy to what agrees with the meta policy: its fetch directives word for word, plus frame-ancestors', () => {
    const header = headerPolicy.split('; ');
    const shared = header.filter((d) => !(headerOnlyDirectives as readonly string[]).includes(d));
    expect(shared).toEqual(pageDirectives.filter((d) => !d.startsWith('default-src')));
    expect(header).toContain("frame-ancestors 'none'");
    // Without default-src, script-src or style-src the header never blocks what the meta's hashes allow.
    expect(header.some((d) => /^(default|script|style)-src/.test(d))).toBe(false);
  });

  it('states the same two values for the sub-path host', () => {
    const sync = block('### A static host under a sub-path', 'sh', ) + block('let you set headers per file', 'sh');
    for (const value of new Set(headerRules(shipped).values())) expect(sync).toContain(value);
  });

  it.each([
    ['/', shipped],
    ['/atlas/', shipped.replace(/^\//gm, '/atlas/')],
  ])('moves the rules under the base %s', (base, expected) => {
    const moved = headersForBase(shipped, base);
    expect(moved).toBe(expected);
    expect([...headerRules(moved).keys()].every((p) => p.startsWith(base))).toBe(true);
  });
});
