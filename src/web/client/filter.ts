/**
 * Live filtering on the plan page, inlined as a string: the same rule as `filter.ts` (the folded query as
 * a phrase when some row holds it, else every word starting a word of the row's `data-text`; the agency
 * in its `data-agencies`), applied while typing, with the URL kept in step so a view can be shared.
 */
import { MAX_FILTER_WORDS } from '../../text/limits';
import { STATUS } from '../filter';

/** `foldWords` from `src/web/fold.ts` as browser code; a unit test keeps the two in step. */
export const CLIENT_FOLD_WORDS = String.raw`(s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC').replace(/[^a-z0-9]+/g, ' ').trim()`;

/** The plan page's filter script. */
export const FILTER_SCRIPT = `(() => {
  const form = document.querySelector('form.filter');
  if (!form) return;
  const input = form.elements.namedItem('q');
  const agency = form.elements.namedItem('co-quan');
  const status = document.getElementById('filter-status');
  const empty = document.getElementById('filter-empty');
  const rows = [...document.querySelectorAll('[data-text]')];
  const groups = [...document.querySelectorAll('[data-group]')];
  const foldWords = ${CLIENT_FOLD_WORDS};
  const STATUS = ${JSON.stringify(STATUS)};
  const fill = (t, v) => t.replace(/\\{(\\w)\\}/g, (s, n) => (n in v ? String(v[n]) : s));

  // The same rules as byPhrase(), rowMatches() and filterStatus() in src/web/filter.ts.
  function apply() {
    const words = foldWords(input.value).split(' ').filter(Boolean).slice(0, ${MAX_FILTER_WORDS});
    const id = agency ? agency.value : '';
    const phrase = ' ' + words.join(' ');
    const mine = rows.filter((row) => !id || row.dataset.agencies.split(' ').includes(id));
    const asPhrase = words.length > 1 && mine.some((row) => (' ' + row.dataset.text).includes(phrase));
    const shown = { indicator: 0, task: 0 };
    const total = { indicator: 0, task: 0 };
    for (const row of rows) {
      const text = ' ' + row.dataset.text;
      const ok = mine.includes(row) && (asPhrase ? text.includes(phrase) : words.every((w) => text.includes(' ' + w)));
      row.hidden = !ok;
      total[row.dataset.kind]++;
      if (ok) shown[row.dataset.kind]++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-text]:not([hidden])');
    const v = { i: shown.indicator, I: total.indicator, t: shown.task, T: total.task, q: input.value.trim() };
    const none = shown.indicator + shown.task === 0;
    let line = '';
    if (!words.length && !id) line = '';
    else if (none) line = fill(words.length ? STATUS.empty : STATUS.emptyAgency, v);
    else if (!words.length) line = fill(STATUS.counts + STATUS.agency, v);
    else if (words.length < 2) line = fill(STATUS.counts + STATUS.word, v);
    else line = fill(STATUS.counts + (asPhrase ? STATUS.phrase : STATUS.words), v);
    if (status) status.textContent = line;
    if (empty) empty.hidden = !(none && (words.length || id));
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (id) params.set('co-quan', id);
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  input.addEventListener('input', apply);
  if (agency) agency.addEventListener('change', apply);
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  form.addEventListener('reset', () => setTimeout(apply));
  if (empty) empty.addEventListener('click', (e) => {
    if (!e.target.closest('[data-clear]')) return;
    e.preventDefault();
    input.value = '';
    if (agency) agency.value = '';
    apply();
    input.focus();
  });
})();`;
