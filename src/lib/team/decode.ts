/**
 * Reading the files reps export, for the team roll-up. Each file goes to its own worksheet's
 * importer (the quiz's JSON and CSV readers, the shared envelope check with the checklist's and
 * the value worksheet's schemas, the reading-progress schema), so a file the roll-up accepts is
 * one its worksheet would import. What comes back is either the file in the roll-up's shape or
 * what was wrong, in plain words, naming the file.
 */
import { classify } from '../worksheets/customer-type-quiz/classify';
import { quizImportWording, readQuizCsv } from '../worksheets/customer-type-quiz/import';
import { quizWorksheet } from '../worksheets/customer-type-quiz/schemas';
import { assessRatings } from '../worksheets/ideal-customer-checklist/assess';
import { criteria } from '../worksheets/ideal-customer-checklist/criteria';
import { customerList } from '../worksheets/ideal-customer-checklist/records';
import { checklistWorksheet } from '../worksheets/ideal-customer-checklist/schemas';
import { assumptionsOf, customerEntries } from '../worksheets/customer-value/records';
import { customerValueWorksheet } from '../worksheets/customer-value/schemas';
import { scoreList } from '../worksheets/customer-value/score';
import { readRepName, repOfCsv } from '../worksheets/rep-name';
import { progressEnvelope } from '../reading-progress/schemas';
import { readImportFile, type ImportWording } from '../worksheets/import';
import { parseCsv } from '../worksheets/csv';
import { counted } from '../site/plural';
import { describeIssues, issueMessage } from '../site/zod-messages';
import { readChecklistCsv, readValueCsv } from './decode-csv';
import { emptyRepFile, rollupEnvelope, type RepFile } from './schemas';

/** A file read for the roll-up, before its rep is known for sure (null: the file does not say). */
export type DecodedFile = Omit<RepFile, 'rep'> & { rep: string | null };

