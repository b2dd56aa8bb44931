/**
 * A small Atom 1.0 (RFC 4287) document writer for /feed.xml. Pure: plain data in, XML text out;
 * every text and attribute is escaped, and characters XML cannot hold are dropped.
 */

/** One entry of the feed. */
export interface AtomEntry {
  /** A permanent, unique IRI (an absolute URL or a `urn:`). */
  id: string;
  title: string;
  /** Where the entry leads: absolute with a site address, else a path from the site's root. */
  link: string;
  /** YYYY-MM-DD or a full ISO date-time. */
  updated: string;
  summary: string;
  author?: string;
}

/** The feed itself. */
export interface AtomFeedInput {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed mirrors (rel="alternate"). */
  alternate: string;
  author: string;
  entries: readonly AtomEntry[];
}

// Characters allowed in XML 1.0; anything else (control characters, lone surrogates) is dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A date as Atom wants it: a full RFC 3339 date-time (a bare day becomes its midnight, UTC). */
export const atomDate = (day: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : new Date(day).toISOString());

/** The feed's XML text; `updated` is the newest entry's date (or the epoch for an empty feed). */
export function atomFeed(feed: AtomFeedInput): string {
  const e = escapeXml;
  const updated = feed.entries.map((x) => atomDate(x.updated)).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map((x) =>
    [
      '  <entry>',
      `    <id>${e(x.id)}</id>`,
      `    <title>${e(x.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(x.link)}"/>`,
      `    <updated>${atomDate(x.updated)}</updated>`,
      x.author ? `    <author><name>${e(x.author)}</name></author>` : '',
      `    <summary>${e(x.summary)}</summary>`,
      '  </entry>',
    ].filter(Boolean).join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle>${e(feed.subtitle)}</subtitle>` : '',
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].filter((line) => line !== '').join('\n');
}
