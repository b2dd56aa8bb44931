/**
 * Astro writes the islands' one style rule (`astro-island{display:contents}`) as a `<style>` in
 * the body, next to the first island. A style element in the body is not valid HTML (the W3C Nu
 * checker refuses it), so the build moves it to the end of the head, where it applies before any
 * island is parsed. Its text is unchanged, so its Content-Security-Policy hash still holds.
 */

const islandStyle = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/** The page with the islands' style element moved from the body to the end of the head (once); a page without one is returned as it was. */
export function hoistIslandStyle(html: string): string {
  const head = html.indexOf('</head>');
  const found = [...html.matchAll(islandStyle)];
  if (head < 0 || found.length === 0) return html;
  const style = found[0]![0];
  const inBody = found.filter((m) => m.index! > head);
  if (inBody.length === 0) return html;
  const inHead = found.some((m) => m.index! < head);
  let out = html.slice(head).replace(islandStyle, '');
  out = html.slice(0, head) + (inHead ? '' : style) + out;
  return out;
}
