/** Measures the JavaScript a built page loads before interaction: its scripts, its islands and their static imports, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the page loads and its gzip size. */
export interface LoadedScript {
  file: string;
  gzip: number;
}

const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);

/**
 * The script files a page in `dist` loads up front: module scripts, island components and
 * renderers, and everything they import statically (dynamic imports wait for interaction and
 * are left out). Inline scripts are measured apart, by `inlineScriptGzip`.
 */
export function pageScripts(dist: string, pagePath: string, base = '/'): LoadedScript[] {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const urls = [...html.matchAll(/(?:<script[^>]*\ssrc|component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Map<string, number>();
  const visit = (url: string) => {
    const file = url.replace(base, '');
    if (seen.has(file)) return;
    const code = readFileSync(join(dist, file), 'utf8');
    seen.set(file, gzipSync(code).length);
    for (const spec of staticImports(code)) visit(new URL(spec, `http://x/${file}`).pathname);
  };
  urls.forEach(visit);
  return [...seen].map(([file, gzip]) => ({ file, gzip }));
}

/** Gzip size of a page's inline scripts together (Astro's island loader, the theme script). */
export function inlineScriptGzip(dist: string, pagePath: string): number {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  return gzipSync(inline).length;
}
