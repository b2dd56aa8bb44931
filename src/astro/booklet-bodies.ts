/**
 * Each article's body as rendered for the booklets, kept for the rest of the build: the section
 * booklet and the chapter booklet print the same bodies, so each is rendered once and then only
 * scoped (ids prefixed, headings moved down) for the page it lands on. Keyed by article id; a
 * body is the same on every page, so the cache cannot change what a page shows.
 */
const bodies = new Map<string, Promise<string>>();

/** The article's booklet body, rendered by `render` the first time it is asked for. */
export function bookletBody(articleId: string, render: () => Promise<string>): Promise<string> {
  let body = bodies.get(articleId);
  if (!body) bodies.set(articleId, (body = render()));
  return body;
}
