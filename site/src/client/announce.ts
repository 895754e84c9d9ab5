let region: HTMLElement | undefined

/** Say something to screen readers through one polite live region, created on first use. */
export function announce(message: string): void {
  if (!region) {
    region = document.createElement('p')
    region.className = 'vh'
    region.setAttribute('role', 'status')
    document.body.append(region)
  }
  region.textContent = message
}
