import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackAddressFor, feedbackMail, mailtoHref, newNote, NOTE_MAX, readFeedback, serializeFeedback } from '../../../src/lib/articles/feedback';

const article = { id: 'unqualify-fast', number: '5.03.02.04', title: 'Unqualify Fast', owner: 'Sales Operations', url: 'https://atlas.example.com/articles/unqualify-fast/' };
const now = new Date('2026-12-03T09:00:00Z');

describe('feedbackAddressFor', () => {
  it.each([
    [undefined, 'Sales Operations', null],
    ['', 'Sales Operations', null],
    ['atlas@example.com', 'Sales Operations', 'atlas@example.com'],
    ['Sales Operations=ops@example.com; *=atlas@example.com', 'Sales Operations', 'ops@example.com'],
    ['Sales Operations=ops@example.com; *=atlas@example.com', 'Customer Success', 'atlas@example.com'],
    ['sales operations = ops@example.com', 'Sales Operations', 'ops@example.com'],
    ['Sales Operations=ops@example.com', 'Customer Success', null],
  ])('%j for %s gives %j', (raw, owner, address) => expect(feedbackAddressFor(raw, owner)).toBe(address));

  it.each([['not-an-address'], ['Sales Operations=ops(at)example.com']])('refuses %j with a message naming the setting', (raw) =>
    expect(() => feedbackAddressFor(raw, 'Sales Operations')).toThrow(/^ATLAS_FEEDBACK_EMAIL: ".+" is not an email address: write one address, or "Owner name=address; \*=address"$/));
});

describe('the mail', () => {
  it('names the article in the subject and links it in the body', () => {
    const { subject, body } = feedbackMail(article, '  The example is out of date.\n');
    expect(subject).toBe('Feedback on 5.03.02.04 Unqualify Fast');
    expect(body).toBe('The example is out of date.\n\nAbout: 5.03.02.04 Unqualify Fast\nhttps://atlas.example.com/articles/unqualify-fast/');
    expect(mailtoHref('ops@example.com', subject, body)).toBe(
      'mailto:ops@example.com?subject=Feedback%20on%205.03.02.04%20Unqualify%20Fast&body=The%20example%20is%20out%20of%20date.%0D%0A%0D%0AAbout%3A%205.03.02.04%20Unqualify%20Fast%0D%0Ahttps%3A%2F%2Fatlas.example.com%2Farticles%2Funqualify-fast%2F',
    );
  });

  it('round-trips any text through the link', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const url = new URL(mailtoHref('ops@example.com', subject, body));
        expect(url.protocol).toBe('mailto:');
        expect(url.pathname).toBe('ops@example.com');
        const query = new Map(url.search.slice(1).split('&').map((pair) => pair.split('=') as [string, string]));
        expect(decodeURIComponent(query.get('subject')!)).toBe(subject.replace(/\r?\n/g, '\r\n'));
        expect(decodeURIComponent(query.get('body')!)).toBe(body.replace(/\r?\n/g, '\r\n'));
      }),
    );
  });
});

describe('kept notes', () => {
  it('keeps a note and reads it back', () => {
    const note = newNote(article, ' Missing: what to say on the phone. ', now)!;
    expect(note).toEqual({ article: 'unqualify-fast', number: '5.03.02.04', title: 'Unqualify Fast', owner: 'Sales Operations', note: 'Missing: what to say on the phone.', at: '2026-12-03T09:00:00.000Z' });
    expect(readFeedback(serializeFeedback([note], now))).toEqual({ notes: [note] });
  });

  it.each([[''], ['   \n ']])('keeps nothing for blank text %j', (text) => expect(newNote(article, text, now)).toBeNull());

  it('cuts long text to the limit', () => expect(newNote(article, 'x'.repeat(NOTE_MAX + 10), now)!.note).toHaveLength(NOTE_MAX));

  it.each([
    [null, { notes: [] }],
    ['{', { notes: [], problem: 'the saved feedback is not JSON' }],
    ['{"app":"customer-atlas","kind":"article-feedback","version":2,"notes":[]}', { notes: [], problem: 'the saved feedback does not have the expected shape' }],
    ['{"app":"customer-atlas","kind":"article-feedback","version":1,"notes":[{"article":"a"}]}', { notes: [], problem: 'the saved feedback does not have the expected shape' }],
  ])('reads %j', (raw, result) => expect(readFeedback(raw)).toEqual(result));
});
