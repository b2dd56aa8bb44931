/**
 * Reading progress in the roll-up: each rep's read articles counted per section and chapter of
 * the atlas and, once routes exist, per route (`routeProgress` takes any list of routes, so the
 * roll-up can show them as soon as reading-progress exports carry them).
 */

/** A section of the atlas as the team page knows it: its number, title and article ids in order. */
export interface SectionRef {
  id: string;
  number: string;
  title: string;
  articles: string[];
  /** The articles' numbers ("5.03.02.01"), in the same order: routes name their stops by number. */
  numbers: string[];
}

/** Read articles out of a total. */
export interface Progress {
  read: number;
  total: number;
}

/** How many of each section's articles a rep has read, in atlas order. */
export function sectionProgress(read: readonly string[], sections: readonly SectionRef[]): (SectionRef & Progress)[] {
  const done = new Set(read);
  return sections.map((s) => ({ ...s, read: s.articles.filter((id) => done.has(id)).length, total: s.articles.length }));
}

/** Articles read out of all the sections' articles. */
export function totalProgress(read: readonly string[], sections: readonly SectionRef[]): Progress {
  const done = new Set(read);
  const ids = sections.flatMap((s) => s.articles);
  return { read: ids.filter((id) => done.has(id)).length, total: ids.length };
}

/** A route as the roll-up needs it: a name and its stops (article ids, in order). */
export interface RouteRef {
  name: string;
  stops: string[];
}

/** A rep's progress on each route: stops read, stops in all, and the next unread stop (null when done). */
export function routeProgress(read: readonly string[], routes: readonly RouteRef[]): (RouteRef & Progress & { next: string | null })[] {
  const done = new Set(read);
  return routes.map((r) => ({ ...r, read: r.stops.filter((id) => done.has(id)).length, total: r.stops.length, next: r.stops.find((id) => !done.has(id)) ?? null }));
}

/** "3 of 6" or "none of 6". */
export const progressLabel = ({ read, total }: Progress): string => (read === 0 ? `none of ${total}` : `${read} of ${total}`);
