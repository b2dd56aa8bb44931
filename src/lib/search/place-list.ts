/** Builds search-places.json (the chapters, sections and worksheets search offers for a first letter) from the atlas. Pure. */
import type { Atlas } from '../atlas/atlas';
import { chapterPath, sectionPath, worksheetPath } from '../atlas/urls';
import { sectionHue } from '../atlas/section-hue';
import { worksheets } from '../worksheets/catalogue';
import type { Place } from './places';

/** Every chapter and section in atlas order, then the worksheets; `link` turns a site path into a link. */
export function searchPlaces(atlas: Atlas, link: (path: string) => string): Place[] {
  const places: Place[] = [];
  for (const volume of atlas.volumes) {
    for (const chapter of volume.chapters) {
      const first = chapter.sections[0];
      places.push({
        kind: 'Chapter',
        number: chapter.data.number,
        title: chapter.data.title,
        summary: chapter.data.summary,
        href: link(chapterPath(chapter.id)),
        within: volume.data.title,
        hue: first ? sectionHue(first) : undefined,
      });
      for (const section of chapter.sections) {
        places.push({
          kind: 'Section',
          number: section.data.number,
          title: section.data.title,
          summary: section.data.summary,
          href: link(sectionPath(section.id)),
          within: chapter.data.title,
          hue: sectionHue(section),
        });
      }
    }
  }
  for (const [id, sheet] of Object.entries(worksheets)) {
    places.push({ kind: 'Worksheet', number: '', title: sheet.title, summary: sheet.pitch, href: link(worksheetPath(id)), within: 'Worksheets' });
  }
  return places;
}
