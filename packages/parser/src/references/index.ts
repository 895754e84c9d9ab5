/**
 * The reference stage: tokenize (tokenize.ts) -> candidates from tables of patterns
 * (candidates.ts with acts, articles, documents, names) -> resolution of defined terms,
 * "thereof", footnotes and context (resolve.ts) -> rights language (implicit.ts) -> nodes in
 * the tree (attach.ts). `findReferences` runs the same stages on any string.
 */
export { attachReferences, type AttachOptions } from './attach.js'
export { findReferences } from './find.js'
export { charterArticles, charterTitle, createRegistry, registry, type CaseEntry, type CharterArticle, type Registry } from './registry/index.js'
export type { Citation, FindOptions, Instrument } from './types.js'
