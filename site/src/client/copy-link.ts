import { announce } from './announce.js'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

function copyButton(anchor: string, name: string): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'copy-link'
  const label = document.createElement('span')
  label.textContent = 'Copy link'
  const target = document.createElement('span')
  target.className = 'vh'
  target.textContent = ` to ${name}`
  button.append(label, target)
  button.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#${encodeURIComponent(anchor)}`
    const copied = await copy(url)
    // Without clipboard access the address bar still gets the link, ready to copy by hand.
    if (!copied) history.replaceState(null, '', `#${encodeURIComponent(anchor)}`)
    label.textContent = copied ? 'Copied' : 'Link in address bar'
    button.dataset.state = 'copied'
    announce(copied ? `Link to ${name} copied` : `Could not copy; the link to ${name} is in the address bar`)
    setTimeout(() => {
      label.textContent = 'Copy link'
      delete button.dataset.state
    }, 2000)
  })
  return button
}

/**
 * Give each clause a copy-link button. It is made here, not in the HTML, because it can only
 * work with a script; without one the margin number is the permalink.
 */
export function setupCopyLinks(): void {
  for (const clause of document.querySelectorAll<HTMLElement>('.clauses > .clause[id]')) {
    const name = clause.querySelector(':scope > a.num')?.getAttribute('aria-label') ?? clause.id
    clause.querySelector(':scope > .body')?.after(copyButton(clause.id, name))
  }
}
