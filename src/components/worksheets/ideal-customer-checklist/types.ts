/** Props shared by the checklist's components. */

/** Title and link of each article the checklist points to, by article id (built by the page, so links follow the site base). */
export type ArticleLinks = Record<string, { title: string; href: string }>;
