/** Record ids for every worksheet: a prefix, the time it was made and a random UUID from the platform. */

/** Makes a random UUID; tests pass their own. */
export type MakeUuid = () => string;

/** The platform's random UUID (`crypto.randomUUID`, in every browser this site supports). */
export const randomUuid: MakeUuid = () => crypto.randomUUID();

/**
 * A new record id, `<prefix>-<time in base 36>-<UUID>` (letters, digits and dashes, at most 50
 * characters, as the worksheets' schemas require), that is not already a key of `taken`.
 */
export function newId(prefix: string, now: number, taken: Readonly<Record<string, unknown>> = {}, uuid: MakeUuid = randomUuid): string {
  let id: string;
  do id = `${prefix}-${now.toString(36)}-${uuid()}`;
  while (taken[id] !== undefined);
  return id;
}
