/**
 * Shareable pages: where a deployment lives (ATLAS_SITE), whether it asks not to be indexed
 * (ATLAS_NOINDEX), and for each page its canonical address, Open Graph type and sitemap entry.
 * Pure: environment values and paths in, settings and text out.
 */
import { z } from 'astro/zod';

/** How the build is to present itself to search engines and link previews. */
export interface ShareSettings {
  /** The site's origin (scheme and host), e.g. "https://atlas.example.com"; absent when ATLAS_SITE is unset. */
  site?: string;
  /** True when the deployment asks not to be indexed. */
  noindex: boolean;
}

const siteSchema = z
  .string()
  .trim()
  .pipe(
    z.url({ protocol: /^https?$/, error: 'ATLAS_SITE must be an address like https://atlas.example.com' }).refine(
      (value) => {
        if (!URL.canParse(value)) return true; // the url check above has already said what is wrong
        const url = new URL(value);
        return url.pathname === '/' && url.search === '' && url.hash === '';
      },
      { error: 'ATLAS_SITE must be the origin only, like https://atlas.example.com: put a sub-path in ATLAS_BASE' },
    ),
  );

const flagSchema = z.enum(['', '0', '1', 'false', 'true'], { error: 'ATLAS_NOINDEX must be 1 (ask not to be indexed) or 0, or be left unset' });

/** Reads ATLAS_SITE and ATLAS_NOINDEX; throws an Error whose message names the variable and the fix. */
export function shareSettings(env: Record<string, string | undefined>): ShareSettings {
  const rawSite = env['ATLAS_SITE'] ?? '';
  const noindexFlag = flagSchema.safeParse((env['ATLAS_NOINDEX'] ?? '').trim().toLowerCase());
  if (!noindexFlag.success) throw new Error(noindexFlag.error.issues[0]!.message);
  const noindex = noindexFlag.data === '1' || noindexFlag.data === 'true';
  if (rawSite.trim() === '') return { noindex };
  const site = siteSchema.safeParse(rawSite);
  if (!site.success) throw new Error(`${site.error.issues[0]!.message} (got "${rawSite}")`);
  return { site: new URL(site.data).origin, noindex };
}

/** What a page tells link previews and crawlers, from its path inside the site (base removed, e.g. "articles/unqualify-fast/"). */
export interface PageShare {
  /** Open Graph type: "article" for articles, "website" for everything else. */
  ogType: 'article' | 'website';
  /** Path inside the site of the page's canonical address (a booklet points at its section or chapter); null for pages that have none (not found, offline). */
  canonicalPath: string | null;
  /** Whether the page belongs in the sitemap. */
  inSitemap: boolean;
}

/** Share facts of one page from its path inside the site. */
export function pageShare(path: string): PageShare {
  const clean = path.replace(/^\/+/, '');
  const first = clean.split('/')[0] ?? '';
  const ogType = first === 'articles' ? 'article' : 'website';
  if (/^(404(\.html)?|404\/|offline\/?)$/.test(clean)) return { ogType, canonicalPath: null, inSitemap: false };
  const booklet = /^((?:sections|chapters)\/[^/]+\/)print\/$/.exec(clean);
  if (booklet) return { ogType, canonicalPath: booklet[1]!, inSitemap: false };
  // "Your reading" shows what this browser has read: nothing there for a crawler.
  const personal = clean === 'progress/';
  return { ogType, canonicalPath: clean, inSitemap: !personal && !/\.(json|xml|txt|md)$/.test(clean) };
}

/** An absolute address from the site's origin, the base and a path inside the site. */
export function absoluteUrl(site: string, base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${head}${path.replace(/^\/+/, '')}`, site).href;
}

/** The text of robots.txt: everything allowed and, with a site, where the sitemap is; with noindex, the whole site disallowed. */
export function robotsTxt(settings: ShareSettings, base: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  if (settings.noindex) return `User-agent: *\nDisallow: ${head}\n`;
  const lines = ['User-agent: *', 'Allow: /'];
  if (settings.site) lines.push('', `Sitemap: ${absoluteUrl(settings.site, base, 'sitemap-index.xml')}`);
  return `${lines.join('\n')}\n`;
}
