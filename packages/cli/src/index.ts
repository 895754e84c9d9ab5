export { loadCorpus, findCorpusDir, readTextFile, idFromFileName, UserError } from './corpus.js'
export type { Corpus, CorpusDocument } from './corpus.js'
export { corpusAlignment } from './alignment.js'
export { buildSite } from './commands/build.js'
