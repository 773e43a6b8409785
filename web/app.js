// The local page: sends what the user types or clicks to the advisor (POST /web/api/messages) and shows the
// replies, cards rendered by Microsoft's Adaptive Cards renderer. Plain browser JavaScript, no build step.
'use strict';
(() => {
  const LOCALES = ['en', 'zh-TW'];
  const stored = localStorage.getItem('callflow.locale');
  const state = {
    locale: LOCALES.includes(stored) ? stored : /^zh-(tw|hant|hk|mo)/i.test(navigator.language) ? 'zh-TW' : 'en',
    conversationId: null,
    strings: null,
    busy: false,
  };
  const $ = (id) => document.getElementById(id);
  const s = (key, params = {}) =>
    (state.strings?.[state.locale]?.[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));

  async function post(path, body) {
    // Accept-Language: the server's refusals of a request it cannot read (malformed, too large) come in the page's language.
    const headers = { 'Content-Type': 'application/json', 'Accept-Language': state.locale };
    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(json.message || s('networkError', { status: response.status })), { status: response.status });
    return json;
  }

  function applyStrings() {
    document.documentElement.lang = state.locale;
    document.title = s('title');
    $('title').textContent = s('title');
    $('intro').textContent = s('intro');
    $('language-label').textContent = s('languageLabel');
    $('conversation-label').textContent = s('conversationLabel');
    $('question-label').textContent = s('inputLabel');
    $('question').placeholder = s('placeholder');
    $('send').textContent = s('send');
    for (const button of document.querySelectorAll('.languages button')) {
      button.setAttribute('aria-pressed', String(button.dataset.locale === state.locale));
    }
  }

  function addEntry(kind, who, content) {
    const item = document.createElement('li');
    item.className = kind;
    const label = document.createElement('span');
    label.className = 'who';
    label.textContent = who;
    item.append(label, content);
    $('log').append(item);
    item.scrollIntoView({ block: 'end', behavior: 'smooth' });
    return item;
  }

  function bubble(text) {
    const div = document.createElement('div');
    div.className = 'bubble';
    div.textContent = text;
    return div;
  }

  /** The little Markdown the bot's texts use (bold, italics, links), escaped first so no HTML gets through. */
  function markdown(text) {
    const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(.+?)_(?=[\s).,]|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>')
      .replace(/\n/g, '<br>');
  }

  function renderCard(content) {
    const holder = document.createElement('div');
    holder.className = 'card';
    if (!window.AdaptiveCards) {
      holder.append(bubble(s('cardUnavailable')));
      return holder;
    }
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig({
      fontFamily: "'Segoe UI', system-ui, -apple-system, 'Noto Sans CJK TC', 'Microsoft JhengHei', 'PingFang TC', sans-serif",
    });
    card.onExecuteAction = (action) => {
      const type = action.getJsonTypeName();
      if (type === 'Action.Submit') void send({ value: action.data }, action.title);
      if (type === 'Action.OpenUrl' && /^https?:\/\//.test(action.url)) window.open(action.url, '_blank', 'noopener');
    };
    try {
      card.parse(content);
      holder.append(card.render());
    } catch {
      holder.append(bubble(s('cardUnavailable')));
    }
    // A diagram opens full size in a new tab, by click or by keyboard.
    for (const img of holder.querySelectorAll("img[src*='/diagram/']")) {
      img.tabIndex = 0;
      img.setAttribute('role', 'link');
      const open = () => window.open(img.src, '_blank', 'noopener');
      img.addEventListener('click', open);
      img.addEventListener('keydown', (event) => event.key === 'Enter' && open());
    }
    return holder;
  }

  function showReplies(activities) {
    for (const activity of activities) {
      if (activity.type !== 'message') continue;
      const parts = document.createElement('div');
      if (activity.text) {
        const text = bubble('');
        text.innerHTML = markdown(activity.text);
        parts.append(text);
      }
      for (const attachment of activity.attachments ?? []) {
        if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') parts.append(renderCard(attachment.content));
      }
      if (parts.childElementCount > 0) addEntry('bot', s('advisor'), parts);
    }
  }

  function showError(message) {
    addEntry('bot error', s('advisor'), bubble(message));
  }

  function setBusy(busy) {
    state.busy = busy;
    $('send').disabled = busy;
    $('status').textContent = busy ? s('thinking') : '';
  }

  /** One turn: typed text or a card's submitted data; `echo` is what the user's side of the log shows. */
  async function send(payload, echo) {
    if (state.busy || !state.conversationId) return;
    if (echo) addEntry('user', s('you'), bubble(echo));
    setBusy(true);
    try {
      const reply = await post('/web/api/messages', { conversationId: state.conversationId, locale: state.locale, ...payload });
      showReplies(reply.activities);
    } catch (error) {
      showError(error.message);
    } finally {
      setBusy(false);
      $('question').focus();
    }
  }

  $('ask').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('question').value.trim();
    if (!text) {
      $('status').textContent = s('errors.noContent');
      return;
    }
    $('question').value = '';
    void send({ text }, text);
  });
  $('question').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('ask').requestSubmit();
    }
  });
  for (const button of document.querySelectorAll('.languages button')) {
    button.addEventListener('click', () => {
      const locale = button.dataset.locale;
      if (locale === state.locale || state.busy) return;
      state.locale = locale;
      localStorage.setItem('callflow.locale', locale);
      applyStrings();
      void send({ value: { action: 'language', locale } }, s(`languageNames.${locale}`));
    });
  }

  async function start() {
    try {
      state.strings = await (await fetch('/web/api/strings')).json();
      applyStrings();
      setBusy(true);
      const started = await post('/web/api/conversations', { locale: state.locale });
      state.conversationId = started.conversationId;
      showReplies(started.activities);
    } catch (error) {
      showError(error.message);
    } finally {
      setBusy(false);
    }
  }
  void start();
})();
