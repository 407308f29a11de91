/**
 * Live filtering on the plan page, inlined as a string: the same rule as `filter.ts` (every folded
 * query word starts a word of the row's `data-text`, the agency is in its `data-agencies`), applied
 * while typing, with the URL kept in step so a filtered view can be shared.
 */
import { MAX_FILTER_WORDS } from '../../text/limits';

/** `foldWords` from `src/web/fold.ts` as browser code; a unit test keeps the two in step. */
export const CLIENT_FOLD_WORDS = String.raw`(s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC').replace(/[^a-z0-9]+/g, ' ').trim()`;

/** The plan page's filter script. */
export const FILTER_SCRIPT = `(() => {
  const form = document.querySelector('form.filter');
  if (!form) return;
  const input = form.elements.namedItem('q');
  const agency = form.elements.namedItem('co-quan');
  const status = document.getElementById('filter-status');
  const rows = [...document.querySelectorAll('[data-text]')];
  const groups = [...document.querySelectorAll('[data-group]')];
  const foldWords = ${CLIENT_FOLD_WORDS};

  function apply() {
    const words = foldWords(input.value).split(' ').filter(Boolean).slice(0, ${MAX_FILTER_WORDS});
    const id = agency ? agency.value : '';
    const shown = { indicator: 0, task: 0 };
    const total = { indicator: 0, task: 0 };
    for (const row of rows) {
      const ok = (!id || row.dataset.agencies.split(' ').includes(id)) && words.every((w) => (' ' + row.dataset.text).includes(' ' + w));
      row.hidden = !ok;
      total[row.dataset.kind]++;
      if (ok) shown[row.dataset.kind]++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-text]:not([hidden])');
    if (status) {
      // Same words as filterStatus() in src/web/filter.ts.
      status.textContent = words.length || id
        ? 'Đang hiện ' + shown.indicator + '/' + total.indicator + ' chỉ tiêu và ' + shown.task + '/' + total.task + ' nhiệm vụ.'
        : '';
    }
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
})();`;
