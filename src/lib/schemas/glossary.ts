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
});

/** A glossary entry after parsing. */
export type GlossaryData = z.infer<typeof glossarySchema>;
