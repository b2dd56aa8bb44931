/**
 * The byte-level tools of a route link: unsigned varints (LEB128), base64url without padding,
 * and a 16-bit checksum. Pure and small, so the route page and the builder share them.
 */

/** Appends `value` (a whole number from 0 to 2^31 - 1) to `out` as a varint: 7 bits a byte, low bits first. */
export function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
}

/** Reads bytes in order; every read past the end or of a varint too long throws a RangeError. */
export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  /** Bytes not read yet. */
  get left(): number {
    return this.bytes.length - this.at;
  }
  /** The next varint (at most 4 bytes, so at most 2^28 - 1). */
  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('a number in it runs on too long');
  }
  /** The next byte. */
  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('it ends too early');
    return this.bytes[this.at++]!;
  }
  /** The next `count` bytes. */
  take(count: number): Uint8Array {
    if (count > this.left) throw new RangeError('it ends too early');
    const slice = this.bytes.subarray(this.at, this.at + count);
    this.at += count;
    return slice;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding (the characters a query value keeps as they are). */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return text;
}

/** base64url text back to bytes, or null when it holds a character outside base64url or has an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let n = 0;
    for (let c = 0; c < 4; c++) {
      const v = c < group.length ? VALUE.get(group[c]!) : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    const bytes = group.length - 1;
    for (let b = 0; b < bytes; b++) out.push((n >> (16 - 8 * b)) & 255);
    // Bits past the last byte must be zero, so each byte string has exactly one spelling.
    if (bytes < 3 && (n & ((1 << (24 - 8 * bytes)) - 1)) !== 0) return null;
  }
  return Uint8Array.from(out);
}

/** A 16-bit checksum (FNV-1a, folded): catches a changed, lost or added character in a link. */
export function checksum16(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return ((hash >>> 16) ^ hash) & 0xffff;
}