/** What reading one dropped file gives. */
export type Decoded = { ok: true; name: string; files: DecodedFile[] } | { ok: false; name: string; problems: string[] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field ids of the checklist's and the value worksheet's records, in the words their pages use. */
const fieldWords: Record<string, string> = {
  ...Object.fromEntries(criteria.map((c) => [c.id, `rating of “${c.name}”`])),
  addedAt: 'date added', costToServe: 'cost to serve', lastOrder: 'last order date', referralValue: 'value per referral', retention: 'retention rate', years: 'expected years',
};

/** How the roll-up words problems in the checklist's and the value worksheet's files: records by their number in the file, and their name when it is readable. */
const wordingFor = (collection: string, noun: string): ImportWording => {
  const records = (data: unknown): Loose => (isObject(data) && isObject(data[collection]) ? data[collection] : {});
  const nameOf = (record: unknown): string => {
    const name = isObject(record) && isObject(record['value']) ? record['value']['name'] : undefined;
    return typeof name === 'string' && name.trim() !== '' ? ` (“${name.trim().slice(0, 40)}”)` : '';
  };
  return {
    held: (data) => `The file holds ${counted(Object.keys(records(data)).length, noun)}.`,
    explain: (issues, data) =>
      issues.map((issue) => {
        const [part, id, , outer, inner] = issue.path as (string | undefined)[];
        const field = inner ?? outer;
        if (part !== collection || id === undefined) return `Part of the file (${String(part ?? 'its contents')}) is damaged: it ${issue.message.replace(/\.$/, '')}.`;
        const said = issue.message.replace(/\.$/, '');
        const words = /^[A-Z]/.test(said) ? `is not right: ${said[0]!.toLowerCase()}${said.slice(1)}` : said;
        const which = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${Object.keys(records(data)).indexOf(id) + 1}${nameOf(records(data)[id])}`;
        return field ? `${which}: the ${fieldWords[field] ?? field} ${words}.` : `${which} is damaged: ${said}.`;
      }),
  };
};

const fail = (name: string, problems: string[]): Decoded => ({ ok: false, name, problems });
const one = (name: string, file: DecodedFile): Decoded => ({ ok: true, name, files: [file] });
const base = (name: string, rep: string | null, kind: RepFile['kind'], savedAt: unknown): DecodedFile => ({
  ...emptyRepFile(name, 'x', kind, typeof savedAt === 'string' ? savedAt.slice(0, 40) : ''),
  rep,
});

function readJson(name: string, json: Loose, text: string): Decoded {
  const rep = readRepName(json['rep']);
  if (json['kind'] === 'team-rollup') {
    const parsed = rollupEnvelope.safeParse(json, { error: issueMessage });
    return parsed.success ? { ok: true, name, files: parsed.data.files } : fail(name, ['This team roll-up file is damaged.', ...describeIssues(parsed.error)]);
  }
  if (json['kind'] === 'reading-progress') {
    const parsed = progressEnvelope.safeParse(json, { error: issueMessage });
    if (!parsed.success) return fail(name, ['This reading-progress file is damaged.', ...describeIssues(parsed.error)]);
    return one(name, { ...base(name, rep, 'progress', json['savedAt']), read: Object.keys(parsed.data.articles).sort() });
  }
  const worksheet = json['worksheet'];
  if (worksheet === quizWorksheet.worksheet) {
    const read = readImportFile(quizWorksheet, text, quizImportWording);
    if (!read.ok) return fail(name, [read.held, ...read.problems]);
    const contacts = Object.values(read.data.contacts)
      .filter((r) => !r.deleted)
      .map(({ value: c }) => { const result = classify(c.answers); return { account: c.account, name: c.name, type: result.status === 'classified' ? result.primary : null }; });
    return one(name, { ...base(name, rep, 'quiz', json['savedAt']), contacts });
  }
  if (worksheet === checklistWorksheet.worksheet) {
    const read = readImportFile(checklistWorksheet, text, wordingFor('customers', 'customer'));
    if (!read.ok) return fail(name, [read.held, ...read.problems]);
    // The checklist's own scoring, without its ranking: the roll-up sorts by name, so the sort the page needs is skipped.
    const verdicts = customerList(read.data).map((c) => { const result = assessRatings(c.ratings); return { customer: c.name, verdict: result.verdict, score: result.score }; });
    return one(name, { ...base(name, rep, 'checklist', json['savedAt']), verdicts });
  }
  if (worksheet === customerValueWorksheet.worksheet) {
    const read = readImportFile(customerValueWorksheet, text, wordingFor('customers', 'customer'));
    if (!read.ok) return fail(name, [read.held, ...read.problems]);
    const scored = scoreList(customerEntries(read.data), assumptionsOf(read.data), new Date());
    return one(name, { ...base(name, rep, 'value', json['savedAt']), values: scored.customers.map((s) => ({ customer: s.customer.name, tier: s.tier, contribution: s.contribution, cev: s.cev })) });
  }
  return fail(name, [typeof worksheet === 'string' ? `It holds the “${worksheet}” worksheet, which the team roll-up does not read.` : 'It is a Customer Atlas file, but not a worksheet, reading-progress or roll-up export.']);
}

function readCsv(name: string, text: string): Decoded {
  // The value worksheet's CSV opens with "# assumption: value" lines before its header.
  const all = parseCsv(text);
  const start = all.findIndex((row) => !row[0]!.startsWith('#'));
  const rows = start < 0 ? [] : all.slice(start);
  const rep = repOfCsv(rows);
  const lead = rows[0]?.[0] === 'Rep' ? 1 : 0;
  const header = (rows[0] ?? []).slice(lead);
  const body = rows.slice(1).map((r) => r.slice(lead));
  const has = (...columns: string[]) => columns.every((c) => header.includes(c));
  if (has('Account', 'Name', 'Customer type')) {
    const read = readQuizCsv(text, quizWorksheet.empty());
    if (!read.ok) return fail(name, [read.held, ...read.problems]);
    const contacts = Object.values(read.data.contacts).map(({ value: c }) => { const result = classify(c.answers); return { account: c.account, name: c.name, type: result.status === 'classified' ? result.primary : null }; });
    return one(name, { ...base(name, rep, 'quiz', ''), contacts });
  }
  if (has('Customer', 'Score', 'Verdict')) {
    const read = readChecklistCsv(header, body);
    return read.ok ? one(name, { ...base(name, rep, 'checklist', ''), verdicts: read.rows }) : fail(name, read.problems);
  }
  if (has('Tier', 'CEV', 'Yearly contribution')) {
    const read = readValueCsv(header, body);
    return read.ok ? one(name, { ...base(name, rep, 'value', ''), values: read.rows }) : fail(name, read.problems);
  }
  return fail(name, [
    rows.length === 0
      ? 'The file is empty.'
      : 'This CSV is not one of the worksheets’ exports: it has none of their columns (“Customer type” for the quiz, “Verdict” for the checklist, “Tier” for the value worksheet).',
  ]);
}

/** Reads one dropped file: JSON (a worksheet, reading-progress or roll-up export) or CSV (a worksheet's CSV export). */
export function decodeFile(name: string, text: string): Decoded {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return fail(name, ['The file is empty.']);
  if (/^\s*[{[]/.test(clean)) {
    let json: unknown;
    try {
      json = JSON.parse(clean);
    } catch {
      return fail(name, ['It looks like JSON but is cut short or damaged, so it cannot be read. Export it again.']);
    }
    if (!isObject(json) || json['app'] !== 'customer-atlas') return fail(name, ['It is JSON, but not a Customer Atlas export (it has no "app": "customer-atlas" marker).']);
    return readJson(name, json, clean);
  }
  if (/\.json$/i.test(name)) return fail(name, ['It is named .json but holds no JSON, so it cannot be read. Export it again.']);
  return readCsv(name, clean);
}
