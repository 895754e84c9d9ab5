// The browser tests drive Debian's Chromium (never a downloaded browser). Install it when
// it is missing and we may (root, apt-get present); otherwise say what to do.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`whereas: the browser tests need Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`)
    process.exit(1)
  }
  console.error('whereas: installing Debian chromium for the browser tests (apt-get) ...')
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
}
