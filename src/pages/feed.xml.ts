/**
 * /feed.xml: the What's new list as an Atom feed. With a site address (ATLAS_SITE) every link is
 * absolute; without one the links are paths from the site's root and ids are `urn:`s, still valid Atom.
 */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/articles/atom-feed';
import { articlePath } from '../lib/atlas/urls';
import { whatsNew } from '../lib/articles/whats-new';
import { loadAtlas } from '../astro/atlas';
import { href } from '../astro/href';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await loadAtlas();
  const at = (path: string) => (site ? new URL(href(path), site).href : href(path));
  const entries = whatsNew([...atlas.articles.values()]).map((entry) => ({
    id: site ? `${at(articlePath(entry.id))}#${entry.kind}-${entry.date}` : `urn:customer-atlas:${entry.id}:${entry.kind}:${entry.date}`,
    title: `${entry.kind === 'changed' ? 'Changed' : 'Reviewed'}: ${entry.number} ${entry.title}`,
    link: at(articlePath(entry.id)),
    updated: entry.date,
    summary: entry.note,
    author: entry.owner,
  }));
  const body = atomFeed({
    id: site ? at('whats-new/') : 'urn:customer-atlas:whats-new',
    title: 'Customer Atlas: what’s new',
    subtitle: 'Changes and reviews of the articles, newest first.',
    self: at('feed.xml'),
    alternate: at('whats-new/'),
    author: 'Customer Atlas',
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
