import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { SiteFiles } from './render.js'

/** Marks a folder as written by whereas, so a rebuild may empty it and nothing else. */
const marker = '.whereas-site'

export class SiteOutputError extends Error {
  override name = 'SiteOutputError'
}

/**
 * Write the site into `outDir`: the one place the site build touches the disk. A folder that
 * holds other files is refused rather than emptied.
 */
export function writeSite(files: SiteFiles, outDir: string): void {
  const root = resolve(outDir)
  if (existsSync(root)) {
    const entries = readdirSync(root)
    if (entries.length > 0 && !entries.includes(marker)) {
      throw new SiteOutputError(
        `${root} is not empty and was not written by "whereas build": choose an empty or new folder with --out, or remove it first`
      )
    }
    rmSync(root, { recursive: true, force: true })
  }
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, marker), 'written by whereas build; emptied on every build\n')
  for (const [path, content] of files) {
    const target = resolve(root, path)
    if (!target.startsWith(root + sep)) throw new SiteOutputError(`refusing to write ${path} outside ${root}`)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}
