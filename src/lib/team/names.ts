/** Names compared across reps: the same customer typed two ways ("ACME Inc.", "Acme") is one customer. */

const suffixes = /\s+(inc|incorporated|ltd|limited|llc|llp|gmbh|ag|sa|sas|plc|co|corp|corporation|company|bv|nv|srl|oy|ab|pty)$/;

/** A customer or account name as compared: accents, case, punctuation and a trailing company form ignored. */
export function customerKey(name: string): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ');
  const words = plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const bare = words.replace(suffixes, '').replace(suffixes, '').trim();
  return bare || words || name.trim().toLowerCase();
}

/** A rep's name as compared: case and spacing ignored. */
export const repKey = (rep: string): string => rep.replace(/\s+/g, ' ').trim().toLowerCase();
