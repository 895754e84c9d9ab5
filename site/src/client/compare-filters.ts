/**
 * The Compare page's filters, by subject and by stance. The page lists every demand without
 * them; the form stays hidden until this script can make it work. The choice is kept in the
 * URL (`?subject=...&stance=...`) so a filtered view can be shared.
 */
export function setupCompareFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form.filters')
  if (!form) return
  const subject = form.querySelector<HTMLSelectElement>('#filter-subject')
  const stance = form.querySelector<HTMLSelectElement>('#filter-stance')
  const count = form.querySelector<HTMLElement>('.filter-count')
  if (!subject || !stance || !count) return
  const demands = [...document.querySelectorAll<HTMLElement>('article.demand')]

  const params = new URLSearchParams(location.search)
  subject.value = params.get('subject') ?? ''
  stance.value = params.get('stance') ?? ''
  if (subject.selectedIndex < 0) subject.value = ''
  if (stance.selectedIndex < 0) stance.value = ''

  const apply = (): void => {
    let shown = 0
    for (const demand of demands) {
      const subjectOk = !subject.value || demand.dataset.subject === subject.value
      const stances = (demand.dataset.stances ?? '').split(' ')
      const stanceOk = !stance.value || stances.includes(stance.value)
      demand.hidden = !(subjectOk && stanceOk)
      if (!demand.hidden) shown++
      for (const match of demand.querySelectorAll<HTMLElement>('li.match')) {
        match.hidden = Boolean(stance.value) && match.dataset.stance !== stance.value
      }
    }
    for (const group of document.querySelectorAll<HTMLElement>('section.demand-group')) {
      group.hidden = !group.querySelector('article.demand:not([hidden])')
    }
    count.textContent = `Showing ${shown} of ${demands.length} demands`
    const query = new URLSearchParams()
    if (subject.value) query.set('subject', subject.value)
    if (stance.value) query.set('stance', stance.value)
    const search = query.toString()
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`)
  }

  form.hidden = false
  form.addEventListener('change', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  apply()
}
