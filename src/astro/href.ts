/** Builds links inside the site under the configured base, so the site also works under a sub-path. */
import { base } from 'astro:config/client';
import { withBase } from '../lib/atlas/urls';

/** A site-relative path turned into a link that works under any base. */
export const href = (path = ''): string => withBase(base, path);
