/**
 * Content collections. The shapes live in `src/lib/atlas/schemas.ts` and `src/lib/articles/glossary-schema.ts`; this file only says where the
 * files are. ATLAS_CONTENT_DIR points the build at another content folder (test fixtures, the
 * benchmark corpus) that goes through the same model and pages.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, chapterSchema, sectionSchema, volumeSchema } from './lib/atlas/schemas';
import { glossarySchema } from './lib/articles/glossary-schema';

const root = process.env['ATLAS_CONTENT_DIR'] ?? './src/content';

const volumes = defineCollection({ loader: file(`${root}/atlas/volumes.yaml`), schema: volumeSchema });
const chapters = defineCollection({ loader: file(`${root}/atlas/chapters.yaml`), schema: chapterSchema });
const sections = defineCollection({ loader: file(`${root}/atlas/sections.yaml`), schema: sectionSchema });
const articles = defineCollection({
  loader: glob({ base: `${root}/articles`, pattern: '**/*.mdx' }),
  schema: articleSchema,
});
const glossary = defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossarySchema });

export const collections = { volumes, chapters, sections, articles, glossary };
