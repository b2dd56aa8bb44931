/**
 * Short forms of customer names that keep what tells them apart: a long name is cut at its end,
 * unless its start is shared with another name ("Stark Logistics 98 …" and "Stark Logistics 99 …"),
 * then the cut keeps the start's first word and the part where the names differ.
 */

/** Length of the common start of two strings. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A name cut to at most `max` characters (an ellipsis included). `shared` is how many of its
 * first characters it shares with another name: when the cut would fall inside them, the start
 * is shortened instead, so the differing part stays in view.
 */
export function cutName(name: string, max: number, shared = 0): string {
  if (name.length <= max) return name;
  if (shared < max - 4) return `${name.slice(0, max - 1).trimEnd()}…`;
  const firstWord = name.slice(0, Math.min(name.search(/\s|$/), Math.floor(max / 3)));
  const room = max - firstWord.length - 1;
  let from = Math.max(0, Math.min(shared - Math.floor(room / 3), name.length - room));
  const space = name.indexOf(' ', from);
  if (from > 0 && name[from - 1] !== ' ' && space >= 0 && space + 1 <= shared) from = space + 1;
  const tail = name.slice(from);
  return tail.length <= room ? `${firstWord}…${tail}` : `${firstWord}…${tail.slice(0, room - 1).trimEnd()}…`;
}

/** The short form of every name in a list, each cut so it stays apart from the others (sorted neighbours share the longest starts). */
export function distinctCuts(names: readonly string[], max: number): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const cuts = new Map<string, string>();
  sorted.forEach((name, i) => {
    const shared = Math.max(i > 0 ? commonStart(name, sorted[i - 1]!) : 0, i + 1 < sorted.length ? commonStart(name, sorted[i + 1]!) : 0);
    cuts.set(name, cutName(name, max, shared));
  });
  return cuts;
}
