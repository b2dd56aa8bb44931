/** Record ids for every worksheet: a prefix, the time it was made and a random UUID from the platform. */

/** Makes a random UUID; tests pass their own. */
export type MakeUuid = () => string;

/**
 * The platform's random UUID: `crypto.randomUUID`, which browsers give only on https and
 * localhost; on a plain-http intranet host the same version-4 layout from `crypto.getRandomValues`,
 * which every context has.
 */
export const randomUuid: MakeUuid = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : uuidFromBytes(crypto.getRandomValues(new Uint8Array(16))));

/** A version-4 UUID from 16 random bytes (RFC 9562: version and variant bits set). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
