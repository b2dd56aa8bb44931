/** Anchors of the parts of a booklet page, shared by its contents list and the parts themselves. */

/** The id of an article's title in a booklet. */
export const articleAnchor = (articleId: string): string => `article-${articleId}`;
/** The id of a section's title in a chapter booklet. */
export const sectionAnchor = (sectionId: string): string => `section-${sectionId}`;
