export { loadCorpus, findCorpusDir, readTextFile, idFromFileName, UserError } from './corpus.js'
export type { Corpus, CorpusDocument } from './corpus.js'
