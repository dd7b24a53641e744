import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The guide: content/<language>/<page-id>.mdx. The file name is the page id shared by all languages;
 * the front matter is the contract a page must meet.
 */
const guide = defineCollection({
  loader: glob({
    base: './content',
    pattern: '*/*.mdx',
    // The default would take the id from `slug`; ours must stay "<language>/<page-id>".
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    title: z.string().trim().min(3).max(90),
    description: z.string().trim().min(50).max(170),
    /** URL segment in the page's language; "" only for the home page. */
    slug: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'lowercase ASCII words joined by single hyphens'),
    /** Reading order through the guide; 0 is the home page. */
    order: z.number().int().min(0),
  }),
});

export const collections = { guide };
