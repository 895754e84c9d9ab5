import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { slug } from './catalog.js'
import type { Stance } from './model.js'

export const stanceLabels: Record<Stance, string> = {
  met: 'Met',
  partial: 'Partly met',
  opposed: 'Opposed',
  'not addressed': 'Not addressed'
}

// A shape beside the word, so the badge reads without colour and prints in black and white.
const stanceSymbols: Record<Stance, string> = { met: '✓', partial: '◐', opposed: '✕', 'not addressed': '–' }

export const stanceSlug = (stance: Stance): string => slug(stance)

export function stanceBadge(stance: Stance): ElementContent {
  return h('span', { className: ['badge', `badge--${stanceSlug(stance)}`] }, [
    h('span', { 'aria-hidden': 'true' }, `${stanceSymbols[stance]} `),
    stanceLabels[stance]
  ])
}
