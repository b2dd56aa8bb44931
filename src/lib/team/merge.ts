/**
 * Merging reps' files into one roll-up. Files are first put in one canonical order (rep, kind,
 * export time, content) and exact repeats dropped, so the result depends only on the set of files:
 * not on the order they were dropped in, and not on a file dropped twice. Within a rep, a later
 * export of the same customer or contact replaces an earlier one. Maps all the way: linear in
 * the number of records (10,000 customers merge in a few milliseconds).
 */
import { accountKey } from '../worksheets/customer-type-quiz/account-names';
import type { CustomerTypeId } from '../worksheets/customer-type-quiz/types';
import type { VerdictId } from '../worksheets/ideal-customer-checklist/criteria';
import type { TierId } from '../worksheets/customer-value/tiers';
import { customerKey, repKey } from './names';
import type { RepFile, TeamContact } from './schemas';

/** One customer of one rep, with what each worksheet says about it. */
export interface RepCustomer {
  key: string;
  name: string;
  verdict: VerdictId | null;
  score: number | null;
  tier: TierId | null;
  contribution: number | null;
  cev: number | null;
  /** Contacts the rep classified at this account, and their customer types (sorted, no repeats). */
  contacts: number;
  types: CustomerTypeId[];
}

/** Everything one rep's files hold. */
export interface RepRollup {
  key: string;
  rep: string;
  files: string[];
  contacts: TeamContact[];
  /** By customer key, sorted. */
  customers: RepCustomer[];
  /** Read article ids, sorted. */
  read: string[];
}

/** The merged roll-up: the files it was made from (canonical order, no repeats) and each rep, sorted by name. */
export interface Rollup {
  files: RepFile[];
  reps: RepRollup[];
}

const fingerprint = (f: RepFile): string => JSON.stringify([repKey(f.rep), f.kind, f.savedAt, f.contacts, f.verdicts, f.values, f.read]);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files in canonical order, exact repeats (same rep, kind and content, whatever the file name) kept once. */
export function canonicalFiles(files: readonly RepFile[]): RepFile[] {
  const keyed = files.map((file) => ({ file, print: fingerprint(file) }));
  keyed.sort((a, b) => compare(repKey(a.file.rep), repKey(b.file.rep)) || compare(a.file.kind, b.file.kind) || compare(a.file.savedAt, b.file.savedAt) || compare(a.print, b.print) || compare(a.file.file, b.file.file) || compare(a.file.rep, b.file.rep));
  const out: RepFile[] = [];
  let last = '';
  for (const { file, print } of keyed) if (print !== last) out.push(file), (last = print);
  return out;
}

const blank = (key: string, name: string): RepCustomer => ({ key, name, verdict: null, score: null, tier: null, contribution: null, cev: null, contacts: 0, types: [] });

function rollRep(files: readonly RepFile[]): RepRollup {
  const contacts = new Map<string, TeamContact>();
  const customers = new Map<string, RepCustomer>();
  const read = new Set<string>();
  const at = (name: string) => {
    const key = customerKey(name);
    let c = customers.get(key);
    if (!c) customers.set(key, (c = blank(key, name)));
    return c;
  };
  for (const f of files) {
    for (const c of f.contacts) contacts.set(`${accountKey(c.account)}\n${c.name.trim().toLowerCase()}`, c);
    for (const v of f.verdicts) Object.assign(at(v.customer), { name: v.customer, verdict: v.verdict, score: v.score });
    for (const v of f.values) Object.assign(at(v.customer), { name: v.customer, tier: v.tier, contribution: v.contribution, cev: v.cev });
    for (const id of f.read) read.add(id);
  }
  const types = new Map<string, Set<CustomerTypeId>>();
  for (const c of contacts.values()) {
    const customer = customers.get(customerKey(c.account)) ?? at(c.account);
    customer.contacts += 1;
    if (c.type) (types.get(customer.key) ?? types.set(customer.key, new Set()).get(customer.key)!).add(c.type);
  }
  for (const [key, set] of types) customers.get(key)!.types = [...set].sort();
  return {
    key: repKey(files[0]!.rep),
    rep: files[0]!.rep,
    files: files.map((f) => f.file),
    contacts: [...contacts.values()],
    customers: [...customers.values()].sort((a, b) => compare(a.key, b.key)),
    read: [...read].sort(),
  };
}

/** Merges files into a roll-up; the same set of files always gives the same roll-up. */
export function mergeFiles(files: readonly RepFile[]): Rollup {
  const canonical = canonicalFiles(files);
  const byRep = new Map<string, RepFile[]>();
  for (const f of canonical) {
    const key = repKey(f.rep);
    (byRep.get(key) ?? byRep.set(key, []).get(key)!).push(f);
  }
  return { files: canonical, reps: [...byRep.values()].map(rollRep) };
}
