/** Shape of a glossary entry (`src/content/glossary.yaml`). */
import { z } from 'astro/zod';

/** A glossary term with its short definition (shown on hover and focus) and a longer explanation. */
export const glossarySchema = z.object({
  term: z.string({ error: 'term is missing: write the term as readers see it' }).min(1),
  short: z
    .string({ error: 'short is missing: add a one-sentence definition' })
    .min(1)
    .max(160, { error: 'short is longer than 160 characters: keep it to one sentence' }),
  explanation: z.string({ error: 'explanation is missing: explain the term in a paragraph' }).min(1),
  related: z.array(z.string()).default([]),
  /** Other names readers search for (search opens with this entry's definition for any of them). */
  aliases: z
    .array(
      z
        .string({ error: 'each alias must be text: another name for the term' })
        .trim()
        .min(2, { error: 'an alias must have at least 2 characters' })
        .max(60, { error: 'an alias is longer than 60 characters: aliases are short names, not definitions' }),
    )
    .refine((list) => new Set(list.map((a) => a.toLowerCase())).size === list.length, {
      error: 'aliases repeat a name: list each other name once',
    })
    .optional(),
});

/** A glossary entry after parsing. */
export type GlossaryData = z.infer<typeof glossarySchema>;
