// The script every page loads: progressive additions to pages that are complete without it.
import { setupCompareFilters } from './compare-filters.js'
import { setupCopyLinks } from './copy-link.js'

function openDisclosuresForPrint(): void {
  // A printed comparison must show every match, including those folded away on screen.
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.more-matches')) details.open = true
  })
}

setupCopyLinks()
setupCompareFilters()
openDisclosuresForPrint()
