/** Records Content-Security-Policy violations of every page of a browser context, across navigations. */
import type { BrowserContext } from 'playwright-core';
import type { SiteSession } from './browser';

/** One `securitypolicyviolation` event as the page saw it. */
export interface Violation { page: string; directive: string; blocked: string; sample: string }

/** Starts recording violations in `context` into `seen` (a new list unless given); returns that list. */
export async function watchPolicy(context: BrowserContext, seen: Violation[] = []): Promise<Violation[]> {
  await context.exposeBinding('__reportViolation', (_source, v: Violation) => void seen.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (v: object) => void }).__reportViolation;
      report({ page: location.pathname, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  return seen;
}

/** The session with every new context watched; `violations` collects them all. */
export function watchedSession(session: SiteSession): { session: SiteSession; violations: Violation[] } {
  const violations: Violation[] = [];
  const newContext: SiteSession['newContext'] = async (options) => {
    const context = await session.newContext(options);
    await watchPolicy(context, violations);
    return context;
  };
  const open: SiteSession['open'] = async (path, options = {}) => session.open(path, { ...options, context: options.context ?? (await newContext(options)) });
  return { session: { ...session, newContext, open }, violations };
}
