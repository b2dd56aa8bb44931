/** Site paths for atlas pages, always relative to the configured base so the site works under a sub-path. */

/** Joins the site base (e.g. "/" or "/atlas/") and a path inside the site. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** Path of an article page inside the site. */
export const articlePath = (id: string) => `articles/${id}/`;
/** Path of a section page inside the site. */
export const sectionPath = (id: string) => `sections/${id}/`;
/** Path of a chapter page inside the site. */
export const chapterPath = (id: string) => `chapters/${id}/`;
/** Path of a worksheet page inside the site. */
export const worksheetPath = (id: string) => `worksheets/${id}/`;
/** Path of a glossary entry inside the site. */
export const glossaryPath = (id?: string) => (id ? `glossary/${id}/` : 'glossary/');
