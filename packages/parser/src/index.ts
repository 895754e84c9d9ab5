export { parse } from './parse.js'
export type { ParseOptions } from './parse.js'
export { Location } from './location.js'
export type * from './tree.js'
