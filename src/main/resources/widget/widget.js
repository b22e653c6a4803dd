/*
 * kenpo-faq chat widget. Host pages embed the loader, /widget.js, with one tag:
 *   <script src="https://HOST/widget.js" defer
 *           data-title="資格情報のお知らせ FAQ" data-position="right" data-api-base="https://HOST"></script>
 * and the loader adds this code (served at widget/<hash of this file>.js) with the same data-* attributes.
 * Everything lives in a Shadow DOM; the only global is window.KenpoFaq:
 *   KenpoFaq.open(), .close(), .reset(), .ask(text), .setMember({scheme: "REGULAR", ...})
 * Text from answers and from the member is always inserted as text, never as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  // added by the loader: its window.KenpoFaq, which kept the host page's early calls, is handed the API
  var attach = script && typeof script.kenpoFaqAttach === 'function' ? script.kenpoFaqAttach : null;
  if (window.KenpoFaq && !attach) {
    return;
  }
  var STORAGE_KEY = 'kenpo-faq:conversation';
  var HOST_TAG = 'kenpo-faq-widget';
  // in a line of text: a web address (1), a phone number after its TEL： label (2, 3), or a mail address (4)
  var LINK_PATTERN = new RegExp('(https?://[^\\s<>"\'「」（）()、。]+)'
    + '|((?:TEL|Tel|電話)[：:]\\s*)([0-9０-９][0-9０-９\\-－‐]{8,14}[0-9０-９])'
    + '|([A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)', 'g');
  var MAX_QUESTION = 500;
  var QUEUED_NOTE = 'ただいま、前のご質問への回答を探しています。回答が表示されたあと、このご質問をお送りします。';
  // the last answer of a follow-up flow (as on LINE): the verdict above, then what the member can do next
  var NEXT_STEP = 'ご案内は以上です。ほかにご質問がございましたら、下の欄にご入力ください。';
  var NOTHING_MORE = 'お伺いした内容では、上記の項番のご案内のとおりです。ほかにご質問がございましたら、下の欄にご入力ください。';
  var CUT_NOTE = 'ご質問は500文字までです。500文字を超えた部分は入力されませんでした。';
  // asked once under an answer that shows an FAQ item, when nothing more is asked about it
  var FEEDBACK = {
    question: 'この回答は役に立ちましたか？',
    yes: 'ご回答ありがとうございます。',
    no: 'ご回答ありがとうございます。解決しない場合は下記までお問い合わせください。',
    // without a known contact desk, nothing "below" to point at
    noWithoutDesk: 'ご回答ありがとうございます。',
    failed: '申し訳ございません。ただいまご回答を受け付けられませんでした。'
  };
  var ERRORS = {
    invalid: 'ご質問は500文字以内で入力してください。',
    answers: 'お伺いした内容に誤りがあるため、回答できませんでした。お手数ですが、「最初から」を押して、もう一度ご質問ください。',
    failed: '申し訳ございません。ただいま回答できません。時間をおいて、もう一度お試しください。'
  };

  var config = {
    title: attribute('data-title') || '資格情報のお知らせ よくある質問',
    position: attribute('data-position') === 'left' ? 'left' : 'right',
    apiBase: (attribute('data-api-base') || originOf(script && script.src) || '').replace(/\/+$/, '')
  };

  // Two sets of member facts, kept apart: hostFacts come from the host page (setMember: the logged-in member's
  // registered facts) and outlive 最初から; conversationFacts are the member's follow-up answers and belong to one
  // conversation only, so a wrong tap is forgotten when the member starts over.
  var state = restore() || newConversation({}, false);
  var busy = false;
  // counts 最初から: an answer that arrives for an earlier conversation is dropped, not shown in the new one
  var conversation = 0;
  // Questions that came while an answer was pending, asked one by one as answers arrive, in the order they came: at
  // most one typed (it waits in the input, {typed: true}) and one from the host page's KenpoFaq.ask ({text: ...}).
  var queue = [];
  // the question being answered, as asked: a host page's second call with the same text is a double click
  var pendingText = null;

  var host = mountPoint();
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' + css() + '</style>' + markup();
  var launcher = root.querySelector('.launcher');
  var panel = root.querySelector('.panel');
  var log = root.querySelector('.log');
  var form = root.querySelector('form');
  var input = root.querySelector('input');
  var inputNote = root.querySelector('.input-note');
  root.querySelector('.title').textContent = config.title;
  host.classList.add(config.position);
  panel.classList.add(config.position);
  launcher.classList.add(config.position);

  launcher.addEventListener('click', function () { state.open ? close() : open(); });
  root.querySelector('.close').addEventListener('click', close);
  root.querySelector('.reset').addEventListener('click', reset);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (text && busy) {
      // the text stays where the member sees it, and goes once the pending answer is shown
      if (!queue.some(function (waiting) { return waiting.typed; })) {
        queue.push({ typed: true });
      }
      inputNote.textContent = QUEUED_NOTE;
    } else if (text) {
      input.value = '';
      inputNote.textContent = '';
      ask(text);
    }
  });

  // while a Japanese input method composes, the text is not final: it is measured when the composition ends
  input.addEventListener('input', function (event) {
    if (!event.isComposing) {
      limitQuestion();
    }
  });
  input.addEventListener('compositionend', limitQuestion);

  /**
   * The API takes questions of up to 500 characters. A longer one (typed on, or pasted) is cut here, where the member
   * still sees and can edit it, and the member is told what was left out: a maxlength attribute would cut a pasted
   * text without a word.
   */
  function limitQuestion() {
    var text = input.value;
    if (text.length <= MAX_QUESTION) {
      return;
    }
    // never half of a character outside the BMP (a surrogate pair)
    var end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1 : MAX_QUESTION;
    input.value = text.slice(0, end);
    inputNote.textContent = CUT_NOTE;
  }

  /**
   * The widget's own element, not a div: host pages hide empty divs (div:empty) and style divs in general, which
   * would hide or reshape the whole widget. It is defined, so rules for custom elements not yet defined
   * (:not(:defined), used while a page's own components load) do not apply to it either.
   */
  function mountPoint() {
    if (window.customElements && !window.customElements.get(HOST_TAG)) {
      window.customElements.define(HOST_TAG, class extends HTMLElement {});
    }
    var element = document.createElement(HOST_TAG);
    element.setAttribute('data-kenpo-faq', '');
    return element;
  }

  function mount() {
    document.body.appendChild(host);
    renderAll();
    if (state.open) {
      show(false);
    }
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }

  var api = Object.freeze({
    open: open,
    close: close,
    reset: reset,
    ask: function (text) { open(); askForHost(String(text)); },
    /** Facts of a logged-in member (the keys of the API's member facts); they personalise later answers. */
    setMember: function (facts) {
      state.hostFacts = Object.assign({}, facts || {});
      save();
    }
  });
  if (attach) {
    attach(api);
  } else {
    window.KenpoFaq = api;
  }

  function open() {
    state.open = true;
    save();
    show(true);
  }

  function show(focus) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    if (state.entries.length === 0) {
      addEntry({ role: 'bot', greeting: true });
    }
    if (focus) {
      input.focus();
    }
    scrollToEnd();
  }

  function close() {
    state.open = false;
    save();
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function reset() {
    var desk = state.desk;
    conversation++;
    busy = false;
    pendingText = null;
    // a question from the host page goes with the pending answer; what was typed stays in the input, and the member
    // decides whether to ask it in the new conversation
    if (queue.some(function (waiting) { return waiting.typed; })) {
      inputNote.textContent = '';
    }
    queue = [];
    state = newConversation(state.hostFacts, true);
    state.desk = desk;
    save();
    log.textContent = '';
    addEntry({ role: 'bot', greeting: true });
    input.focus();
  }

  function ask(text) {
    // a blank question would only come back refused: there is nothing to answer
    if (busy || text.trim() === '') {
      return;
    }
    addEntry({ role: 'user', text: text });
    request({ question: text });
    pendingText = text;
  }

  /**
   * KenpoFaq.ask from the host page: asked at once, or after the pending answer, like a typed question. A later call
   * replaces the host's question still waiting rather than queueing behind it: a host page calls ask from links or
   * buttons ("ask about this"), and a member who clicks a second one before the first is answered has changed their
   * mind, as when retyping in the input; asking every click would answer questions the member has moved on from. A
   * repeat of the question being answered is a double click and is not asked twice.
   */
  function askForHost(text) {
    if (text.trim() === '') {
      return;
    }
    if (!busy) {
      ask(text);
      return;
    }
    queue = queue.filter(function (waiting) { return waiting.typed; });
    if (text !== pendingText) {
      queue.push({ text: text });
    }
  }

  /** An item the member picked ("did you mean"): the server answers by its id, like LINE's buttons. */
  function askItem(id, label) {
    if (busy) {
      return;
    }
    addEntry({ role: 'user', text: label });
    request({ itemId: id }, { focus: true });
  }

  /**
   * Facts from the host page that the API refuses (a portal sending birthDate "1970/06/30") are not the member's
   * doing, and the member still wants the answer to the question: the same request is sent once more without the
   * host's facts, and the answer carries a note that no guidance from the registered facts could be given. The
   * conversation's answers are kept, so a follow-up just answered is not asked again. This happens on each question
   * rather than being remembered: the host page may call setMember again with corrected facts.
   *
   * @param what {question: text} or {itemId: id}
   * @param how {focus: true} when a button asked: the button is disabled, so focus moves to the waiting message and
   *   then to the answer, inside the panel (Esc still closes it); {goingOn: itemId} when a follow-up about the item
   *   shown was answered: the item's text is not repeated
   */
  function request(what, how) {
    how = how || {};
    busy = true;
    pendingText = null;
    var mine = conversation;
    var waiting = element('div', 'message bot waiting', '回答を探しています…');
    log.appendChild(waiting);
    scrollToEnd();
    if (how.focus) {
      focusOn(waiting);
    }
    send(what, true).then(function (result) {
      if (refusedFor(result, 'member') && Object.keys(state.hostFacts).length > 0) {
        return send(what, false).then(function (retried) { return toEntry(retried, true); });
      }
      return toEntry(result, false);
    }).catch(function () {
      return { role: 'bot', error: 'failed' };
    }).then(function (entry) {
      if (mine !== conversation) {
        // the member started over meanwhile: this answer belongs to the conversation left behind
        return;
      }
      waiting.remove();
      if (how.goingOn && entry.answer && entry.answer.best) {
        // the facts may lead to another item: its text is new to the member and is shown
        entry.goingOn = entry.answer.best.id === how.goingOn;
        entry.afterFollowUp = true;
      }
      var box = addEntry(entry);
      showStart(box);
      if (how.focus && !panel.hidden) {
        focusOn(box);
      }
      busy = false;
      askQueued();
    });
  }

  /** The first question that waited while an answer was pending is asked now; the others wait for its answer. */
  function askQueued() {
    while (queue.length > 0 && !busy) {
      var next = queue.shift();
      var text = next.typed ? input.value.trim() : next.text;
      if (next.typed) {
        input.value = '';
        inputNote.textContent = '';
      }
      if (text) {
        ask(text);
      }
    }
  }

  function focusOn(node) {
    node.tabIndex = -1;
    node.focus({ preventScroll: true });
  }

  /** A new answer opens at its start (its end would hide what it begins with); a short one is shown whole. */
  function showStart(box) {
    var above = box.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
    if (above < 0) {
      log.scrollTop += above;
    }
  }

  function send(what, withHostFacts) {
    var body = Object.assign({ limit: 3 }, what);
    // a follow-up is asked only about a fact the server does not know (null from the host included): the answer wins
    var member = Object.assign({}, withHostFacts ? state.hostFacts : {}, state.conversationFacts);
    if (Object.keys(member).length > 0) {
      body.member = member;
    }
    return fetch(config.apiBase + '/api/v1/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kenpo-Channel': 'widget' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    });
  }

  function toEntry(result, hostFactsLeftOut) {
    if (result.ok) {
      return { role: 'bot', answer: result.json, hostFactsLeftOut: hostFactsLeftOut };
    }
    // without the host's facts, refused member facts are the conversation's answers: 最初から clears them
    var error = refusedFor(result, 'question') ? 'invalid' : refusedFor(result, 'member') ? 'answers' : 'failed';
    return { role: 'bot', error: error };
  }

  /**
   * Whether the API refused the request (400 problem+json) for a field: 'question', or 'member' for any member
   * fact ('member.birthDate'). Only the field's name is read, never the value.
   */
  function refusedFor(result, field) {
    var errors = (!result.ok && result.json && result.json.status === 400 && result.json.errors) || [];
    return errors.some(function (error) {
      return error.field === field || String(error.field).indexOf(field + '.') === 0;
    });
  }

  /**
   * A follow-up answered about the item shown: the same item is asked again with one more fact (as on LINE). The fact
   * stays for the later questions of this conversation: the member was asked so as not to be asked again.
   */
  function chooseFollowUp(itemId, fact, option, question) {
    state.conversationFacts[fact] = option.value;
    state.answered = state.answered.filter(function (a) { return a.fact !== fact; });
    state.answered.push({ fact: fact, question: question, label: option.label });
    addEntry({ role: 'user', text: option.label });
    request({ itemId: itemId }, { focus: true, goingOn: itemId });
  }

  function addEntry(entry) {
    // the conversation moved on: earlier choices no longer act, and an unanswered 役に立ちましたか goes
    Array.prototype.forEach.call(log.querySelectorAll('button.choice'), function (button) {
      button.disabled = true;
    });
    Array.prototype.forEach.call(log.querySelectorAll('.feedback.asking'), function (group) {
      group.remove();
    });
    if (entry.answer && entry.answer.contact && entry.answer.contact.contact) {
      state.desk = entry.answer.contact.contact;
    }
    state.entries.push(entry);
    save();
    var box = render(entry, state.entries.length - 1 === lastBotIndex());
    log.appendChild(box);
    scrollToEnd();
    return box;
  }

  function lastBotIndex() {
    for (var i = state.entries.length - 1; i >= 0; i--) {
      if (state.entries[i].role === 'bot') {
        return i;
      }
    }
    return -1;
  }

  function renderAll() {
    log.textContent = '';
    var last = lastBotIndex();
    state.entries.forEach(function (entry, index) {
      log.appendChild(render(entry, index === last));
    });
  }

  /** @param live whether its buttons still act (only the newest answer's do) */
  function render(entry, live) {
    if (entry.role === 'user') {
      return element('div', 'message user', entry.text);
    }
    var box = element('div', 'message bot');
    if (entry.greeting) {
      paragraphs(box, 'こんにちは。ジブラルタ健康保険組合です。\n「資格情報のお知らせ」についてのご質問に、よくある質問（FAQ）からお答えします。\n例：「お知らせが届かない」「お知らせをなくした」');
    } else if (entry.error) {
      paragraphs(box, ERRORS[entry.error] || ERRORS.failed);
    } else {
      if (entry.hostFactsLeftOut) {
        box.appendChild(element('p', 'note', 'ご登録情報に不備があるため、ご登録情報にもとづく個別のご案内はできませんでした。'
          + '以下は、よくある質問からのご案内です。'));
      }
      renderAnswer(box, entry.answer, live, entry.goingOn, entry.afterFollowUp);
      feedback(box, entry, live);
    }
    return box;
  }

  /**
   * 「この回答は役に立ちましたか？」 under the newest answer that shows an FAQ item and asks nothing more about it (a
   * follow-up question waiting for the member's tap would be one question too many); a no-match answer shows the
   * contact desk already. The word goes to POST /api/v1/feedback with this answer's id; the buttons give way to
   * thanks (after いいえ, with the contact desk), which stays across reloads.
   */
  function feedback(box, entry, live) {
    var answer = entry.answer;
    if (entry.feedback) {
      box.appendChild(thanks(entry.feedback));
      return;
    }
    var asks = live && answer.answerId && answer.answered && answer.best && answer.outcome !== 'NO_MATCH'
      && !(answer.followUps && answer.followUps.length > 0);
    if (!asks) {
      return;
    }
    var group = element('div', 'feedback asking');
    group.setAttribute('role', 'group');
    var question = element('p', 'feedback-question', FEEDBACK.question);
    question.id = 'kenpo-faq-feedback-' + answer.answerId;
    group.setAttribute('aria-labelledby', question.id);
    group.appendChild(question);
    var buttons = element('div', 'feedback-buttons');
    [['はい', true], ['いいえ', false]].forEach(function (pair) {
      var button = element('button', 'feedback-button', pair[0]);
      button.type = 'button';
      button.addEventListener('click', function () { sendFeedback(entry, group, pair[1]); });
      buttons.appendChild(button);
    });
    group.appendChild(buttons);
    box.appendChild(group);
  }

  function sendFeedback(entry, group, helpful) {
    Array.prototype.forEach.call(group.querySelectorAll('button'), function (button) { button.disabled = true; });
    var mine = conversation;
    fetch(config.apiBase + '/api/v1/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answerId: entry.answer.answerId, helpful: helpful })
    }).then(function (response) {
      return response.ok ? (helpful ? 'yes' : 'no') : (helpful ? 'failed' : 'failed-no');
    }, function () {
      return helpful ? 'failed' : 'failed-no';
    }).then(function (said) {
      // not helped, and this conversation has not shown the desk yet: fetch it, so that "下記" points at something
      if (said === 'yes' || said === 'failed' || state.desk) {
        return said;
      }
      return fetch(config.apiBase + '/api/v1/contact').then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (desk) {
        if (desk && desk.contact && mine === conversation) {
          state.desk = desk.contact;
        }
        return said;
      }, function () {
        return said;
      });
    }).then(function (said) {
      if (mine !== conversation || !group.isConnected) {
        return;
      }
      if (said === 'yes' || said === 'no') {
        // kept, so that a reload shows the thanks and does not ask again
        entry.feedback = said;
        save();
      }
      var shown = thanks(said);
      group.replaceWith(shown);
      if (!panel.hidden) {
        focusOn(shown);
      }
    });
  }

  /** @param said 'yes', 'no', or 'failed' / 'failed-no' when the word could not be sent */
  function thanks(said) {
    var box = element('div', 'feedback');
    var unhelped = said === 'no' || said === 'failed-no';
    var text = said === 'yes' ? FEEDBACK.yes : said === 'no' ? (state.desk ? FEEDBACK.no : FEEDBACK.noWithoutDesk)
      : FEEDBACK.failed;
    box.appendChild(element('p', 'feedback-thanks', text));
    if (unhelped && state.desk) {
      deskBlock(box, state.desk);
    }
    return box;
  }

  /**
   * @param goingOn the member answered a follow-up about this very item: its text (and the day's statements) are
   *   above already, so only what the answer changes is shown — the statements, then the next question or, at the
   *   end, what the member can do next
   * @param afterFollowUp the answer to a follow-up: without a further question, the flow ends with the next step
   */
  function renderAnswer(box, answer, live, goingOn, afterFollowUp) {
    if (answer.answered && answer.best) {
      var statements = answer.personalization || [];
      var personal = statements.filter(function (e) { return e.scope !== 'DAY'; });
      if (goingOn) {
        box.appendChild(element('div', 'meta', '項番 ' + answer.best.id + ' について、お答えいただいた内容でのご案内です。'));
      } else {
        // the day's current state first: the FAQ's text may speak of a deadline that has passed
        statementBox(box, 'now', '現在のご案内', statements.filter(function (e) { return e.scope === 'DAY'; }));
        box.appendChild(element('div', 'meta', '項番 ' + answer.best.id + '　' + answer.best.category));
        box.appendChild(element('div', 'question', answer.best.question));
        paragraphs(box, answer.best.answer);
        if (answer.source && answer.source.label) {
          box.appendChild(element('div', 'source', '（' + answer.source.title + '　' + answer.source.label + '）'));
        }
      }
      statementBox(box, 'personal', 'お伺いした内容にもとづくご案内', personal);
      if (answer.contact && answer.contact.contact) {
        deskBlock(box, answer.contact.contact);
      }
      if (answer.followUps && answer.followUps.length > 0) {
        var next = answer.followUps[0];
        var about = answer.best.id;
        box.appendChild(element('p', 'follow-up', 'より詳しくご案内するため、お伺いします。' + next.question));
        box.appendChild(choices(next.options.map(function (option) {
          return { label: option.label, act: function () { chooseFollowUp(about, next.fact, option, next.question); } };
        }), live, next.question));
      } else if (afterFollowUp) {
        box.appendChild(element('p', 'follow-up', personal.length > 0 ? NEXT_STEP : NOTHING_MORE));
      } else if (answer.outcome === 'SUGGEST' && answer.candidates.length > 1) {
        suggestions(box, 'ほかに、こちらのご質問もございます。', answer.candidates.slice(1), live);
      }
      if (live) {
        answeredSoFar(box, answer.best.id);
      }
    } else {
      var contact = answer.contact || {};
      paragraphs(box, contact.message || '申し訳ございません。ご質問に該当する回答が見つかりませんでした。');
      if (contact.contact) {
        deskBlock(box, contact.contact);
      }
      if (answer.candidates && answer.candidates.length > 0) {
        suggestions(box, 'もしかして、こちらのご質問でしょうか？', answer.candidates, live);
      }
    }
  }

  /**
   * The facts the member answered in this conversation, each with a button to change it: the answer and those given
   * after it (which may depend on it) are forgotten, and the item is asked again, so the question comes back.
   */
  function answeredSoFar(box, itemId) {
    var answered = state.answered || [];
    if (answered.length === 0) {
      return;
    }
    var group = element('div', 'answered');
    group.appendChild(element('div', 'personal-title', 'お伺いした内容'));
    answered.forEach(function (item, index) {
      group.appendChild(element('p', '', item.question.replace(/を教えてください。?$|。$/, '') + '：' + item.label));
      group.appendChild(choices([{
        label: '「' + item.label + '」を変更する',
        act: function () {
          state.answered.slice(index).forEach(function (later) { delete state.conversationFacts[later.fact]; });
          state.answered = state.answered.slice(0, index);
          addEntry({ role: 'user', text: '「' + item.label + '」を変更します' });
          request({ itemId: itemId }, { focus: true, goingOn: itemId });
        }
      }], true, 'お伺いした内容の変更'));
    });
    box.appendChild(group);
  }

  function statementBox(box, className, title, statements) {
    if (statements.length === 0) {
      return;
    }
    var group = element('div', className);
    group.appendChild(element('div', 'personal-title', title));
    statements.forEach(function (explanation) {
      var item = element('p', '', explanation.text);
      item.appendChild(element('span', 'cite', '（項番 ' + explanation.faqIds.join('・') + '）'));
      group.appendChild(item);
    });
    box.appendChild(group);
  }

  function suggestions(box, lead, candidates, live) {
    box.appendChild(element('p', 'follow-up', lead));
    box.appendChild(choices(candidates.map(function (candidate) {
      var label = '【' + candidate.id + '】' + candidate.question;
      return { label: label, act: function () { askItem(candidate.id, label); } };
    }), live, lead));
  }

  function choices(items, live, label) {
    var group = element('div', 'choices');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    items.forEach(function (item) {
      var button = element('button', 'choice', item.label);
      button.type = 'button';
      if (live) {
        button.addEventListener('click', function () {
          if (!busy) {
            item.act();
          }
        });
      } else {
        button.disabled = true;
      }
      group.appendChild(button);
    });
    return group;
  }

  function deskBlock(box, text) {
    var desk = element('div', 'contact');
    paragraphs(desk, text);
    box.appendChild(desk);
  }

  /**
   * Lines become paragraphs. http(s) URLs become links that open safely in a new tab; a phone number after its
   * TEL： label and a mail address (the contact desk's) become tel: and mailto: links, so a member on a phone calls
   * or writes with one tap instead of copying the number by hand.
   */
  function paragraphs(parent, text) {
    String(text).split('\n').forEach(function (line) {
      if (line.trim() !== '') {
        parent.appendChild(linked(element('p'), line));
      }
    });
  }

  function linked(p, line) {
    var shown = 0;
    var match;
    LINK_PATTERN.lastIndex = 0;
    while ((match = LINK_PATTERN.exec(line)) !== null) {
      // a phone number's label stays text: only the number is the link
      var start = match.index + (match[2] ? match[2].length : 0);
      appendText(p, line.slice(shown, start));
      p.appendChild(linkFor(match));
      shown = LINK_PATTERN.lastIndex;
    }
    appendText(p, line.slice(shown));
    return p;
  }

  function appendText(parent, text) {
    if (text) {
      parent.appendChild(document.createTextNode(text));
    }
  }

  function linkFor(match) {
    if (match[1]) {
      var link = element('a', '', match[1]);
      link.href = match[1];
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      return link;
    }
    if (match[3]) {
      // tel: takes digits only: full-width digits (０３) become ASCII, hyphens go
      var call = element('a', 'desk-link', match[3]);
      call.href = 'tel:' + match[3].normalize('NFKC').replace(/[^0-9]/g, '');
      return call;
    }
    var mail = element('a', 'desk-link', match[4]);
    mail.href = 'mailto:' + match[4];
    return mail;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function save() {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (ignored) {
      // storage full or disabled: the conversation simply does not survive a reload
    }
  }

  function newConversation(hostFacts, open) {
    return { entries: [], hostFacts: hostFacts, conversationFacts: {}, answered: [], open: open, desk: null };
  }

  /** A saved state from before hostFacts and conversationFacts (one mixed "member") starts without facts. */
  function restore() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      if (!saved || !Array.isArray(saved.entries)) {
        return null;
      }
      saved.hostFacts = saved.hostFacts || {};
      saved.conversationFacts = saved.conversationFacts || {};
      saved.answered = saved.answered || [];
      saved.desk = saved.desk || null;
      return saved;
    } catch (ignored) {
      return null;
    }
  }

  function attribute(name) {
    return script && script.getAttribute(name);
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (ignored) {
      return '';
    }
  }

  function markup() {
    return ''
      // the launcher is named by the words it shows, so what a member sees is what voice control and screen readers say
      + '<button type="button" class="launcher" aria-expanded="false" aria-controls="kenpo-faq-panel"><svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">'
      + '<path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg><span class="launcher-text">ご質問はこちら</span></button>'
      + '<section class="panel" id="kenpo-faq-panel" role="dialog" aria-modal="false" aria-labelledby="kenpo-faq-title" hidden>'
      // a div, not a header: a header would be a second banner landmark besides the host page's own
      + '<div class="header"><h2 class="title" id="kenpo-faq-title"></h2>'
      + '<button type="button" class="reset">最初から</button>'
      + '<button type="button" class="close" aria-label="チャットを閉じる">×</button></div>'
      + '<div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="会話"></div>'
      + '<form><label class="visually-hidden" for="kenpo-faq-input">ご質問</label>'
      + '<p class="input-note" id="kenpo-faq-input-note" role="status"></p>'
      + '<input id="kenpo-faq-input" type="text" autocomplete="off" placeholder="ご質問を入力してください"'
      + ' aria-describedby="kenpo-faq-input-note">'
      + '<button type="submit" class="send">送信</button></form>'
      + '</section>';
  }

  /**
   * Sizes are in rem/em, not px: the widget's text follows the host page's root font size and the browser's font
   * size setting, and is never smaller than the browser's default (the max() guards against pages that shrink the
   * root, e.g. html{font-size:62.5%}). Body text is 1em, at least 16px; buttons are at least 44 x 44 CSS px, a
   * target an older member hits with a finger.
   */
  function css() {
    return ''
      + ':host{all:initial}'
      + '*{box-sizing:border-box;font-family:"Hiragino Kaku Gothic ProN","Noto Sans CJK JP","Noto Sans JP","Yu Gothic",Meiryo,sans-serif}'
      // 100% is the host's size, which all:initial resets to the browser's default
      + '.launcher,.panel{font-size:100%;font-size:max(1rem,100%)}'
      + '.launcher{position:fixed;bottom:20px;z-index:2147483000;display:flex;align-items:center;gap:.4em;'
      + 'min-width:44px;min-height:44px;padding:.75em 1.1em;border:none;border-radius:2em;background:#00558c;color:#fff;'
      + 'box-shadow:0 4px 12px rgba(0,0,0,.25);cursor:pointer}'
      + '.launcher svg{width:1.25em;height:1.25em;flex:none}'
      + '.launcher.right{right:20px}.launcher.left{left:20px}'
      + '.panel{position:fixed;bottom:84px;z-index:2147483001;width:24em;max-width:calc(100vw - 16px);'
      + 'height:600px;max-height:calc(100vh - 100px);display:flex;flex-direction:column;background:#fff;'
      + 'color:#222;border-radius:12px;box-shadow:0 8px 28px rgba(0,0,0,.3);overflow:hidden;line-height:1.6}'
      + '.panel[hidden]{display:none}'
      + '.panel.right{right:20px}.panel.left{left:20px}'
      + '.header{display:flex;align-items:center;gap:.5em;padding:.4em .75em;background:#00558c;color:#fff}'
      + '.title{flex:1;min-width:0;margin:0;font-size:1.0625em;font-weight:bold;line-height:1.4}'
      + '.header button{min-width:44px;min-height:44px;border:1px solid rgba(255,255,255,.6);background:transparent;'
      + 'color:#fff;border-radius:6px;padding:0 .6em;font-size:1em;cursor:pointer}'
      + '.header .close{font-size:1.5em;line-height:1;padding:0}'
      + '.log{flex:1;overflow-y:auto;padding:.75em;background:#f4f6f8}'
      + '.message{margin:0 0 .6em;padding:.6em .75em;border-radius:10px;max-width:92%;word-wrap:break-word;overflow-wrap:anywhere}'
      + '.message p{margin:0 0 .4em}.message p:last-child{margin-bottom:0}'
      + '.user{margin-left:auto;background:#00558c;color:#fff;white-space:pre-wrap}'
      + '.bot{background:#fff;border:1px solid #dde3ea}'
      + '.waiting{color:#555;font-style:italic}'
      + '.message:focus{outline:none}.message:focus-visible{outline:3px solid #ffb300;outline-offset:2px}'
      + '.meta{font-size:.9375em;color:#555;margin-bottom:2px}'
      + '.question{font-weight:bold;margin-bottom:.4em}'
      + '.personal{margin-top:.5em;padding:.5em .6em;background:#eef6ee;border-left:4px solid #2e7d32;border-radius:4px}'
      + '.personal-title{font-weight:bold;margin-bottom:.25em}'
      + '.now{margin:0 0 .5em;padding:.5em .6em;background:#fdecea;border-left:4px solid #c62828;border-radius:4px}'
      + '.note{margin:0 0 .5em !important;padding:.4em .6em;background:#f0f3f6;border-left:4px solid #9aa7b4;border-radius:4px}'
      + '.answered{margin-top:.5em;padding:.5em .6em;background:#f0f3f6;border-left:4px solid #9aa7b4;border-radius:4px}'
      + '.source{margin-top:.25em;font-size:.9375em;color:#555}'
      + '.cite{color:#555;font-size:.9375em}'
      + '.contact{margin-top:.5em;padding:.5em .6em;background:#fff8e1;border-left:4px solid #f9a825;border-radius:4px}'
      // taller than the line, so that a finger finds the number or the address
      + '.desk-link{display:inline-block;padding:.3em 0;font-weight:bold}'
      + '.follow-up{margin-top:.5em !important;font-weight:bold}'
      + '.choices{display:flex;flex-wrap:wrap;gap:.4em;margin-top:.4em}'
      + '.choice{min-height:44px;border:1px solid #00558c;background:#fff;color:#00558c;border-radius:1.2em;'
      + 'padding:.4em .8em;font-size:1em;text-align:left;cursor:pointer}'
      + '.choice:hover:not(:disabled){background:#e6f0f7}.choice:disabled{opacity:.55;cursor:default}'
      + '.feedback{margin-top:.6em;padding-top:.5em;border-top:1px solid #dde3ea}'
      + '.feedback-question{font-weight:bold}'
      + '.feedback-buttons{display:flex;gap:.6em;margin-top:.4em}'
      + '.feedback-button{min-width:5em;min-height:44px;border:1px solid #00558c;background:#fff;color:#00558c;'
      + 'border-radius:1.2em;padding:.4em 1em;font-size:1em;cursor:pointer}'
      + '.feedback-button:hover:not(:disabled){background:#e6f0f7}.feedback-button:disabled{opacity:.55;cursor:default}'
      + 'a{color:#00558c;word-break:break-all}'
      + 'form{display:flex;flex-wrap:wrap;gap:.4em;padding:.6em;border-top:1px solid #dde3ea;background:#fff}'
      + '.input-note{flex:1 0 100%;margin:0;padding:.4em .6em;background:#fff8e1;border-left:4px solid #f9a825;border-radius:4px}'
      + '.input-note:empty{display:none}'
      // 1em is at least 16px: a phone zooms into a focused input with smaller text
      + 'input{flex:1;min-width:0;min-height:44px;padding:.5em .6em;border:1px solid #9aa7b4;border-radius:8px;font-size:1em}'
      + '.send{min-width:44px;min-height:44px;padding:0 .9em;border:none;border-radius:8px;background:#00558c;color:#fff;'
      + 'font-size:1em;cursor:pointer}'
      + 'button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #ffb300;outline-offset:2px}'
      + '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}'
      + '@media (max-width:480px){.panel{left:8px !important;right:8px !important;width:auto;bottom:76px;'
      + 'height:calc(100vh - 92px);max-height:none}}';
  }
})();
