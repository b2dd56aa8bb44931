/**
 * The shapes of routes, stated once: a route as a link carries it (name, note, stops by article
 * number) and the routes a rep saved in this browser. zod/mini, like reading progress, so the
 * route page's script stays small. Types are inferred from the schemas.
 */
import * as z from 'zod/mini';

/** The most characters in a route's name. */
export const MAX_NAME = 80;
/** The most characters in a route's note. */
export const MAX_NOTE = 280;
/** The most stops on one route. */
export const MAX_STOPS = 40;
/** The most routes kept in "Your routes". */
export const MAX_SAVED = 100;

const ARTICLE_NUMBER = /^[1-9]\d{0,2}\.\d\d\.\d\d\.\d\d$/;
// Control characters would not survive a copy and paste of the page; a note may hold line breaks.
const NAME_CONTROL = /[\u0000-\u001f\u007f]/;
const NOTE_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
const wellFormed = (text: string) => text.isWellFormed();

/** An article number as a route names a stop, e.g. "5.03.02.01". */
export const stopNumber = z.string().check(z.refine((n) => ARTICLE_NUMBER.test(n), 'is not an article number like 5.03.02.01'));

const routeText = {
  name: z.string().check(
    z.maxLength(MAX_NAME),
    z.refine((t) => wellFormed(t) && !NAME_CONTROL.test(t), 'holds characters a name cannot have (line breaks or control characters)'),
  ),
  note: z.string().check(
    z.maxLength(MAX_NOTE),
    z.refine((t) => wellFormed(t) && !NOTE_CONTROL.test(t), 'holds control characters a note cannot have'),
  ),
};
const stopList = (min: number) =>
  z.array(stopNumber).check(
    z.minLength(min),
    z.maxLength(MAX_STOPS),
    z.refine((stops) => new Set(stops).size === stops.length, 'hold the same article more than once'),
  );

/** A route: its name and note (either may be empty) and its stops in order, each article once. */
export const route = z.object({ ...routeText, stops: stopList(1) });

/** A route being planned, kept in this browser so a reload loses nothing: like a route, but it may have no stops yet. */
export const routeDraft = z.object({ ...routeText, stops: stopList(0) });

/** A route as the page works with it. */
export type Route = z.infer<typeof route>;

/** One route in "Your routes": its link code (checked again whenever it is read) and when it was saved. */
export const savedRoute = z.object({ code: z.string().check(z.minLength(2), z.maxLength(2000)), savedAt: z.number().check(z.gte(0)) });

/** The saved envelope of "Your routes", under SAVED_ROUTES_KEY. */
export const savedRoutesEnvelope = z.object({
  app: z.literal('customer-atlas'),
  kind: z.literal('routes'),
  version: z.literal(1),
  routes: z.array(savedRoute).check(z.maxLength(MAX_SAVED)),
});

/** One saved route. */
export type SavedRoute = z.infer<typeof savedRoute>;
