/** A section's colour as a hue (0–359): the one it names in sections.yaml, else one derived from its id. */

/** Hues spread around the wheel, for sections that do not name their own. */
const SPREAD = [200, 25, 70, 320, 145, 255, 100, 285, 175, 45];

/** The hue a section id falls on when its content names none: stable for the id, spread across the wheel. */
export function hueFromId(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return SPREAD[hash % SPREAD.length]!;
}

/** The hue of a section: its own `hue` field when set, otherwise `hueFromId(id)`. */
export function sectionHue(section: { id: string; data: { hue?: number | undefined } }): number {
  return section.data.hue ?? hueFromId(section.id);
}

/** The inline style that gives an element (with class `hued`) its section's colours. */
export function hueStyle(hue: number): string {
  return `--hue: ${hue}`;
}
