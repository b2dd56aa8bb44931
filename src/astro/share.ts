/** The build's share settings (ATLAS_SITE, ATLAS_NOINDEX), read once from the environment the build runs in. */
import { shareSettings, type ShareSettings } from '../lib/site/share';

/** Where this build is deployed and whether it asks not to be indexed. */
export const share: ShareSettings = shareSettings(process.env);
