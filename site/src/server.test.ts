import { resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveRequestPath } from './server.js'

const root = resolve('/srv/site')

describe('resolveRequestPath', () => {
  it.each([
    ['/', root],
    ['/doc/ep-ta-2021-0405/', `${root}${sep}doc${sep}ep-ta-2021-0405`],
    ['/assets/style.css?v=1', `${root}${sep}assets${sep}style.css`],
    ['/doc/a%20b/', `${root}${sep}doc${sep}a b`]
  ])('maps %s inside the site', (url, expected) => {
    expect(resolveRequestPath(root, url)).toBe(expected)
  })

  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/a/..%2f..%2f..%2fetc/passwd', '/..%2f..%2f..%2f'])(
    'keeps %s inside the site',
    (url) => {
      const target = resolveRequestPath(root, url)
      expect(target === undefined || target === root || target.startsWith(root + sep)).toBe(true)
      expect(target).not.toBe(resolve('/etc/passwd'))
    }
  )

  it.each(['/%00', '/a%5c..%5c..%5cwin.ini', '/%E0%A4%A'])('refuses %s', (url) => {
    expect(resolveRequestPath(root, url)).toBeUndefined()
  })
})
