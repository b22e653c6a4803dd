/* Call-centre FAQ console: search as you type, full answer on Enter, copy, browse, member verdicts. */
(function () {
  'use strict';
  // after NFKC (which makes full-width digits and － ASCII), the dashes people still type between numbers
  var DASHES = /[‐‑‒–—―−ーｰ]/g;
  var ID_PATTERN = /^(\d{1,2})-(\d{1,2})$/;
  /** Each era by initial and by name, to the Gregorian year before its 元年 (明治元年 is 1868). */
  var ERAS = { M: 1867, T: 1911, S: 1925, H: 1988, R: 2018, 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };
  var UNREADABLE_DATE = '日付として読み取れませんでした。「2024/9/14」「R6.9.14」「令和6年9月14日」のように入力してください。';
  var q = document.getElementById('q');
  var results = document.getElementById('results');
  var note = document.getElementById('search-note');
  var answer = document.getElementById('answer');
  var copy = document.getElementById('copy');
  var copied = document.getElementById('copied');
  var facts = document.getElementById('facts');
  var verdicts = document.getElementById('verdicts');
  var items = [];
  var hits = [];
  var hitsFor = null; // the text the listed hits were found for: Enter never opens the hits of an earlier text
  var pending = null; // the search under way, { text, done }, so that Enter can wait for it instead of asking again
  var selected = -1;
  var shown = null;
  var timer = null;
  var caller = 0; // counts 「次の方」: an answer that comes back for the caller before is dropped
  var changes = 0; // counts changes to the facts: verdicts asked for before a change no longer match them
  var assessed = false; // verdicts for the facts are shown (an error is not a verdict to mark outdated)
  var answerHelp = answer.firstElementChild;
  var explained = []; // the explanations of the verdicts shown, for the sentence to read aloud

  var LABELS = {
    reason: { ENROLLED_AND_REGISTERED: '基準日時点で加入・マイナンバー登録済み', NOT_ENROLLED_ON_REFERENCE_DATE: '基準日時点で資格なし',
      MY_NUMBER_NOT_REGISTERED_BY_REFERENCE_DATE: '基準日までにマイナンバー未登録' },
    delivery: { HOME_ADDRESS_RECORDED_MAIL: '事業主届出の住所へ特定記録郵便', VIA_WORKPLACE: '事業所へ一括送付（事業所経由）',
      RESIDENCE_RECORDED_MAIL: '届出の居所住所へ特定記録郵便' },
    // filled from GET /api/v1/facts, the server's one table of member facts
    fact: {}
  };
  var FIELDS = [];

  fetchJson('/api/v1/facts').then(buildFactFields, function () {
    facts.querySelector('.fields').appendChild(element('p', 'error', '入力項目を読み込めませんでした。再読み込みしてください。'));
  });
  var asOf = document.getElementById('asOf');
  asOf.value = today();
  readsDates(asOf, document.querySelector('label[for="asOf"]').textContent);
  fetchJson('/api/v1/agent/me').then(function (me) {
    document.getElementById('agent-name').textContent = me.name;
    // the editors' page of what members asked, for those who may open it
    document.getElementById('editor-link').hidden = me.roles.indexOf('editor') < 0;
  });
  fetchJson('/api/v1/faq').then(function (all) { items = all; buildCategories(); });

  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      q.focus();
      q.select();
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.key === 'n')) {
      // by code: on a Mac, Alt+N types a dead key rather than n
      event.preventDefault();
      nextCaller();
    }
  });
  document.getElementById('next-caller').addEventListener('click', nextCaller);
  // Nothing of the caller is left for Back to show after a logout: the page empties as the form is sent (the browser
  // keeps no copy of the facts for the history), and a page the browser restores from its back-forward cache loads
  // again from the server, which asks for a login.
  document.querySelector('form[action="/agent/logout"]').addEventListener('submit', clearCaller);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      location.reload();
    }
  });
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  q.addEventListener('keydown', function (event) {
    if (event.isComposing || event.keyCode === 229) {
      return; // keys that pick and confirm an IME conversion are the IME's, not the list's
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(selected + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openFromSearch();
    }
  });
  copy.addEventListener('click', function () {
    if (!shown) {
      return;
    }
    var text = '【' + shown.id + '】' + shown.question + '\n' + shown.answer;
    (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject()).then(function () {
      copied.textContent = 'コピーしました';
    }, function () {
      copied.textContent = 'コピーできませんでした（回答を選択してコピーしてください）';
    });
  });
  facts.addEventListener('submit', function (event) {
    event.preventDefault();
    assess();
  });
  facts.addEventListener('input', factsChanged);
  facts.addEventListener('change', factsChanged);
  facts.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      assess();
    }
  });

  /**
   * Enter opens the item for the text as it is now. Typed and entered at once, the text has not been searched yet
   * (searching waits for a pause in typing): it is searched first, and its first hit opened if the text is unchanged.
   */
  function openFromSearch() {
    var text = q.value.trim();
    var id = itemId(text);
    if (id) {
      show(id);
    } else if (text && hitsFor === text) {
      openSelected();
    } else if (text) {
      clearTimeout(timer);
      search().then(function () {
        if (q.value.trim() === text) {
          openSelected();
        }
      }, function () { /* nothing found to open */ });
    }
  }

  function openSelected() {
    if (hits.length > 0) {
      show(hits[Math.max(selected, 0)].id);
    }
  }

  /** Lists the hits for the search box's text; the promise settles once they are listed. */
  function search() {
    var text = q.value.trim();
    if (pending && pending.text === text) {
      return pending.done;
    }
    results.textContent = '';
    showOutcome(null);
    clearResolved(text);
    hits = [];
    hitsFor = null;
    selected = -1;
    var id = itemId(text);
    if (!text || id) {
      var item = id && findItem(id);
      hits = item ? [{ id: item.id, category: item.category, question: item.question, score: null }] : [];
      hitsFor = text;
      renderHits();
      return Promise.resolve();
    }
    var done = fetchJson('/api/v1/agent/search?limit=10&q=' + encodeURIComponent(text)).then(function (found) {
      if (q.value.trim() === text) {
        hits = found.hits;
        hitsFor = text;
        showOutcome(found.outcome, found.contact);
        renderHits(found.outcome === 'NO_MATCH');
      }
    });
    var run = { text: text, done: done };
    pending = run;
    done.then(finished, finished);
    function finished() {
      if (pending === run) {
        pending = null;
      }
    }
    return done;
  }

  /** The 項番 the text is, however typed (５－２, 5ー2, 05-02), as the FAQ writes it (5-2); null for any other text. */
  function itemId(text) {
    var id = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, '').match(ID_PATTERN);
    return id ? Number(id[1]) + '-' + Number(id[2]) : null;
  }

  /** @param weak the hits are only the least unlikely items for a question the FAQ does not cover */
  function renderHits(weak) {
    results.textContent = '';
    hits.forEach(function (hit, index) {
      var li = element('li', weak ? 'weak' : '');
      li.id = 'hit-' + index;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      if (hit.score !== null) {
        li.appendChild(element('span', 'score', hit.score.toFixed(2)));
      }
      li.appendChild(element('span', 'id', hit.id));
      li.appendChild(document.createTextNode(hit.question));
      li.appendChild(element('span', 'cat', hit.category));
      li.addEventListener('click', function () { show(hit.id); });
      results.appendChild(li);
    });
    select(hits.length > 0 ? 0 : -1);
  }

  /**
   * What the matcher decided, above the hits: for NO_MATCH a flag with the contact desk, so that weak hits are not
   * read as answers; for SUGGEST a note to check; for ANSWER, or a search by item id (null), nothing.
   */
  function showOutcome(outcome, desk) {
    note.textContent = '';
    results.setAttribute('aria-label', outcome === 'NO_MATCH' ? '参考：関連の低い項目' : '検索結果');
    if (outcome === 'SUGGEST') {
      var several = element('p', 'several', '候補が複数あります。内容をご確認ください。');
      several.id = 'several-candidates';
      note.appendChild(several);
    } else if (outcome === 'NO_MATCH') {
      var flag = element('div', 'out-of-scope');
      flag.id = 'out-of-scope';
      var hasDesk = Boolean(desk && desk.contact);
      flag.appendChild(element('p', 'flag-head', 'このご質問は、このFAQでは扱っていない内容の可能性があります。'
        + (hasDesk ? 'お問い合わせの方には、下記のお問合せ先をご案内ください。' : '')));
      if (hasDesk) {
        flag.appendChild(element('p', 'contact', desk.contact));
      }
      note.appendChild(flag);
      note.appendChild(element('h3', 'weak-title', '参考：関連の低い項目'));
    }
  }

  function select(index) {
    if (hits.length === 0) {
      return;
    }
    selected = Math.max(0, Math.min(hits.length - 1, index));
    Array.prototype.forEach.call(results.children, function (li, i) {
      li.setAttribute('aria-selected', i === selected ? 'true' : 'false');
    });
    q.setAttribute('aria-activedescendant', 'hit-' + selected);
  }

  /** Shows an item in full; null shows none, as when the console opens. */
  function show(id) {
    var item = findItem(id);
    answer.textContent = '';
    copied.textContent = '';
    if (id === null) {
      answer.appendChild(answerHelp);
      copy.disabled = true;
      shown = null;
      return;
    }
    if (!item) {
      answer.appendChild(element('p', 'help', '項番 ' + id + ' はありません。'));
      copy.disabled = true;
      shown = null;
      return;
    }
    shown = item;
    answer.appendChild(element('div', 'meta', '項番 ' + item.id + '　' + item.category));
    answer.appendChild(element('div', 'question', item.question));
    item.answer.split('\n').forEach(function (line) { answer.appendChild(element('p', '', line)); });
    copy.disabled = false;
  }

  function buildCategories() {
    var box = document.getElementById('categories');
    var current = null;
    items.forEach(function (item) {
      if (item.category !== current) {
        current = item.category;
        box.appendChild(element('h3', '', item.id.split('-')[0] + '．' + item.category));
      }
      var button = element('button', '', item.id + '　' + item.question);
      button.type = 'button';
      button.addEventListener('click', function () { show(item.id); });
      box.appendChild(button);
    });
  }

  /** One input per fact, as the server describes it: a select of its values, a date, or both for a stated null. */
  function buildFactFields(described) {
    FIELDS = described;
    var box = facts.querySelector('.fields');
    FIELDS.forEach(function (field) {
      LABELS.fact[field.key] = field.label;
      var wrap = element('div');
      var label = element('label', '', field.label);
      label.htmlFor = 'fact-' + field.key;
      wrap.appendChild(label);
      var stated = field.nullMeans === null ? [] : [['null', field.nullMeans]];
      if (field.kind !== 'DATE') {
        // a value travels as its JSON text, so that names, booleans and numbers come back as they were
        wrap.appendChild(selectOf(field.key, [['', '未確認']].concat(stated, field.options.map(function (option) {
          return [JSON.stringify(option.value), option.label];
        }))));
      } else if (stated.length === 0) {
        var alone = dateInput('fact-' + field.key, field.label);
        wrap.appendChild(alone);
        wrap.appendChild(dateNote(alone));
      } else {
        var pair = element('div', 'pair');
        var choice = selectOf(field.key, [['', '未確認']].concat(stated, [['date', '日付']]));
        pair.appendChild(choice);
        var date = dateInput('fact-' + field.key + '-date', field.label);
        date.setAttribute('aria-label', field.label + '（日付）');
        pair.appendChild(date);
        wrap.appendChild(pair);
        wrap.appendChild(dateNote(date));
        pairUp(choice, date);
      }
      box.appendChild(wrap);
    });
  }

  function selectOf(key, options) {
    var select = element('select');
    select.id = 'fact-' + key;
    options.forEach(function (option) {
      var o = element('option', '', option[1]);
      o.value = option[0];
      select.appendChild(o);
    });
    return select;
  }

  /**
   * A text field, not the browser's date input: that one takes digits only, in the order of the browser's locale,
   * and no 和暦, which callers often give (生年月日 above all).
   */
  function dateInput(id, label) {
    var input = element('input');
    input.type = 'text';
    input.id = id;
    input.placeholder = '例：R6.9.14';
    readsDates(input, label);
    return input;
  }

  /** Marks a text field as a date field and echoes, as the agent types, the day it reads. */
  function readsDates(input, label) {
    input.classList.add('date');
    input.autocomplete = 'off';
    input.setAttribute('data-label', label);
    input.setAttribute('aria-describedby', input.id + '-note');
    input.addEventListener('input', function () { echoDate(input, false); });
    // a half-typed date is not yet wrong: it is called unreadable only once the agent leaves the field
    input.addEventListener('change', function () { echoDate(input, true); });
  }

  function dateNote(input) {
    var note = element('p', 'help date-note');
    note.id = input.id + '-note';
    note.setAttribute('aria-live', 'polite');
    return note;
  }

  /**
   * A date typed beside a selector states it: the selector follows what is typed, and a value chosen instead (加入中,
   * 未登録, 未確認) empties the date, so that the form never shows one thing and sends another.
   */
  function pairUp(choice, date) {
    date.addEventListener('input', function () {
      if (date.value.trim()) {
        choice.value = 'date';
      } else if (choice.value === 'date') {
        choice.value = '';
      }
    });
    choice.addEventListener('change', function () {
      if (choice.value !== 'date' && date.value) {
        date.value = '';
        echoDate(date, false);
      }
    });
  }

  /** Says beside the field which day it read; what is not a day, only once @param complain is set. */
  function echoDate(input, complain) {
    var iso = parseDate(input.value);
    var note = document.getElementById(input.id + '-note');
    var unreadable = iso === null && complain;
    note.textContent = iso ? japaneseDate(iso) + 'として扱います' : (unreadable ? UNREADABLE_DATE : '');
    note.classList.toggle('error', unreadable);
    if (unreadable) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  /**
   * A date as agents type it, as ISO YYYY-MM-DD: 2024-09-14, 2024/9/14, 20240914, 2024年9月14日, in full-width
   * digits too, or in 和暦 (R6.9.14, 令和6年9月14日, H元.5.1). '' for nothing typed, null for what is not a day of the
   * calendar. An era's years are counted from its 元年 without checking where the era ends (H31.5.1 reads as
   * 2019-05-01): the echo shows the agent the day it became.
   */
  function parseDate(text) {
    var s = text.normalize('NFKC').replace(/\s+/g, '').replace(DASHES, '-').toUpperCase();
    if (!s) {
      return '';
    }
    var digits = s.match(/^(\d{4})(\d{2})(\d{2})$/);
    if (digits) {
      return isoDate(Number(digits[1]), Number(digits[2]), Number(digits[3]));
    }
    s = s.replace(/[年月.\/]/g, '-').replace(/日$/, '');
    var western = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
    if (western) {
      return isoDate(Number(western[1]), Number(western[2]), Number(western[3]));
    }
    var era = s.match(/^([MTSHR]|明治|大正|昭和|平成|令和)(\d{1,2}|元)-(\d{1,2})-(\d{1,2})$/);
    if (era) {
      var year = era[2] === '元' ? 1 : Number(era[2]);
      return year < 1 ? null : isoDate(ERAS[era[1]] + year, Number(era[3]), Number(era[4]));
    }
    return null;
  }

  /** The ISO date of a year, month and day, or null where there is no such day (2月30日). */
  function isoDate(year, month, day) {
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return null;
    }
    return date.toISOString().slice(0, 10);
  }

  function memberFacts() {
    var member = {};
    FIELDS.forEach(function (field) {
      var value = document.getElementById('fact-' + field.key).value;
      if (field.kind === 'DATE' && field.nullMeans === null) {
        value = parseDate(value);
        if (value) {
          member[field.key] = value;
        }
      } else if (value === 'date') {
        var date = parseDate(document.getElementById('fact-' + field.key + '-date').value);
        if (date) {
          member[field.key] = date;
        }
      } else if (value !== '') {
        member[field.key] = JSON.parse(value);
      }
    });
    return member;
  }

  /** The labels of the date fields whose text is no date, each told so beside it. */
  function unreadableDates() {
    return Array.prototype.filter.call(facts.querySelectorAll('input.date'), function (input) {
      return parseDate(input.value) === null;
    }).map(function (input) {
      echoDate(input, true);
      return input.getAttribute('data-label');
    });
  }

  function assess() {
    var unreadable = unreadableDates();
    if (unreadable.length > 0) {
      // sent, a date the agent did not mean would be judged as unknown, or refused in English
      showError('日付を読み取れませんでした（' + unreadable.join('・') + '）。入力内容をご確認ください。');
      return;
    }
    var body = { member: memberFacts(), asOf: parseDate(asOf.value) || undefined };
    var forCaller = caller;
    var forChanges = changes;
    fetchJson('/api/v1/agent/assessment', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) }).then(function (result) {
      if (forCaller === caller) {
        renderVerdicts(result);
        assessed = true;
        if (forChanges !== changes) {
          markOutdated(); // the facts changed while the server was judging them
        }
      }
    }, function (problem) {
      if (forCaller === caller) {
        showError(refusal(problem));
      }
    });
  }

  function showError(text) {
    verdicts.textContent = '';
    verdicts.classList.remove('outdated');
    assessed = false;
    verdicts.appendChild(element('p', 'error', text));
  }

  function factsChanged() {
    changes++;
    if (assessed) {
      markOutdated();
    }
  }

  /** Verdicts shown for facts since changed stay readable, dimmed, under a note, until the agent assesses again. */
  function markOutdated() {
    if (verdicts.classList.contains('outdated')) {
      return;
    }
    verdicts.classList.add('outdated');
    var note = element('p', 'outdated-note', '入力が変わりました。もう一度判定してください。');
    note.id = 'verdicts-outdated';
    verdicts.insertBefore(note, verdicts.firstChild);
  }

  /** The next caller starts from nothing: no search, no item, no facts or verdicts of the caller before. */
  function nextCaller() {
    clearCaller();
    q.focus();
  }

  function clearCaller() {
    caller++;
    clearTimeout(timer);
    pending = null;
    q.value = '';
    search();
    q.removeAttribute('aria-activedescendant');
    show(null);
    facts.reset();
    asOf.value = today();
    Array.prototype.forEach.call(facts.querySelectorAll('input.date'), function (input) { echoDate(input, false); });
    document.getElementById('asOf-note').textContent = ''; // today needs no echo
    verdicts.textContent = '';
    verdicts.classList.remove('outdated');
    assessed = false;
    explained = [];
  }

  /**
   * Why the server refused the facts, in Japanese: the labels of the fields it names. Its detail and messages are
   * English for API clients and never shown; not knowing a field leaves the general message.
   */
  function refusal(problem) {
    if (!problem || problem.status !== 400) {
      return '判定できませんでした。しばらくしてから、もう一度お試しください。';
    }
    var named = [];
    (problem.errors || []).forEach(function (error) {
      var label = fieldLabel(String(error.field).split('.').pop());
      if (label && named.indexOf(label) < 0) {
        named.push(label);
      }
    });
    return named.length === 0 ? '判定できませんでした。入力内容をご確認ください。'
      : '入力内容をご確認ください（' + named.join('・') + '）。';
  }

  /** A fact's label from the server's table, or the form's own label of the 判定日; null for anything else. */
  function fieldLabel(key) {
    if (Object.prototype.hasOwnProperty.call(LABELS.fact, key)) {
      return LABELS.fact[key];
    }
    return key === 'asOf' ? document.querySelector('label[for="asOf"]').textContent : null;
  }

  function renderVerdicts(result) {
    var a = result.assessment;
    verdicts.textContent = '';
    verdicts.classList.remove('outdated');
    var table = element('table');
    row(table, '基準日', a.referenceDate ? japaneseDate(a.referenceDate) : null);
    row(table, '一斉送付の対象', yesNo(a.noticeTarget));
    row(table, '理由', a.reason ? LABELS.reason[a.reason] : null);
    row(table, '後日のお知らせ（下4桁なし）', yesNo(a.laterNoticeWithoutDigits));
    var notSent = a.noticeTarget === false ? '―（一斉送付の対象外）' : null;
    row(table, '送付方法', a.delivery ? LABELS.delivery[a.delivery] : notSent);
    row(table, '負担割合の記載', a.copayRatioPrinted ? 'あり（' + a.copayRatio + '割）' : (yesNo(a.copayRatioPrinted) || notSent));
    row(table, 'マイナ保険証の利用', a.canUseMynaCard === null ? null : (a.canUseMynaCard ? '利用できる' : '利用できない'));
    var script = element('div', 'read-aloud');
    script.id = 'read-aloud';
    script.hidden = true;
    verdicts.appendChild(script);
    verdicts.appendChild(table);
    explained = a.explanations;
    readAloud(shown ? shown.id : null);
    a.explanations.forEach(function (e) {
      var box = element('div', 'explanation', e.text);
      var cite = element('span', 'cite', '　項番');
      e.faqIds.forEach(function (id) {
        var b = element('button', '', id);
        b.type = 'button';
        b.addEventListener('click', function () { show(id); });
        cite.appendChild(b);
      });
      box.appendChild(cite);
      verdicts.appendChild(box);
    });
    if (a.missingFacts.length > 0) {
      verdicts.appendChild(element('div', 'missing', '確認が必要な情報：' + missingNames(a.missingFacts).join('、')));
    }
    choose();
  }

  /**
   * The labels of the facts to ask for. A fact the form does not know (its table did not load) is counted, never
   * shown by its English key.
   */
  function missingNames(keys) {
    var names = keys.map(function (key) { return LABELS.fact[key]; }).filter(Boolean);
    if (names.length < keys.length) {
      names.push('ほか' + (keys.length - names.length) + '件（項目名を読み込めませんでした。再読み込みしてください）');
    }
    return names;
  }

  /**
   * One sentence for the agent to read to the caller, above the verdicts: the first sentence, word for word, of the
   * first explanation that cites the item in question (chosen for the caller's question, or else open), or else of
   * the first explanation drawn from the caller's facts. Nothing is composed here: the policy's words are the rules'.
   */
  function readAloud(itemId) {
    var box = document.getElementById('read-aloud');
    if (!box) {
      return;
    }
    var cited = explained.filter(function (e) { return itemId !== null && e.faqIds.indexOf(itemId) >= 0; })[0];
    var chosen = cited || explained.filter(function (e) { return e.scope === 'MEMBER'; })[0];
    box.textContent = '';
    box.hidden = !chosen;
    box.setAttribute('data-item', cited ? itemId : '');
    if (chosen) {
      var sentence = chosen.text.match(/^[^。！？]*[。！？]/);
      box.appendChild(element('span', 'read-aloud-label', '読み上げ用'));
      box.appendChild(element('p', 'read-aloud-text', sentence ? sentence[0] : chosen.text));
    }
  }

  /** The caller's question answered as the widget and LINE would answer it: the item chosen for these facts and why. */
  function choose() {
    var text = q.value.trim();
    if (!text) {
      return;
    }
    var body = { question: text, member: memberFacts(), asOf: parseDate(asOf.value) || undefined };
    // counted apart from members' questions: an agent's lookup is not a member asking through the API
    var headers = { 'Content-Type': 'application/json', 'X-Kenpo-Channel': 'agent' };
    var forCaller = caller;
    fetchJson('/api/v1/ask', { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (answer) {
      if (forCaller === caller) {
        renderChoice(answer, text);
      }
    }, function () { /* the verdicts above stand on their own */ });
  }

  function renderChoice(answer, question) {
    var box = element('div', 'choice');
    box.id = 'choice';
    if (!answer.answered || !answer.choice) {
      var deskItem = answer.contact && answer.contact.faqId;
      box.appendChild(element('p', '', 'この質問に該当するFAQはありません'
        + (deskItem ? '（お問合せ先は項番' + deskItem + '）。' : '。')));
      resolved(box, answer, question);
      verdicts.appendChild(box);
      return;
    }
    var c = answer.choice;
    readAloud(c.chosenId);
    var head = element('p', 'choice-head', 'この方への回答：項番' + c.chosenId
      + (c.matchedId !== c.chosenId ? '（質問に最も近いのは項番' + c.matchedId + '）' : ''));
    var open = element('button', '', '表示');
    open.type = 'button';
    open.addEventListener('click', function () { show(c.chosenId); });
    head.appendChild(open);
    box.appendChild(head);
    c.fits.forEach(function (fit) {
      var p = element('p', fit.fits ? 'fit' : 'unfit', fit.text);
      p.appendChild(element('span', 'rule', '　規則：' + fit.rule));
      box.appendChild(p);
    });
    resolved(box, answer, question);
    verdicts.appendChild(box);
  }

  /**
   * Whether the caller was answered, said by the agent for this /ask answer: POST /api/v1/feedback with its answerId
   * (the same word a member gives in the widget, counted under the agent channel). It belongs to the question it was
   * asked for: a new search or 「次の方」 removes it.
   */
  function resolved(box, answer, question) {
    if (!answer.answerId) {
      return;
    }
    var group = element('div', 'resolved');
    group.id = 'resolved';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'この方の解決');
    group.setAttribute('data-question', question);
    var status = element('span', 'resolved-status');
    status.id = 'resolved-status';
    status.setAttribute('role', 'status');
    [['解決した', true], ['解決しなかった', false]].forEach(function (pair) {
      var button = element('button', pair[1] ? 'solved' : 'unsolved', pair[0]);
      button.type = 'button';
      button.addEventListener('click', function () { sendResolved(group, status, answer.answerId, pair[1], pair[0]); });
      group.appendChild(button);
    });
    group.appendChild(status);
    box.appendChild(group);
  }

  function sendResolved(group, status, answerId, helpful, label) {
    var buttons = group.querySelectorAll('button');
    Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
    status.textContent = '';
    var forCaller = caller;
    fetch('/api/v1/feedback', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answerId: answerId, helpful: helpful }) }).then(function (response) {
      if (response.status === 401) {
        sessionEnded();
      }
      return response.ok;
    }, function () {
      return false;
    }).then(function (ok) {
      if (forCaller !== caller || !group.isConnected) {
        return;
      }
      if (ok) {
        Array.prototype.forEach.call(buttons, function (button) { button.remove(); });
        status.textContent = '記録しました（' + label + '）';
      } else {
        Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
        status.textContent = '記録できませんでした。もう一度お試しください。';
        status.classList.add('error');
      }
    });
  }

  /** A search for another question than the one the agent marks: its buttons go. */
  function clearResolved(text) {
    var group = document.getElementById('resolved');
    if (group && group.getAttribute('data-question') !== text) {
      group.remove();
    }
  }

  function row(table, label, value) {
    var tr = element('tr');
    tr.appendChild(element('th', '', label));
    var td = element('td', value === null || value === undefined ? 'unknown' : '', value === null || value === undefined ? '不明（要確認）' : value);
    if (value === 'はい') { td.className = 'yes'; }
    if (value === 'いいえ') { td.className = 'no'; }
    tr.appendChild(td);
    table.appendChild(tr);
  }

  /** Today in Japan, whatever the agent's computer clock's zone. */
  function today() {
    return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
  }

  function japaneseDate(iso) {
    var parts = iso.split('-');
    return parts[0] + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日';
  }

  function yesNo(value) {
    return value === null || value === undefined ? null : (value ? 'はい' : 'いいえ');
  }

  function findItem(id) {
    return items.find(function (item) { return item.id === id; });
  }

  function isTyping(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  }

  function fetchJson(url, options) {
    return fetch(url, Object.assign({ credentials: 'same-origin' }, options || {})).then(function (response) {
      if (response.status === 401) {
        sessionEnded();
        return Promise.reject();
      }
      return response.json().then(function (json) { return response.ok ? json : Promise.reject(json); });
    });
  }

  /**
   * The login has expired (or was ended elsewhere). The page stays as it is, so the caller's facts typed so far are
   * not lost: the agent logs in again in another tab and repeats the last action here.
   */
  function sessionEnded() {
    var banner = document.getElementById('session-ended');
    if (banner) {
      return;
    }
    banner = element('div', 'session-ended');
    banner.id = 'session-ended';
    banner.setAttribute('role', 'alert');
    banner.appendChild(element('p', '', 'ログインの有効期限が切れました。入力中の内容はこの画面に残っています。'
      + '別のタブでログインし直してから、もう一度お試しください。'));
    var login = element('a', '', 'ログインし直す（別のタブ）');
    login.href = '/agent/login.html';
    login.target = '_blank';
    login.rel = 'noopener';
    banner.appendChild(login);
    var close = element('button', '', '閉じる');
    close.type = 'button';
    close.addEventListener('click', function () { banner.remove(); });
    banner.appendChild(close);
    document.body.insertBefore(banner, document.body.firstChild);
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
})();
