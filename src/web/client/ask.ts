/**
 * The ask page's progressive enhancement, inlined as a string (no build step, no framework): asks without
 * a page load by fetching the page's own server-rendered answer (`/?q=…`) and swapping it in, so the
 * answer looks the same with and without JS (linked agencies, sources linked to their rows); keeps the
 * URL shareable; focuses the answer; copies answer + sources. Nothing is built from strings as HTML: the
 * answer's nodes come from the server's escaped page through `DOMParser`, which runs no script.
 */
export const ASK_SCRIPT = String.raw`(() => {
  const form = document.querySelector('form.ask');
  const out = document.getElementById('answer');
  if (!form || !out) return;
  const q = form.elements.namedItem('q');
  const tinh = form.elements.namedItem('tinh');
  const previousField = form.elements.namedItem('truoc');
  const slot = (root, name) => root.querySelector('[data-slot="' + name + '"]');
  const reveal = () => out.querySelectorAll('[data-copy]').forEach((b) => { b.hidden = false; });
  reveal();

  function message(text) {
    const p = document.createElement('p');
    p.className = 'card';
    p.setAttribute('role', 'alert');
    p.setAttribute('tabindex', '-1');
    p.textContent = text;
    out.replaceChildren(p);
    p.focus();
  }

  // Only the latest question's answer is shown, whatever order the responses arrive in.
  let latest = 0;
  // The last question asked, sent along so "còn năm 2030?" is read as a follow-up (the engine ignores it
  // for a complete question).
  let previous = previousField ? previousField.value : '';

  async function ask(question, province, push) {
    const ticket = ++latest;
    const page = new URLSearchParams({ q: question });
    if (province) page.set('tinh', province);
    if (push) history.pushState(null, '', '/?' + page);
    document.title = 'Hỏi: ' + question + ' · Cam Kết';
    const fetched = new URLSearchParams(page);
    if (previous && previous !== question) fetched.set('truoc', previous);
    previous = question;
    if (previousField) previousField.value = question;
    out.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch('/?' + fetched, { headers: { accept: 'text/html' } });
      const html = await res.text();
      if (ticket !== latest) return;
      const answer = new DOMParser().parseFromString(html, 'text/html').getElementById('answer');
      if (!res.ok || !answer) return message('Không trả lời được câu hỏi này.');
      out.replaceChildren(...[...answer.childNodes].map((n) => document.importNode(n, true)));
      reveal();
      const focus = out.querySelector('article, [role=alert], [role=status]');
      if (focus) {
        if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1');
        focus.focus();
      }
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
  // Example questions and "Có thể bạn muốn hỏi" suggestions, including those in a swapped-in answer.
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-example]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    q.value = a.textContent.trim();
    ask(q.value, tinh.value, true);
  });
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
    const list = slot(card, 'sources');
    const items = list ? list.children : [];
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
