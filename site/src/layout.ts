import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'

/** The sections of the main navigation. */
export type Section = 'corpus' | 'compare' | 'provisions' | 'search' | 'none'

export interface PageSpec {
  /** The `<title>`, also the page's one `h1` unless the body brings its own. */
  title: string
  section: Section
  /** The content of `<main>`; it must hold exactly one `h1`. */
  main: ElementContent[]
  /** Extra scripts under `/assets/`, loaded deferred (the search page's). */
  scripts?: string[]
  /** Data under `/assets/` the page's script will fetch, requested while the page parses. */
  preload?: string[]
  description?: string
}

const nav: Array<{ section: Section; href: string; label: string }> = [
  { section: 'corpus', href: '/', label: 'Corpus' },
  { section: 'compare', href: '/compare/', label: 'Compare' },
  { section: 'provisions', href: '/provision/', label: 'Provisions' },
  { section: 'search', href: '/search/', label: 'Search' }
]

// No inline script or style anywhere, so the policy can forbid both: even if markup slipped
// through, the browser would not run it.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'"
].join('; ')

// allowDangerousHtml stays off: a `raw` node, were one ever built, would be escaped, not emitted.
const serializer = unified().use(rehypeStringify, { allowDangerousHtml: false })

/** A whole HTML page around its main content. Every string passed in becomes a text node or an escaped attribute. */
export function page(spec: PageSpec): string {
  const scripts = ['page.js', ...(spec.scripts ?? [])]
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy }),
          h('title', `${spec.title} · whereas`),
          spec.description ? h('meta', { name: 'description', content: spec.description }) : null,
          h('link', { rel: 'icon', href: '/assets/icon.svg', type: 'image/svg+xml' }),
          h('link', { rel: 'stylesheet', href: '/assets/style.css' }),
          ...(spec.preload ?? []).map((name) => h('link', { rel: 'preload', href: `/assets/${name}`, as: 'fetch', crossOrigin: 'anonymous' })),
          ...scripts.map((name) => h('script', { src: `/assets/${name}`, defer: true }))
        ]),
        h('body', [
          h('a', { className: ['skip-link'], href: '#main' }, 'Skip to content'),
          h('header', { className: ['site-header'] }, [
            h('nav', { 'aria-label': 'Main' }, [
              h('a', { className: ['brand'], href: '/' }, 'whereas'),
              h(
                'ul',
                nav.map((item) =>
                  h(
                    'li',
                    h(
                      'a',
                      { href: item.href, 'aria-current': item.section === spec.section ? 'page' : undefined },
                      item.label
                    )
                  )
                )
              )
            ])
          ]),
          h('main', { id: 'main', tabIndex: -1 }, spec.main),
          h('footer', { className: ['site-footer'] }, [
            h('p', 'whereas — an annotated explorer of EU policy texts. Clause texts are the sources’ own; the law is linked on EUR-Lex.')
          ])
        ])
      ])
    ]
  }
  return serializer.stringify(tree)
}

/** Text for screen readers only. */
export const visuallyHidden = (text: string): ElementContent => h('span', { className: ['vh'] }, text)
