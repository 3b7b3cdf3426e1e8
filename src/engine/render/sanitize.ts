import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub's sanitising schema, tightened: no inputs or forms, links only to http(s) and mailto, images
 * only from http(s) or relative paths (the preview decides which may load), no comments, no style.
 */
export const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['input', 'details', 'summary'].includes(name)),
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
  allowComments: false,
  allowDoctypes: false,
  clobberPrefix: 'user-content-',
};
