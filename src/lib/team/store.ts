/** "Keep this roll-up in this browser": the roll-up's JSON under one key, read back through the same decoder as a dropped file. */
import { decodeFile } from './decode';
import { rollupJson } from './export';
import type { RepFile } from './schemas';

/** The localStorage key of a kept roll-up. */
export const TEAM_KEY = 'customer-atlas:team-rollup:v1';

/** The files of a kept roll-up, or null when nothing usable is kept. */
export function readKept(raw: string | null): RepFile[] | null {
  if (raw === null) return null;
  const read = decodeFile('kept roll-up', raw);
  return read.ok && read.files.every((f) => f.rep !== null) ? (read.files as RepFile[]) : null;
}

/** The text kept for a roll-up. */
export const keptText = (files: readonly RepFile[], now: Date): string => rollupJson(files, now);
