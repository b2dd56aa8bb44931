/**
 * Shapes of the atlas content: volumes, chapters and sections (YAML data) and articles (MDX
 * frontmatter). Each shape is stated once here; `src/content.config.ts` hands them to Astro and
 * the atlas model infers its types from them. Messages say what to write, because authors read them.
 */
import { z } from 'astro/zod';
import { LEDE_MAX_CHARS, LEDE_MAX_SENTENCES, sentenceCount } from './section-lede';

/** A required text field whose error says how to fill it in. */
const text = (field: string, hint: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is missing: ${hint}` : `${field} must be text: ${hint}`,
    })
    .trim()
    .min(1, { error: `${field} is empty: ${hint}` });

/** A positive whole number giving the position among siblings. */
const order = z
  .number({ error: 'order is missing or not a number: give the position among its siblings, starting at 1' })
  .int({ error: 'order must be a whole number (1, 2, 3 …)' })
  .positive({ error: 'order must be 1 or more' });

/** An atlas number with the given count of two-digit parts after the volume, e.g. `5.03.01`. */
const atlasNumber = (parts: number, example: string) =>
  z
    .string({ error: `number is missing or not quoted text: write it in quotes, like "${example}"` })
    .regex(new RegExp(`^\\d+${'\\.\\d{2}'.repeat(parts)}$`), {
      error: `number must look like "${example}" (volume, then two digits per level)`,
    });

/** A volume of the handbook, e.g. 5 Sales. */
export const volumeSchema = z.object({
  number: atlasNumber(0, '5'),
  title: text('title', 'name the volume'),
  summary: text('summary', 'add a one-line summary of the volume'),
  order,
});

/** A chapter of a volume, e.g. 5.03 Customers. */
export const chapterSchema = z.object({
  number: atlasNumber(1, '5.03'),
  volume: text('volume', 'give the id of the volume this chapter belongs to'),
  title: text('title', 'name the chapter'),
  summary: text('summary', 'add a one-line summary of the chapter'),
  order,
});

/** A section of a chapter, a region on the atlas map, e.g. 5.03.01 Customer Concepts. */
export const sectionSchema = z.object({
  number: atlasNumber(2, '5.03.01'),
  chapter: text('chapter', 'give the id of the chapter this section belongs to'),
  title: text('title', 'name the section'),
  summary: text('summary', 'add a one-line summary of the section'),
  order,
  lede: text('lede', 'write one or two sentences that say what the section gives its reader, or leave the field out')
    .pipe(
      z
        .string()
        .max(LEDE_MAX_CHARS, { error: `lede is longer than ${LEDE_MAX_CHARS} characters: keep it to one or two sentences` })
        .refine((lede) => sentenceCount(lede) <= LEDE_MAX_SENTENCES, {
          error: 'lede has more than two sentences: keep it to one or two, and put the rest in the introduction',
        }),
    )
    .optional(),
  introduction: text('introduction', 'add a short introduction (80 to 200 words) to the section'),
  hue: z
    .number({ error: 'hue must be a number from 0 to 359 (the colour wheel angle of the section\'s line), or leave it out' })
    .int({ error: 'hue must be a whole number from 0 to 359' })
    .min(0, { error: 'hue must be 0 or more (a colour wheel angle, 0 to 359)' })
    .max(359, { error: 'hue must be 359 or less (a colour wheel angle, 0 to 359)' })
    .optional(),
});

/** The worksheets an article may point its readers to. */
export const worksheetIdSchema = z.enum(['customer-type-quiz', 'ideal-customer-checklist', 'customer-value'], {
  error: 'worksheet must be "customer-type-quiz", "ideal-customer-checklist" or "customer-value" (or leave the field out)',
});

/** A source an article draws on, named as the source names itself. */
export const sourceSchema = z.object({
  title: text('sources.title', 'name the source document'),
  publisher: text('sources.publisher', 'name who published the source'),
});

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date); kept as that text. */
export const isoDate = (field: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: `${field} must be a real date written YYYY-MM-DD, like 2026-11-23` }),
  );

/** One line of an article's change log: when, and what changed in a sentence. */
export const changeSchema = z.object({
  date: isoDate('changes.date'),
  note: text('changes.note', 'say in one line what changed').pipe(
    z.string().max(160, { error: 'changes.note is longer than 160 characters: keep it to one line' }),
  ),
});

/** Frontmatter of an article MDX file. */
export const articleSchema = z.object({
  number: atlasNumber(3, '5.03.01.04'),
  title: text('title', 'give the article a title'),
  summary: text('summary', 'add a one-line summary (one sentence) of the article').pipe(
    z.string().max(200, { error: 'summary is longer than 200 characters: keep it to one line' }),
  ),
  section: text('section', 'give the id of the section the article belongs to'),
  order,
  related: z
    .array(z.string(), { error: 'related must be a list of article ids, like [customer-categories]' })
    .default([]),
  sources: z.array(sourceSchema, { error: 'sources must be a list of { title, publisher }' }).default([]),
  worksheet: worksheetIdSchema.optional(),
  updated: z.coerce.date({ error: 'updated must be a date like 2026-11-23' }).optional(),
  owner: text('owner', 'name the team that keeps the article current, like "Sales Enablement"'),
  reviewed: isoDate('reviewed'),
  changes: z.array(changeSchema, { error: 'changes must be a list of { date, note }' }).default([]),
});

/** A volume as authored. */
export type Volume = z.infer<typeof volumeSchema>;
/** A chapter as authored. */
export type Chapter = z.infer<typeof chapterSchema>;
/** A section as authored. */
export type Section = z.infer<typeof sectionSchema>;
/** Article frontmatter after parsing. */
export type ArticleData = z.infer<typeof articleSchema>;
/** One entry of an article's change log. */
export type ArticleChange = z.infer<typeof changeSchema>;
/** One of the worksheet ids. */
export type WorksheetId = z.infer<typeof worksheetIdSchema>;
