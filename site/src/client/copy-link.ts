import { announce } from './announce.js'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Show each clause's copy-link button and make it copy the clause's address. */
export function setupCopyLinks(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-anchor]')) {
    button.hidden = false
    button.addEventListener('click', async () => {
      const anchor = button.dataset.anchor ?? ''
      const url = `${location.origin}${location.pathname}#${encodeURIComponent(anchor)}`
      const copied = await copy(url)
      if (!copied) history.replaceState(null, '', `#${encodeURIComponent(anchor)}`)
      const label = button.firstChild
      if (label) label.textContent = copied ? 'Copied' : 'Link in address bar'
      button.dataset.state = 'copied'
      announce(copied ? `Link copied: ${url}` : `Could not copy; the link is now in the address bar: ${url}`)
      setTimeout(() => {
        if (label) label.textContent = 'Copy link'
        delete button.dataset.state
      }, 2000)
    })
  }
}
