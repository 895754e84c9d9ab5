export { parseManifest } from './manifest.js'
export type { ManifestEntry, ManifestResult, CorpusError } from './manifest.js'
