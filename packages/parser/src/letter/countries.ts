/**
 * Where a signing organisation says it is from, as letters print it after a comma
 * ("Access Now, International", "Bits of Freedom (BoF), the Netherlands"). Lowercase keys.
 */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'international', 'europe', 'european union', 'eu', 'global', 'worldwide',
  'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'czech republic', 'denmark',
  'estonia', 'finland', 'france', 'germany', 'greece', 'hungary', 'ireland', 'italy', 'latvia',
  'lithuania', 'luxembourg', 'malta', 'netherlands', 'the netherlands', 'poland', 'portugal',
  'romania', 'slovakia', 'slovenia', 'spain', 'sweden',
  'uk', 'united kingdom', 'the uk', 'norway', 'switzerland', 'iceland', 'liechtenstein', 'serbia',
  'north macedonia', 'albania', 'montenegro', 'bosnia and herzegovina', 'kosovo', 'moldova',
  'ukraine', 'georgia', 'turkey', 'türkiye', 'us', 'usa', 'united states', 'the us', 'canada',
  'brazil', 'argentina', 'mexico', 'india', 'australia', 'new zealand', 'south africa', 'kenya',
  'nigeria', 'japan', 'south korea', 'israel'
])

/**
 * Political groups of the European Parliament, as printed in brackets after an MEP's name
 * ("Patrick Breyer MEP (Greens/EFA)"). Lowercase keys.
 */
export const POLITICAL_GROUPS: ReadonlySet<string> = new Set([
  'epp', 's&d', 'renew', 'renew europe', 'greens/efa', 'greens', 'efa', 'id', 'ecr', 'the left',
  'left', 'gue/ngl', 'ni', 'non-attached', 'alde', 'efdd', 'enf', 'pfe', 'esn'
])
