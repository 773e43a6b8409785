// The local page: sends what the user types or clicks to the advisor (POST /web/api/messages) and shows the
// replies, cards rendered by Microsoft's Adaptive Cards renderer. Plain browser JavaScript, no build step.
//
// Nothing the user sends is lost: every message goes into an outbox and is sent in order, one at a time, once the
// conversation exists; until then its entry says it is waiting. A message that cannot be sent (network down,
// server error) is marked "not sent", its text goes back into the box, and the reason is shown.
'use strict';
(() => {
  const LOCALES = ['en', 'zh-TW'];
  /** A request that failed for the network is tried once more after this pause, with the same message id. */
  const RETRY_DELAY_MS = 1000;

  // The page's own elements, found once before any card is drawn. Their ids all start with "cf-", which card
  // templates never use; holding them here also means a card element can never be taken for one of them.
  const byId = (id) => document.getElementById(id);
  const page = {
    title: byId('cf-title'),
    intro: byId('cf-intro'),
    languageLabel: byId('cf-language-label'),
    conversationLabel: byId('cf-conversation-label'),
    log: byId('cf-log'),
    status: byId('cf-status'),
    form: byId('cf-ask'),
    questionLabel: byId('cf-question-label'),
    question: byId('cf-question'),
    send: byId('cf-send'),
    languageButtons: [...document.querySelectorAll('.languages button')],
  };

  const stored = localStorage.getItem('callflow.locale');
  const state = {
    locale: LOCALES.includes(stored) ? stored : /^zh-(tw|hant|hk|mo)/i.test(navigator.language) ? 'zh-TW' : 'en',
    strings: null,
    conversationId: null,
    /** The start of the conversation (strings, then the welcome) while it is under way. */
    starting: null,
    /** Messages not answered yet, oldest first: { id, payload, locale, text?, entry }. */
    outbox: [],
    /** Whether the outbox is being worked through (its first message is then on its way). */
    sending: false,
  };

  const s = (key, params = {}) =>
    (state.strings?.[state.locale]?.[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));

  /** A random UUID; crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** A failed request, with the reason in the page's language; `network`: the request did not get an answer at all. */
  function requestError(reason, network) {
    return Object.assign(new Error(reason), { network });
  }

  async function post(path, body) {
    // Accept-Language: the server's refusals of a request it cannot read (malformed, too large) come in the page's language.
    const headers = { 'Content-Type': 'application/json', 'Accept-Language': body.locale ?? state.locale };
    let response;
    try {
      response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    } catch {
      throw requestError(s('offline'), true);
    }
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw requestError(json.message || s('networkError', { status: response.status }), false);
    return json;
  }

  /** A turn may be sent twice when the network failed: the server answers a repeated message id without a second turn. */
  async function postWithRetry(path, body) {
    try {
      return await post(path, body);
    } catch (error) {
      if (!error.network) throw error;
      await delay(RETRY_DELAY_MS);
      return post(path, body);
    }
  }

  function applyStrings() {
    document.documentElement.lang = state.locale;
    document.title = s('title');
    page.title.textContent = s('title');
    page.intro.textContent = s('intro');
    page.languageLabel.textContent = s('languageLabel');
    page.conversationLabel.textContent = s('conversationLabel');
    page.questionLabel.textContent = s('inputLabel');
    page.question.placeholder = s('placeholder');
    page.send.textContent = s('send');
    for (const button of page.languageButtons) button.setAttribute('aria-pressed', String(button.dataset.locale === state.locale));
    // Entries made before the strings came (typed while the page starts) get their words now; all follow the language.
    for (const name of page.log.querySelectorAll('.who .name')) name.textContent = s(name.dataset.key);
    for (const entry of page.log.querySelectorAll('li.user[data-state]')) showEntryState(entry);
    updateStatus();
  }

  function updateStatus() {
    if (!state.strings) return;
    const starting = state.conversationId === null && state.starting !== null;
    page.status.textContent = starting ? s('starting') : state.sending ? s('thinking') : '';
  }

  /** The first user entry still waiting to be sent: replies go above it, so each answer follows its question. */
  function firstWaitingEntry() {
    return state.outbox.find((message) => message.entry.dataset.state === 'queued')?.entry ?? null;
  }

  /** An entry of the conversation; `who` is the key of its author's name ('you', 'advisor'). */
  function addEntry(kind, who, content) {
    const item = document.createElement('li');
    item.className = kind;
    const label = document.createElement('span');
    label.className = 'who';
    const name = document.createElement('span');
    name.className = 'name';
    name.dataset.key = who;
    name.textContent = s(who);
    label.append(name);
    item.append(label, content);
    page.log.insertBefore(item, kind === 'user' ? null : firstWaitingEntry());
    item.scrollIntoView({ block: 'end', behavior: 'smooth' });
    return item;
  }

  function bubble(text) {
    const div = document.createElement('div');
    div.className = 'bubble';
    div.textContent = text;
    return div;
  }

  /** What a user entry says of itself: waiting to be sent, not sent, or nothing once it is on its way. */
  const ENTRY_STATE_LABELS = { queued: 'queued', notSent: 'notSent' };

  function showEntryState(entry) {
    const key = ENTRY_STATE_LABELS[entry.dataset.state];
    let label = entry.querySelector('.state');
    if (!key) {
      label?.remove();
      return;
    }
    if (!label) {
      label = document.createElement('span');
      label.className = 'state';
      entry.querySelector('.who').append(label);
    }
    label.textContent = ` · ${s(key)}`;
  }

  function setEntryState(entry, entryState) {
    entry.dataset.state = entryState;
    entry.classList.toggle('pending', entryState === 'queued');
    entry.classList.toggle('failed', entryState === 'notSent');
    showEntryState(entry);
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

  // Card texts may hold links (the sources of what changed since the article); the renderer shows Markdown only
  // through this hook, with what it produces: escaped text, so no HTML of a card gets through.
  if (window.AdaptiveCards) {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
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
      if (type === 'Action.Submit') enqueue({ value: action.data }, action.title);
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
      if (parts.childElementCount > 0) addEntry('bot', 'advisor', parts);
    }
  }

  function showError(message) {
    addEntry('bot error', 'advisor', bubble(message));
  }

  async function startConversation() {
    if (!state.strings) {
      const response = await fetch('/web/api/strings').catch(() => null);
      if (!response?.ok) throw requestError(s('offline'), true);
      state.strings = await response.json();
      applyStrings();
    }
    const started = await post('/web/api/conversations', { locale: state.locale });
    state.conversationId = started.conversationId;
    showReplies(started.activities);
  }

  /** The conversation, started once; after a failed start, the next message tries again. */
  function ensureConversation() {
    if (state.conversationId) return Promise.resolve();
    if (!state.starting) {
      state.starting = startConversation().finally(() => {
        state.starting = null;
        updateStatus();
      });
      updateStatus();
    }
    return state.starting;
  }

  /** Puts messages that could not be sent back in the user's hands: typed text into the box, the reason shown. */
  function giveBack(messages, reason) {
    for (const message of messages) setEntryState(message.entry, 'notSent');
    const texts = messages.flatMap((message) => (message.text === undefined ? [] : [message.text]));
    if (texts.length > 0) {
      // Typed earlier than whatever is in the box now, so they go first.
      const draft = page.question.value.trim();
      page.question.value = [...texts, ...(draft ? [draft] : [])].join('\n');
      page.question.focus();
    }
    showError(s(texts.length > 0 ? 'sendFailed' : 'clickFailed', { reason }));
  }

  /** Sends the outbox in order, one message at a time; a failure stops it and gives back what was not sent. */
  async function sendOutbox() {
    if (state.sending) return;
    state.sending = true;
    updateStatus();
    try {
      while (state.outbox.length > 0) {
        await ensureConversation();
        const message = state.outbox[0];
        setEntryState(message.entry, 'sending');
        const body = { conversationId: state.conversationId, messageId: message.id, locale: message.locale, ...message.payload };
        const reply = await postWithRetry('/web/api/messages', body);
        state.outbox.shift();
        setEntryState(message.entry, 'sent');
        showReplies(reply.activities);
      }
    } catch (error) {
      giveBack(state.outbox.splice(0), error.message);
    } finally {
      state.sending = false;
      updateStatus();
    }
  }

  /** One message: typed text (`text`, which goes back to the box if it cannot be sent) or a card's submitted data. */
  function enqueue(payload, echo, text) {
    const entry = addEntry('user', 'you', bubble(echo));
    setEntryState(entry, 'queued');
    state.outbox.push({ id: newId(), payload, locale: state.locale, text, entry });
    void sendOutbox();
  }

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = page.question.value.trim();
    if (!text) {
      page.status.textContent = s('errors.noContent');
      return;
    }
    page.question.value = '';
    enqueue({ text }, text, text);
  });
  page.question.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      page.form.requestSubmit();
    }
  });
  for (const button of page.languageButtons) {
    button.addEventListener('click', () => {
      const locale = button.dataset.locale;
      if (locale === state.locale) return;
      state.locale = locale;
      localStorage.setItem('callflow.locale', locale);
      applyStrings();
      enqueue({ value: { action: 'language', locale } }, s(`languageNames.${locale}`));
    });
  }

  // A failed start is reported here only when no message waits for it (the outbox then reports it, with the text).
  ensureConversation().catch((error) => {
    if (!state.sending) showError(error.message);
  });
})();
