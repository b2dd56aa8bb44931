/** "Keep this roll-up in this browser": the roll-up's JSON under one key, checked with the roll-up's own schema when read back. */
import { rollupJson } from './export';
import { rollupEnvelope, type RepFile } from './schemas';

/** The localStorage key of a kept roll-up. */
export const TEAM_KEY = 'customer-atlas:team-rollup:v1';

/** The files of a kept roll-up, or null when nothing usable is kept (missing, not JSON, or not a roll-up). */
export function readKept(raw: string | null): RepFile[] | null {
  if (raw === null) return null;
  try {
    const parsed = rollupEnvelope.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.files : null;
  } catch {
    return null;
  }
}

/** The text kept for a roll-up. */
export const keptText = (files: readonly RepFile[], now: Date): string => rollupJson(files, now);
