/** Article links the page passes to the island, by article id (only articles this build has). */
export type ArticleLinks = Record<string, { title: string; href: string }>;
