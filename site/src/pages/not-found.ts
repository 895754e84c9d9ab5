import { h } from 'hastscript'
import { page } from '../layout.js'

/** The page the server answers for any unknown address. */
export function notFoundPage(): string {
  return page({
    title: 'Not found',
    section: 'none',
    main: [
      h('h1', 'Nothing at this address'),
      h('p', ['The page does not exist. Start again from ', h('a', { href: '/' }, 'the corpus'), ' or ', h('a', { href: '/search/' }, 'search'), '.'])
    ]
  })
}
