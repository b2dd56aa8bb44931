/**
 * The reading routes a manager saved in this browser ("Your routes"), as the roll-up needs them to
 * show each rep's progress along each: a title and the stops as article ids. A saved route that no
 * longer decodes, or names an article the atlas does not have, is left out.
 */
import { decodeRoute } from '../routes/route-link';
import { routeTitle } from '../routes/route-plan';
import { savedRoutesEnvelope } from '../routes/schemas';
import type { RouteRef, SectionRef } from './progress';

/** Article ids by article number, from the atlas's sections. */
export const idsByNumber = (sections: readonly SectionRef[]): Map<string, string> =>
  new Map(sections.flatMap((s) => s.numbers.map((n, i) => [n, s.articles[i]!] as const)));

/** The saved routes (the raw "Your routes" value) as titles and article ids; [] when there are none or they cannot be read. */
export function savedTeamRoutes(raw: string | null, ids: ReadonlyMap<string, string>): RouteRef[] {
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const saved = savedRoutesEnvelope.safeParse(json);
  if (!saved.success) return [];
  const known = new Set(ids.keys());
  return saved.data.routes.flatMap(({ code }) => {
    const read = decodeRoute(code, known);
    return read.ok ? [{ name: routeTitle(read.route.name, read.route.stops.length), stops: read.route.stops.map((n) => ids.get(n)!) }] : [];
  });
}
