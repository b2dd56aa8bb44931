/**
 * A route carried in its own link: `routes/?r=<code>`. The code is a version character ("1")
 * and base64url bytes: the stop count, each stop as varints (its section and article, with its
 * volume and chapter only where they change from the stop before), the name and the note as
 * UTF-8 with their lengths, and a 16-bit checksum. So a stop costs two bytes, and 30 stops with
 * a 40-character name make a link of about 150 characters (under 300 with the origin in front).
 * A name (80) and note (280) at their limits add up to about 480 characters more; a link is
 * refused unread when over MAX_CODE_LENGTH. Decoding never throws: it returns the route
 * (checked by zod and, when given, against the site's articles) or a message for the reader.
 */
import { route as routeSchema, MAX_NAME, MAX_NOTE, type Route } from './schemas';
import { describeIssues, issueMessage } from '../site/zod-messages';
import { ByteReader, checksum16, fromBase64Url, pushVarint, toBase64Url } from './packing';

export type { Route };

/** The version character this site writes first in every code. */
export const LINK_VERSION = '1';
/** The longest code read at all; no valid route comes near it (a test pins that). */
export const MAX_CODE_LENGTH = 2000;

/** Why a code could not be opened. */
export type RouteProblem = 'empty' | 'too-long' | 'version' | 'damaged' | 'unknown-article';
/** What decoding gives: the route, or the problem and a sentence the reader can act on. */
export type RouteDecode = { ok: true; route: Route } | { ok: false; problem: RouteProblem; message: string };

const utf8 = new TextEncoder();
const pad = (n: number) => String(n).padStart(2, '0');

/** The link code of a route (assumed valid: check it with the schema first when it comes from outside). */
export function encodeRoute(route: Route): string {
  const bytes: number[] = [];
  pushVarint(bytes, route.stops.length);
  let chapter = '';
  for (const stop of route.stops) {
    const [volume = 0, chap = 0, section = 0, article = 0] = stop.split('.').map(Number);
    const here = `${volume}.${chap}`;
    pushVarint(bytes, section * 2 + (here === chapter ? 0 : 1));
    if (here !== chapter) (pushVarint(bytes, volume), pushVarint(bytes, chap));
    pushVarint(bytes, article);
    chapter = here;
  }
  for (const text of [route.name, route.note]) {
    const encoded = utf8.encode(text);
    pushVarint(bytes, encoded.length);
    bytes.push(...encoded);
  }
  const sum = checksum16(Uint8Array.from([LINK_VERSION.charCodeAt(0), ...bytes]));
  bytes.push(sum >> 8, sum & 255);
  return LINK_VERSION + toBase64Url(Uint8Array.from(bytes));
}

const damaged = (why: string): RouteDecode => ({
  ok: false,
  problem: 'damaged',
  message: `This route link is damaged: ${why}. Ask whoever sent it for the link again, and copy it whole.`,
});

/** Reads a link code; `known` (article numbers of this site), when given, must hold every stop. */
export function decodeRoute(code: unknown, known?: ReadonlySet<string>): RouteDecode {
  if (typeof code !== 'string' || code.trim() === '') {
    return { ok: false, problem: 'empty', message: 'This route link has no route in it. Open the link exactly as it was sent, or pick a route from Your routes.' };
  }
  if (code.length > MAX_CODE_LENGTH) {
    return {
      ok: false,
      problem: 'too-long',
      message: `This route link is too long (over ${MAX_CODE_LENGTH.toLocaleString('en')} characters), so it was not opened. A real route link is much shorter: ask for the link again.`,
    };
  }
  const version = code[0]!;
  if (version !== LINK_VERSION) {
    return /^[0-9a-z]$/i.test(version)
      ? { ok: false, problem: 'version', message: `This route link was made in another version of the site (link format “${version}”; this site reads format “${LINK_VERSION}”). Reload the page for the newest version and open the link again.` }
      : damaged('it does not start the way a route link starts');
  }
  const bytes = fromBase64Url(code.slice(1));
  if (!bytes) return damaged('its characters do not spell a route (one was changed, added or lost)');
  if (bytes.length < 3) return damaged('it is cut short');
  const body = bytes.subarray(0, -2);
  const sum = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (checksum16(Uint8Array.from([code.charCodeAt(0), ...body])) !== sum) return damaged('part of it was changed or cut off (its check does not match)');
  let parsed: unknown;
  try {
    parsed = readBody(new ByteReader(body));
  } catch (error) {
    return damaged(error instanceof Error ? error.message : 'it cannot be read');
  }
  const checked = routeSchema.safeParse(parsed, { error: issueMessage });
  if (!checked.success) return damaged(describeIssues(checked.error).join('; '));
  const missing = known ? checked.data.stops.filter((stop) => !known.has(stop)) : [];
  if (missing.length > 0) {
    return {
      ok: false,
      problem: 'unknown-article',
      message: `This route link names ${missing.length === 1 ? 'an article' : 'articles'} this site does not have (${missing.join(', ')}). It may come from another edition of the atlas: ask for a new link.`,
    };
  }
  return { ok: true, route: checked.data };
}

/** The fields of a code's body; throws a RangeError (with the reason) where the bytes do not add up. */
function readBody(reader: ByteReader): { name: string; note: string; stops: string[] } {
  const count = reader.varint();
  if (count > reader.left) throw new RangeError('it claims more stops than it holds');
  const stops: string[] = [];
  let volume = 0;
  let chapter = 0;
  for (let i = 0; i < count; i++) {
    const head = reader.varint();
    if (head % 2 === 1) [volume, chapter] = [reader.varint(), reader.varint()];
    else if (i === 0) throw new RangeError('its first stop has no chapter');
    stops.push(`${volume}.${pad(chapter)}.${pad(Math.floor(head / 2))}.${pad(reader.varint())}`);
  }
  const text = (max: number) => {
    const length = reader.varint();
    if (length > max * 3) throw new RangeError('its name or note is longer than a route allows');
    return new TextDecoder('utf-8', { fatal: true }).decode(reader.take(length));
  };
  let name: string;
  let note: string;
  try {
    [name, note] = [text(MAX_NAME), text(MAX_NOTE)];
  } catch (error) {
    throw error instanceof RangeError ? error : new RangeError('its name or note is not valid text');
  }
  if (reader.left > 0) throw new RangeError('it has extra data at the end');
  return { name, note, stops };
}

/** Path of the route page inside the site: "Your routes", or one route when given its code. */
export const routePath = (code?: string): string => (code ? `routes/?r=${code}` : 'routes/');
