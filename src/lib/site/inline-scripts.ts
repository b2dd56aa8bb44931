/**
 * The scripts that must run inline, before the first paint, kept here as strings so the
 * pages print them (`<script is:inline set:html={…}>`) and astro.config.mjs hashes the very same
 * text into the Content-Security-Policy (security.csp.scriptDirective.hashes). Edit one here and
 * the policy follows at the next build; a script typed straight into a page would be blocked.
 */

/** Applies the remembered theme before the first paint; without one the system setting rules. */
export const themeScript =
  "try { const t = localStorage.getItem('atlas-theme'); if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t; } catch {}";

/**
 * Where the chapter map shows every line (see atlas.css), opens the folds too, so their state reads
 * right, and takes their summaries (then only a count) out of the tab order.
 */
export const chapterMapScript =
  "if (matchMedia('(min-width: 48rem)').matches) for (const d of document.querySelectorAll('[data-chapter-map] details')) { d.open = true; d.querySelector('summary').tabIndex = -1; }";

/**
 * With a query or filter in the URL, results are coming, so their box (the script's previous
 * sibling) holds a screen's height and the footer waits below it instead of jumping down.
 */
export const searchPendingScript =
  "(function (root, params) { if (['q', 'type', 'section', 'chapter'].some(function (k) { return (params.get(k) || '').trim(); })) root.setAttribute('data-pending', ''); })(document.currentScript.previousElementSibling, new URLSearchParams(location.search));";

/** On the route page, says before the first paint whether one route (a link) or the list shows, so neither view flashes. */
export const routeViewScript = "document.documentElement.dataset.routeView = /[?&]r=/.test(location.search) ? 'one' : 'list';";

/** The checklist's storage key (worksheet-state's storageKey of the checklist; a unit test keeps the two equal). */
export const checklistSavedKey = 'customer-atlas:ideal-customer-checklist:v1';

/** On the checklist, marks a page with saved customers before the first paint, so the space their list takes is kept from the start. */
export const checklistSavedScript = `try { if (localStorage.getItem(${JSON.stringify(checklistSavedKey)})) document.documentElement.dataset.checklistSaved = ''; } catch {}`;

/** Every inline script of the site, for the policy's hashes. */
export const inlineScripts: readonly string[] = [themeScript, chapterMapScript, searchPendingScript, routeViewScript, checklistSavedScript];
