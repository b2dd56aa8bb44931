/**
 * "Is this page useful?" without tracking. A "No" note goes to the article's owner only as an
 * email the reader opens (a prefilled mailto: link), or, with no address configured, is kept
 * in this browser (localStorage, zod-checked) until the reader downloads or deletes it.
 *
 * Addresses come from ATLAS_FEEDBACK_EMAIL at build time: one address for every owner
 * (`atlas@example.com`), or owners by name with `*` for the rest
 * (`Sales Operations=ops@example.com; *=atlas@example.com`).
 *
 * Saved shape under FEEDBACK_KEY: `{ app, kind: "article-feedback", version: 1, savedAt, notes: [...] }`.
 */
import * as z from 'zod/mini';

/** Where kept notes live in localStorage. */
export const FEEDBACK_KEY = 'customer-atlas:feedback:v1';

/** The longest note kept or mailed (a mail client's address bar copes with it). */
export const NOTE_MAX = 1500;

const email = z.email();

/** One kept note: which article, its owner, what the reader wrote and when (ISO date-time). */
export const feedbackNote = z.object({
  article: z.string().check(z.minLength(1)),
  number: z.string(),
  title: z.string(),
  owner: z.string(),
  note: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX)),
  at: z.string(),
});

/** The saved envelope. */
export const feedbackEnvelope = z.object({
  app: z.literal('customer-atlas'),
  kind: z.literal('article-feedback'),
  version: z.literal(1),
  savedAt: z.optional(z.string()),
  notes: z.array(feedbackNote),
});

/** One kept note. */
export type FeedbackNote = z.infer<typeof feedbackNote>;

/** The address for an owner's feedback from ATLAS_FEEDBACK_EMAIL's text, or null when none applies; throws a readable error on a bad address. */
export function feedbackAddressFor(raw: string | undefined, owner: string): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const pairs = text.includes('=')
    ? text.split(/[;\n]/).map((part) => part.split('=').map((s) => s.trim())).filter((p) => p[0] !== '')
    : [['*', text]];
  const table = new Map<string, string>();
  for (const [name = '', address = ''] of pairs) {
    if (!email.safeParse(address).success) {
      throw new Error(`ATLAS_FEEDBACK_EMAIL: "${address}" is not an email address: write one address, or "Owner name=address; *=address"`);
    }
    table.set(name.toLowerCase(), address);
  }
  return table.get(owner.trim().toLowerCase()) ?? table.get('*') ?? null;
}

/** The article a note is about, as the mail and the kept note name it. */
export interface FeedbackArticle {
  id: string;
  number: string;
  title: string;
  owner: string;
  url: string;
}

/** The subject and body of the email to the article's owner. */
export function feedbackMail(article: FeedbackArticle, note: string): { subject: string; body: string } {
  return {
    subject: `Feedback on ${article.number} ${article.title}`,
    body: `${note.trim()}\n\nAbout: ${article.number} ${article.title}\n${article.url}`,
  };
}

/** A mailto: link (RFC 6068) with the subject and body percent-encoded; line breaks become CRLF as the RFC asks. */
export function mailtoHref(to: string, subject: string, body: string): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to.split('@').map(encodeURIComponent).join('@')}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** Kept notes from the saved text (null or unreadable text gives none, with the reason). */
export function readFeedback(raw: string | null): { notes: FeedbackNote[]; problem?: string } {
  if (raw === null) return { notes: [] };
  try {
    const parsed = feedbackEnvelope.safeParse(JSON.parse(raw));
    return parsed.success ? { notes: parsed.data.notes } : { notes: [], problem: 'the saved feedback does not have the expected shape' };
  } catch {
    return { notes: [], problem: 'the saved feedback is not JSON' };
  }
}

/** The saved (and downloaded) text of kept notes. */
export function serializeFeedback(notes: readonly FeedbackNote[], now: Date): string {
  return JSON.stringify({ app: 'customer-atlas', kind: 'article-feedback', version: 1, savedAt: now.toISOString(), notes }, null, 2);
}

/** A note ready to keep, or null when there is nothing to keep (blank text); long text is cut to NOTE_MAX. */
export function newNote(article: FeedbackArticle, note: string, now: Date): FeedbackNote | null {
  const text = note.trim().slice(0, NOTE_MAX);
  if (text === '') return null;
  return { article: article.id, number: article.number, title: article.title, owner: article.owner, note: text, at: now.toISOString() };
}

/** A file name for the download, e.g. `article-feedback-2026-11-23.json`. */
export const feedbackFileName = (now: Date): string => `article-feedback-${now.toISOString().slice(0, 10)}.json`;
