/**
 * The shape of saved reading progress, stated once. zod/mini, like the worksheets, so the script
 * that checks it stays small. Types are inferred from the schema.
 */
import * as z from 'zod/mini';

/** An article id as the site writes it (the file name of the article). A refinement, not z.regex: the worksheets' shared zod chunk has no regex check, and this keeps it so. */
export const articleId = z.string().check(z.refine((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)));

/** How an article came to count as read: its end was reached, or the reader marked it. */
export const readHow = z.enum(['end', 'marked']);

/** One read article: when (ms since 1970) and how. */
export const readEntry = z.object({ readAt: z.number().check(z.gte(0)), how: readHow });

/** The saved envelope: app marker, kind, version, and read articles by id. */
export const progressEnvelope = z.object({
  app: z.literal('customer-atlas'),
  kind: z.literal('reading-progress'),
  version: z.literal(1),
  savedAt: z.optional(z.string()),
  /** The rep's name, in an export (see src/lib/worksheets/rep-name.ts). */
  rep: z.optional(z.string()),
  articles: z.record(articleId, readEntry),
});

/** Reading progress as the page works with it. */
export type ReadingProgress = z.infer<typeof progressEnvelope>['articles'];
/** One read article. */
export type ReadEntry = z.infer<typeof readEntry>;

/** reading-order.json as home fetches it: every article's id, title and site path, in reading order. */
export const readingOrderList = z.array(z.object({ id: articleId, title: z.string(), path: z.string() }));
