/** Measures the JavaScript a built page loads before interaction: its scripts, island modules and their static imports, gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes (level 9) of each file the page loads on its own, plus its inline scripts. */
export function pageScriptBytes(dist: string, page: string, base = '/'): { files: Record<string, number>; inline: number; total: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
  const queue = [...html.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const s of inlineScripts) for (const m of s.matchAll(/(?:from\s*|import\()\s*["']([^"']+\.js)["']/g)) queue.push(m[1]!);
  const files: Record<string, number> = {};
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (url in files) continue;
    const file = join(dist, url.slice(base.length));
    if (!existsSync(file)) throw new Error(`${page} loads ${url}, which is not in ${dist}`);
    const text = readFileSync(file, 'utf8');
    files[url] = gzipSync(text, { level: 9 }).length;
    // Static imports only: `import()` chunks load on demand, after interaction.
    for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(posix.dirname(url), m[1]!));
    }
  }
  const inline = inlineScripts.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0);
  return { files, inline, total: Object.values(files).reduce((a, b) => a + b, inline) };
}
