import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Resolved from this module, so it works from the sources (tests) and from the build (lib/).
const sourceDir = new URL('../src/', import.meta.url)
const clientDir = new URL('../client-dist/', import.meta.url)

/** The client scripts the bundle step writes (`pnpm --filter @whereas/site run bundle`). */
export const clientScripts = ['page.js', 'search.js'] as const

/**
 * Read the style sheet, the icon and the bundled client scripts. A missing bundle is an error that says
 * how to make it, since a site without its scripts would silently lose search.
 */
export function loadAssets(): Record<string, string> {
  const assets: Record<string, string> = {}
  for (const name of ['style.css', 'icon.svg']) assets[name] = readFileSync(fileURLToPath(new URL(name, sourceDir)), 'utf8')
  for (const name of clientScripts) {
    const file = fileURLToPath(new URL(name, clientDir))
    if (!existsSync(file)) {
      throw new Error(`the site's client script ${file} is missing: run "pnpm build" (or "pnpm --filter @whereas/site run bundle") first`)
    }
    assets[name] = readFileSync(file, 'utf8')
  }
  return assets
}
