/** Giving unnamed files a rep: files that do not say whose they are are grouped (by folder, else by drop) and asked about once. */
import { readRepName } from '../worksheets/rep-name';
import type { DecodedFile } from './decode';
import type { RepFile } from './schemas';

/** Files that carry no rep's name, asked about together. */
export interface UnnamedGroup {
  id: string;
  /** The folder they came from, offered as the name ("" when they were dropped loose). */
  folder: string;
  files: DecodedFile[];
}

/** Splits decoded files into those with a rep and groups of unnamed ones (one group per folder). */
export function groupUnnamed(files: readonly DecodedFile[], batch: string): { named: RepFile[]; groups: UnnamedGroup[] } {
  const named: RepFile[] = [];
  const groups = new Map<string, UnnamedGroup>();
  for (const f of files) {
    if (f.rep !== null) {
      named.push({ ...f, rep: f.rep });
      continue;
    }
    const slash = f.file.lastIndexOf('/');
    const folder = slash > 0 ? f.file.slice(0, slash).split('/').pop()! : '';
    const id = `${batch}:${folder}`;
    (groups.get(id) ?? groups.set(id, { id, folder, files: [] }).get(id)!).files.push(f);
  }
  return { named, groups: [...groups.values()] };
}

/** The group's files under the name the manager typed, or null when the name is unusable. */
export function nameGroup(group: UnnamedGroup, typed: string): RepFile[] | null {
  const rep = readRepName(typed);
  return rep === null ? null : group.files.map((f) => ({ ...f, rep }));
}
