/**
 * The ask page's progressive enhancement, inlined as a string (no build step, no framework):
 * asks `/api/ask` without a page load, keeps the URL shareable (`/?q=…`), and copies answer + sources.
 * Everything from the API goes in through `textContent`/`href`, never as HTML.
 */
export const ASK_SCRIPT = String.raw`(() => {
  const form = document.querySelector('form.ask');
  const out = document.getElementById('answer');
  const tplAnswer = document.getElementById('tpl-answer');
  const tplSource = document.getElementById('tpl-source');
  if (!form || !out || !tplAnswer || !tplSource) return;
  const q = form.elements.namedItem('q');
  const tinh = form.elements.namedItem('tinh');
  const slot = (root, name) => root.querySelector('[data-slot="' + name + '"]');
  const reveal = () => out.querySelectorAll('[data-copy]').forEach((b) => { b.hidden = false; });
  reveal();

  function message(text) {
    const p = document.createElement('p');
    p.className = 'card';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    out.replaceChildren(p);
  }

  function render(data) {
    const card = tplAnswer.content.firstElementChild.cloneNode(true);
    if (!data.found) card.classList.add('not-found');
    slot(card, 'text').textContent = data.answer;
    // The feedback form posts the question this answer is for.
    slot(card, 'fb-q').value = data.question || q.value;
    slot(card, 'fb-tinh').value = tinh.value;
    const list = slot(card, 'sources');
    for (const s of data.sources) {
      const li = tplSource.content.firstElementChild.cloneNode(true);
      const link = slot(li, 'plan');
      link.href = '/ke-hoach/' + encodeURIComponent(s.planId);
      link.textContent = 'Kế hoạch ' + s.planNumber + ' (' + s.province + ')';
      const lines = s.lineEnd > s.lineStart ? 'dòng ' + s.lineStart + '–' + s.lineEnd : 'dòng ' + s.lineStart;
      slot(li, 'where').textContent = s.section ? 'mục ' + s.section + ', ' + lines : lines;
      slot(li, 'quote').textContent = s.quote;
      list.append(li);
    }
    slot(card, 'sources-title').hidden = data.sources.length === 0;
    const suggested = slot(card, 'suggestions');
    for (const s of data.suggestions || []) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/?q=' + encodeURIComponent(s.question);
      a.textContent = s.question;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        q.value = s.question;
        ask(q.value, tinh.value, true);
      });
      li.append(a);
      suggested.append(li);
    }
    suggested.hidden = !(data.suggestions || []).length;
    out.replaceChildren(card);
    reveal();
  }

  // Only the latest question's answer is shown, whatever order the responses arrive in.
  let latest = 0;
  // The last question asked, sent along so "còn năm 2030?" is read as a follow-up (the engine ignores it
  // for a complete question).
  const previousField = form.elements.namedItem('truoc');
  let previous = previousField ? previousField.value : '';

  async function ask(question, province, push) {
    const ticket = ++latest;
    const page = new URLSearchParams({ q: question });
    if (province) page.set('tinh', province);
    if (push) history.pushState(null, '', '/?' + page);
    document.title = 'Hỏi: ' + question + ' · Cam Kết';
    const api = new URLSearchParams({ q: question });
    if (province) api.set('province', province);
    if (previous && previous !== question) api.set('previous', previous);
    previous = question;
    if (previousField) previousField.value = question;
    out.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch('/api/ask?' + api, { headers: { accept: 'application/json' } });
      const data = await res.json();
      if (ticket !== latest) return;
      if (!res.ok) message(data.error || 'Không trả lời được câu hỏi này.');
      else render(data);
    } catch {
      if (ticket === latest) message('Không kết nối được máy chủ. Hãy thử lại.');
    } finally {
      if (ticket === latest) out.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (e) => {
    const question = q.value.trim();
    if (!question) return;
    e.preventDefault();
    ask(question, tinh.value, true);
  });
  document.querySelectorAll('[data-example]').forEach((a) =>
    a.addEventListener('click', (e) => {
      e.preventDefault();
      q.value = a.textContent.trim();
      ask(q.value, tinh.value, true);
      q.focus();
    }),
  );
  addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get('q') || '';
    tinh.value = p.get('tinh') || '';
    if (q.value) ask(q.value, tinh.value, false);
    else out.replaceChildren();
  });

  // Plain text for a chat or an e-mail: the answer, each source with its quote, and a link back.
  function plainText(card) {
    const lines = [slot(card, 'text').textContent.trim()];
    const items = slot(card, 'sources').children;
    if (items.length) lines.push('', 'Trích dẫn:');
    for (const li of items) {
      lines.push('- ' + slot(li, 'plan').textContent + ', ' + slot(li, 'where').textContent + ': “' +
        slot(li, 'quote').textContent.trim() + '”');
    }
    lines.push('', location.href);
    return lines.join('\n');
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Older browsers and plain-http origins: fall back to a selected textarea.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      if (!ok) throw new Error('copy');
    }
  }

  out.addEventListener('click', async (e) => {
    const button = e.target.closest('[data-copy]');
    if (!button) return;
    const card = button.closest('article');
    const status = slot(card, 'copy-status');
    try {
      await copy(plainText(card));
      status.textContent = 'Đã sao chép.';
    } catch {
      status.textContent = 'Không sao chép được; hãy chọn và sao chép bằng tay.';
    }
  });
})();`;
