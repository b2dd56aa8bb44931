/** Which part of the site a page belongs to, for the header's `aria-current` mark. */

/** The header's areas; `null` for pages outside them (search, not found). */
export type SiteArea = 'atlas' | 'worksheets' | 'glossary' | 'team' | null;

/** The area of a page from its path inside the site (base already removed, e.g. "chapters/customers/"). */
export function siteArea(path: string): SiteArea {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  if (first === '' || first === 'chapters' || first === 'sections' || first === 'articles') return 'atlas';
  if (first === 'worksheets') return 'worksheets';
  if (first === 'glossary') return 'glossary';
  if (first === 'team') return 'team';
  return null;
}

/** The page's path inside the site: the pathname with the configured base taken off. */
export function pathInSite(pathname: string, base: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, '');
}

/** The themes the header control cycles through, in order; `system` follows the device. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** One of the header control's themes. */
export type ThemeChoice = (typeof THEMES)[number];

/** The theme after `current` when the control is pressed: system, light, dark, then system again. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!;
}

/** Reads a stored theme value: "light" or "dark"; anything else means the system setting. */
export function storedTheme(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}
