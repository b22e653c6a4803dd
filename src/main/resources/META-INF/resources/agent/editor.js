/* Editors' page: what members asked that the FAQ did not answer well, each item's feedback, answers per day. */
(function () {
  'use strict';
  var OUTCOMES = ['ANSWER', 'SUGGEST', 'NO_MATCH'];
  var OUTCOME_LABELS = { ANSWER: '回答', SUGGEST: '候補の提示', NO_MATCH: '該当なし' };
  var CHANNEL_LABELS = { API: 'API', WIDGET: 'ウィジェット', LINE: 'LINE', AGENT: 'コンソール' };
  var REASON_LABELS = { WRONG_ITEM: '別の項目だった', UNCLEAR: 'わかりにくい', INCOMPLETE: '情報が足りない', OTHER: 'その他' };
  var SVG = 'http://www.w3.org/2000/svg';
  var DAY_MS = 24 * 3600 * 1000;

  var period = document.getElementById('period');
  var periodStatus = document.getElementById('period-status');
  var channel = document.getElementById('channel');
  var groups = document.getElementById('groups');
  var itemBody = document.querySelector('#item-table tbody');
  var itemsEmpty = document.getElementById('items-empty');
  var itemQuestions = document.getElementById('item-questions');
  var chart = document.getElementById('daily-chart');
  var dailyBody = document.querySelector('#daily-table tbody');

  var faq = {}; // item id → its question, from GET /api/v1/faq
  var faqItems = []; // the items themselves, for the pickers and the item editor
  var days = []; // the daily report of the period shown
  var loads = 0; // counts period changes: a report that comes back for an earlier period is dropped

  fetchJson('/api/v1/agent/me').then(function (me) { document.getElementById('editor-name').textContent = me.name; },
    function () { /* the name is only shown */ });
  var faqLoaded = loadFaq();

  period.addEventListener('change', load);
  // Nothing of the reports is left for Back to show after a logout: the page empties as the form is sent, and a page
  // the browser restores from its back-forward cache loads again from the server, which asks for a login.
  document.querySelector('form[action="/agent/logout"]').addEventListener('submit', function () {
    loads++; // a report still on its way is dropped
    days = [];
    [groups, itemBody, itemQuestions, chart, dailyBody, periodStatus, reviewBody, changeStatus, historyBody, auditList,
      servedNow, historyStatus].forEach(function (box) { box.textContent = ''; });
    editQuestion.value = '';
    editAnswer.value = '';
    itemsEmpty.hidden = true;
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      location.reload();
    }
  });
  channel.addEventListener('change', function () { renderDaily(); });
  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { renderChart(dailyRows()); }, 200);
  });
  load();

  /** The FAQ as served now: the questions named beside 項番, the pickers, the item editor. */
  function loadFaq() {
    return fetchJson('/api/v1/faq').then(function (all) {
      faq = {};
      faqItems = all;
      all.forEach(function (item) { faq[item.id] = item.question; });
      fillItemEditor();
    }, function () { /* rows show the 項番 alone */ });
  }

  /** Reads the three reports for the period chosen. */
  function load() {
    var n = Number(period.value);
    var run = ++loads;
    periodStatus.textContent = '読み込み中…';
    itemQuestions.textContent = '';
    var query = '?days=' + n;
    var attention = Promise.all([fetchJson('/api/v1/editor/attention' + query), faqLoaded]).then(function (reports) {
      if (run === loads) {
        renderGroups(reports[0].groups);
      }
    }, failed(groups, '回答できなかった質問'));
    var items = Promise.all([fetchJson('/api/v1/editor/items' + query), faqLoaded]).then(function (reports) {
      if (run === loads) {
        renderItems(reports[0].items);
      }
    }, failed(itemBody, '項目ごとの評価'));
    var daily = fetchJson('/api/v1/editor/daily' + query).then(function (report) {
      if (run === loads) {
        days = report.days;
        renderDaily();
      }
    }, failed(chart, '日ごとの件数'));
    Promise.all([attention, items, daily]).then(function () {
      if (run === loads) {
        periodStatus.textContent = '直近' + n + '日の集計を表示しています';
      }
    });
  }

  function failed(box, what) {
    return function () {
      box.textContent = '';
      var message = element(box.tagName === 'TBODY' ? 'tr' : (box.tagName === 'OL' ? 'li' : 'p'), 'error');
      if (message.tagName === 'TR') {
        var td = element('td', 'error', what + 'を読み込めませんでした。再読み込みしてください。');
        td.colSpan = 7;
        message.appendChild(td);
      } else {
        message.textContent = what + 'を読み込めませんでした。再読み込みしてください。';
      }
      box.appendChild(message);
    };
  }

  // --- (1) 回答できなかった質問 ---

  function renderGroups(list) {
    groups.textContent = '';
    if (list.length === 0) {
      groups.appendChild(element('li', 'empty help', 'この期間に回答できなかった質問はありません。'));
      return;
    }
    list.forEach(function (group, index) {
      var li = element('li', 'group');
      li.setAttribute('data-question', group.question);
      li.appendChild(element('p', 'group-question', group.question));
      var facts = element('p', 'group-facts');
      facts.appendChild(figure('count', '件数', group.count + '件'));
      facts.appendChild(figure('unhelpful', '役に立たなかった', '👎 ' + group.unhelpful));
      facts.appendChild(figure('last', '最終', japaneseDateTime(group.lastAsked)));
      li.appendChild(facts);
      var outcomes = element('p', 'group-outcomes');
      OUTCOMES.forEach(function (outcome) {
        var n = group.outcomes[outcome];
        if (n) {
          outcomes.appendChild(element('span', 'badge ' + outcome, OUTCOME_LABELS[outcome] + ' ' + n + '件'));
        }
      });
      li.appendChild(outcomes);
      var offered = Object.keys(group.items);
      li.appendChild(element('p', 'group-items', offered.length === 0 ? '提示した項目：なし'
        : '提示した項目：' + offered.map(function (id) {
          return id + (faq[id] ? '「' + faq[id] + '」' : '') + '（' + group.items[id] + '件）';
        }).join('、')));
      var more = element('details', 'examples');
      more.appendChild(element('summary', '', '質問の例（' + group.examples.length + '件）'));
      var ul = element('ul');
      group.examples.forEach(function (example) { ul.appendChild(element('li', '', example)); });
      more.appendChild(ul);
      li.appendChild(more);
      li.appendChild(groupActions(group, index));
      groups.appendChild(li);
    });
  }

  function figure(className, label, value) {
    var span = element('span', 'figure ' + className);
    span.appendChild(element('span', 'figure-label', label + '：'));
    span.appendChild(element('span', 'figure-value', value));
    return span;
  }

  // --- (2) 項目ごとの評価 ---

  function renderItems(list) {
    itemBody.textContent = '';
    itemsEmpty.hidden = list.length > 0;
    list.forEach(function (item) {
      var tr = element('tr');
      tr.setAttribute('data-id', item.id);
      tr.appendChild(element('th', 'id', item.id)).scope = 'row';
      tr.appendChild(element('td', 'question', faq[item.id] || ''));
      tr.appendChild(element('td', 'num answers', String(item.answers)));
      tr.appendChild(element('td', 'num helpful', String(item.helpful)));
      tr.appendChild(element('td', 'num unhelpful' + (item.unhelpful > 0 ? ' bad' : ''), String(item.unhelpful)));
      var rated = item.helpful + item.unhelpful;
      tr.appendChild(element('td', 'num rate', rated === 0 ? '―' : Math.round(item.unhelpfulRate * 100) + '%'));
      var cell = element('td');
      var open = element('button', 'show-questions', '質問を見る');
      open.type = 'button';
      open.setAttribute('aria-label', '項番' + item.id + 'で回答した質問を見る');
      open.addEventListener('click', function () { showQuestions(item.id); });
      cell.appendChild(open);
      tr.appendChild(cell);
      itemBody.appendChild(tr);
    });
  }

  /** The questions answered with an item, newest first, as GET /api/v1/editor/questions?item= lists them. */
  function showQuestions(id) {
    var run = loads;
    itemQuestions.textContent = '';
    itemQuestions.appendChild(element('p', 'help', '読み込み中…'));
    fetchJson('/api/v1/editor/questions?limit=100&days=' + Number(period.value) + '&item=' + encodeURIComponent(id)).then(function (found) {
      if (run !== loads) {
        return;
      }
      itemQuestions.textContent = '';
      var title = element('h3', '', '項番' + id + 'で回答した質問' + (faq[id] ? '「' + faq[id] + '」' : ''));
      title.id = 'item-questions-title';
      title.tabIndex = -1;
      itemQuestions.appendChild(title);
      itemQuestions.appendChild(element('p', 'help', '選んだ期間のうち新しい順に最大100件'));
      if (found.questions.length === 0) {
        itemQuestions.appendChild(element('p', 'help', '記録された質問はありません。'));
      } else {
        var wrap = element('div', 'scroll');
        var table = element('table', 'questions');
        table.appendChild(element('caption', 'visually-hidden', '項番' + id + 'で回答した質問'));
        var head = element('tr');
        ['日時', '窓口', '結果', '質問', '評価'].forEach(function (label) {
          head.appendChild(element('th', '', label)).scope = 'col';
        });
        table.appendChild(element('thead')).appendChild(head);
        var body = element('tbody');
        found.questions.forEach(function (q) {
          var tr = element('tr');
          tr.appendChild(element('td', 'when', japaneseDateTime(q.askedAt)));
          tr.appendChild(element('td', '', CHANNEL_LABELS[q.channel] || q.channel));
          tr.appendChild(element('td', '', OUTCOME_LABELS[q.outcome] || q.outcome));
          tr.appendChild(element('td', 'question', q.question || (q.pickedId ? '（項番' + q.pickedId + 'を選択）' : '')));
          tr.appendChild(element('td', feedbackClass(q.feedback), feedbackText(q.feedback)));
          body.appendChild(tr);
        });
        table.appendChild(body);
        wrap.appendChild(table);
        itemQuestions.appendChild(wrap);
      }
      title.focus();
    }, function () {
      itemQuestions.textContent = '';
      itemQuestions.appendChild(element('p', 'error', '質問を読み込めませんでした。もう一度お試しください。'));
    });
  }

  function feedbackText(feedback) {
    if (!feedback) {
      return '―';
    }
    if (feedback.helpful) {
      return '👍 役に立った';
    }
    return '👎 役に立たなかった' + (feedback.reason ? '（' + (REASON_LABELS[feedback.reason] || feedback.reason) + '）' : '');
  }

  function feedbackClass(feedback) {
    return feedback ? (feedback.helpful ? 'good' : 'bad') : '';
  }

  // --- (3) 日ごとの件数 ---

  /** Each day of the period, oldest first, with its answers by outcome for the channel chosen. */
  function dailyRows() {
    var wanted = channel.value;
    var byDay = {};
    days.forEach(function (d) {
      if (wanted && d.channel !== wanted) {
        return;
      }
      var row = byDay[d.day] || (byDay[d.day] = { ANSWER: 0, SUGGEST: 0, NO_MATCH: 0 });
      row[d.outcome] = (row[d.outcome] || 0) + d.answers;
    });
    var end = today();
    var start = addDays(end, 1 - Number(period.value));
    days.forEach(function (d) {
      if (d.day < start) {
        start = d.day;
      }
    });
    var rows = [];
    for (var day = start; day <= end; day = addDays(day, 1)) {
      var counts = byDay[day] || { ANSWER: 0, SUGGEST: 0, NO_MATCH: 0 };
      rows.push({ day: day, counts: counts, total: counts.ANSWER + counts.SUGGEST + counts.NO_MATCH });
    }
    return rows;
  }

  function renderDaily() {
    var rows = dailyRows();
    renderChart(rows);
    dailyBody.textContent = '';
    rows.forEach(function (row) {
      var tr = element('tr');
      tr.appendChild(element('th', '', japaneseDay(row.day))).scope = 'row';
      OUTCOMES.forEach(function (outcome) { tr.appendChild(element('td', 'num', String(row.counts[outcome]))); });
      tr.appendChild(element('td', 'num total', String(row.total)));
      dailyBody.appendChild(tr);
    });
  }

  /** Stacked bars, one per day, in the SVG's own units: the SVG scales to the width of the page. */
  function renderChart(rows) {
    chart.textContent = '';
    // the SVG's units are the page's pixels at its width now, so that its labels keep the page's type size
    var width = Math.max(288, Math.round(chart.clientWidth || 720));
    var height = Math.round(Math.min(240, Math.max(160, width / 3)));
    var left = 36;
    var bottom = 24;
    var top = 8;
    var plotWidth = width - left - 8;
    var plotHeight = height - top - bottom;
    var max = rows.reduce(function (m, row) { return Math.max(m, row.total); }, 0);
    var scaleMax = niceMax(max);
    var total = rows.reduce(function (sum, row) { return sum + row.total; }, 0);
    var svg = svgElement('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': 'daily-chart-title' });
    var title = svgElement('title', { id: 'daily-chart-title' });
    title.textContent = '日ごとの件数のグラフ（' + (channel.value ? CHANNEL_LABELS[channel.value] : 'すべての窓口')
      + '、' + japaneseDay(rows[0].day) + '〜' + japaneseDay(rows[rows.length - 1].day) + '、計' + total
      + '件）。数値は下の表にあります。';
    svg.appendChild(title);
    // the value axis: four lines, labelled
    for (var i = 0; i <= 4; i++) {
      var value = scaleMax * i / 4;
      var y = top + plotHeight - plotHeight * i / 4;
      svg.appendChild(svgElement('line', { x1: left, x2: width - 8, y1: y, y2: y, 'class': 'grid' }));
      var label = svgElement('text', { x: left - 4, y: y + 4, 'class': 'axis', 'text-anchor': 'end' });
      label.textContent = String(Math.round(value));
      svg.appendChild(label);
    }
    var slot = plotWidth / rows.length;
    var barWidth = Math.max(1, Math.min(slot * 0.7, 48));
    // a date label for every 3.5rem or so, whatever the period and the width
    var every = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor(plotWidth / 56))));
    rows.forEach(function (row, index) {
      var x = left + slot * index + (slot - barWidth) / 2;
      var base = top + plotHeight;
      OUTCOMES.forEach(function (outcome) {
        var n = row.counts[outcome];
        if (n === 0) {
          return;
        }
        var h = plotHeight * n / scaleMax;
        var bar = svgElement('rect', { x: x, y: base - h, width: barWidth, height: h, 'class': 'bar ' + outcome,
          'data-day': row.day, 'data-outcome': outcome, 'data-answers': n });
        var tip = svgElement('title');
        tip.textContent = japaneseDay(row.day) + ' ' + OUTCOME_LABELS[outcome] + ' ' + n + '件';
        bar.appendChild(tip);
        svg.appendChild(bar);
        base -= h;
      });
      if ((rows.length - 1 - index) % every === 0) {
        var day = svgElement('text', { x: left + slot * index + slot / 2, y: height - 6, 'class': 'axis',
          'text-anchor': 'middle' });
        day.textContent = shortDay(row.day);
        svg.appendChild(day);
      }
    });
    chart.appendChild(svg);
    if (total === 0) {
      chart.appendChild(element('p', 'help', 'この期間・窓口の記録はありません。'));
    }
  }

  /** A round top for the value axis, at least 4 so that its four steps are whole numbers. */
  function niceMax(max) {
    if (max <= 4) {
      return 4;
    }
    var step = Math.pow(10, Math.floor(Math.log10(max / 4)));
    var nice = [1, 2, 2.5, 5, 10].map(function (m) { return m * step; }).find(function (s) { return s * 4 >= max; });
    return Math.ceil(nice) * 4;
  }

  function svgElement(tag, attributes) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    return node;
  }

  // --- (4) 変更: stage, check the figures, publish, discard, restore, dismiss ---

  var STATE_LABELS = { STAGED: 'ステージ中', PUBLISHED: '公開', DISCARDED: '破棄' };
  var ACTION_LABELS = { STAGED: '変更を登録', PUBLISHED: '公開', RESTORED: '版を戻す', DISCARDED: '破棄',
    DISMISSED: '対応不要（非表示）' };
  var changeStatus = document.getElementById('change-status');
  var reviewTitle = document.getElementById('review-title');
  var reviewEmpty = document.getElementById('review-empty');
  var reviewBody = document.getElementById('review-body');
  var itemForm = document.getElementById('item-form');
  var editItem = document.getElementById('edit-item');
  var editQuestion = document.getElementById('edit-question');
  var editAnswer = document.getElementById('edit-answer');
  var importFile = document.getElementById('import-file');
  var historyBody = document.querySelector('#history-table tbody');
  var historyEmpty = document.getElementById('history-empty');
  var servedNow = document.getElementById('served-now');
  var auditList = document.getElementById('audit-list');
  var historyStatus = document.getElementById('history-status');
  var busy = false; // one change at a time: staging takes a few seconds
  // the status repeated beside the versions when the action was taken there, far below the panel's status (which
  // alone is a live region, so that it is announced once)
  var mirror = null;

  /** The three actions under a group of questions: add it as a 言い換え, register it out of scope, dismiss it. */
  function groupActions(group, index) {
    var box = element('div', 'group-actions');
    var field = element('span', 'field-inline');
    var select = element('select', 'alternate-item');
    select.id = 'alternate-item-' + index;
    var label = element('label', '', '言い換えにする項目');
    label.htmlFor = select.id;
    select.appendChild(itemOption('', '項目を選んでください'));
    faqItems.forEach(function (item) { select.appendChild(itemOption(item.id, item.id + ' ' + item.question)); });
    select.value = mostFrequent(group.items);
    field.appendChild(label);
    field.appendChild(select);
    box.appendChild(field);
    var alternate = button('言い換えとして追加', 'add-alternate', function () {
      if (!select.value) {
        say('言い換えにする項目を選んでください。', true);
        select.focus();
        return;
      }
      stage({ kind: 'ALTERNATE', item: select.value, text: group.question }, undefined, alternate);
    });
    alternate.setAttribute('aria-describedby', select.id);
    box.appendChild(alternate);
    box.appendChild(button('対象外として登録', 'add-out-of-scope', function (b) {
      stage({ kind: 'OUT_OF_SCOPE', text: group.question }, undefined, b);
    }));
    box.appendChild(button('対応不要（非表示）', 'dismiss', function (b) {
      act(b, '非表示にしています…', function () {
        return send('POST', '/api/v1/editor/dismissals', { question: group.question }).then(function () {
          say('「' + group.question + '」を一覧から外しました。');
          load();
          loadAudit();
        }, failure('非表示にできませんでした。'));
      });
    }));
    return box;
  }

  function mostFrequent(items) {
    var best = '';
    Object.keys(items || {}).forEach(function (id) {
      if (faq[id] && (!best || items[id] > items[best])) {
        best = id;
      }
    });
    return best;
  }

  function itemOption(value, text) {
    var option = element('option', '', text);
    option.value = value;
    return option;
  }

  function button(text, className, onClick) {
    var b = element('button', className, text);
    b.type = 'button';
    b.addEventListener('click', function () { onClick(b); });
    return b;
  }

  /** Runs one write at a time, its button disabled and the status saying what is going on. */
  function act(trigger, waiting, run) {
    if (busy) {
      say('前の操作を処理しています。終わるまでお待ちください。');
      return Promise.resolve();
    }
    busy = true;
    document.body.setAttribute('aria-busy', 'true');
    if (trigger) {
      trigger.disabled = true;
    }
    historyStatus.textContent = '';
    mirror = trigger && trigger.closest('#history') ? historyStatus : null;
    changeStatus.className = 'status busy';
    changeStatus.textContent = waiting;
    if (mirror) {
      mirror.className = 'status busy';
      mirror.textContent = waiting;
    }
    return run().then(done, done);

    function done() {
      busy = false;
      mirror = null;
      document.body.removeAttribute('aria-busy');
      if (trigger) {
        trigger.disabled = false;
      }
    }
  }

  function say(text, error) {
    [changeStatus, mirror].forEach(function (box) {
      if (box) {
        box.className = 'status' + (error ? ' error' : ' ok');
        box.textContent = text;
      }
    });
  }

  /** Stages a change (JSON) or a spreadsheet (CSV text), then shows its figures. */
  function stage(change, csv, trigger) {
    return act(trigger, '変更を確認しています。変更後のFAQを作り、確認用の質問を試しています（数秒かかります）…', function () {
      var request = csv === undefined ? send('POST', '/api/v1/editor/revisions', change)
        : send('POST', '/api/v1/editor/revisions', csv, 'text/csv; charset=UTF-8');
      return request.then(function (revision) {
        say('変更を登録しました。下の数値を確認してから公開してください。');
        showReview(revision);
        loadRevisions();
      }, failure('変更を登録できませんでした。'));
    });
  }

  /** The figures of a staged revision beside the served FAQ's, with its publish and discard buttons. */
  function showReview(revision) {
    reviewBody.textContent = '';
    reviewEmpty.hidden = true;
    reviewBody.setAttribute('data-revision', String(revision.id));
    reviewBody.appendChild(element('p', 'review-summary', '版' + revision.id + '：' + revision.summary + '（'
      + STATE_LABELS[revision.state] + '）'));
    var figures = revision.figures || { lines: [], lost: [], gained: [], regressed: false };
    reviewBody.appendChild(figuresTable(figures, revision.id));
    questionList('新たに正しく答えられなくなる質問', figures.lost, 'lost');
    questionList('新たに正しく答えられるようになる質問', figures.gained, 'gained');
    if (revision.state !== 'STAGED') {
      reviewTitle.focus();
      return;
    }
    var actions = element('div', 'review-actions');
    var publish = button('公開する', 'publish primary', function (b) { publishRevision(revision.id, b); });
    var discard = button('破棄する', 'discard secondary', function (b) { discardRevision(revision.id, b); });
    actions.appendChild(publish);
    actions.appendChild(discard);
    if (figures.regressed) {
      publish.disabled = true;
      var why = element('p', 'error regressed-why', 'この変更では、確認用の質問への答えが現在より悪化するため公開できません。'
        + '項目や言い換えを見直すか、破棄してください。');
      why.id = 'regressed-why';
      publish.setAttribute('aria-describedby', why.id);
      reviewBody.appendChild(why);
    }
    reviewBody.appendChild(actions);
    reviewTitle.focus();
  }

  function figuresTable(figures, id) {
    var wrap = element('div', 'scroll');
    var table = element('table', 'figures');
    table.appendChild(element('caption', 'visually-hidden', '版' + id + 'の確認用の質問の結果（現在と変更後）'));
    var head = element('tr');
    ['ファイル', '現在：正しく回答', '現在：対象外と判定', '変更後：正しく回答', '変更後：対象外と判定', '判定']
      .forEach(function (label) {
        head.appendChild(element('th', '', label)).scope = 'col';
      });
    table.appendChild(element('thead')).appendChild(head);
    var body = element('tbody');
    figures.lines.forEach(function (line) {
      var tr = element('tr', line.regressed ? 'regressed' : '');
      tr.appendChild(element('th', 'file', line.served.file)).scope = 'row';
      tr.appendChild(element('td', 'num', line.served.answered + ' / ' + line.served.inScope));
      tr.appendChild(element('td', 'num', line.served.refused + ' / ' + line.served.outOfScope));
      tr.appendChild(element('td', 'num' + (line.changed.answered < line.served.answered ? ' bad' : ''),
        line.changed.answered + ' / ' + line.changed.inScope));
      tr.appendChild(element('td', 'num' + (line.changed.refused < line.served.refused ? ' bad' : ''),
        line.changed.refused + ' / ' + line.changed.outOfScope));
      var better = line.changed.answered > line.served.answered || line.changed.refused > line.served.refused;
      tr.appendChild(element('td', 'verdict' + (line.regressed ? ' bad' : (better ? ' good' : '')),
        line.regressed ? '⚠ 悪化' : (better ? '改善' : '変化なし')));
      body.appendChild(tr);
    });
    if (figures.lines.length === 0) {
      var empty = element('tr');
      var td = element('td', 'help', '確認用の数値はありません。');
      td.colSpan = 6;
      empty.appendChild(td);
      body.appendChild(empty);
    }
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function questionList(title, questions, className) {
    if (!questions || questions.length === 0) {
      return;
    }
    reviewBody.appendChild(element('h3', '', title + '（' + questions.length + '件）'));
    var ul = element('ul', 'check-questions ' + className);
    questions.forEach(function (q) { ul.appendChild(element('li', '', q)); });
    reviewBody.appendChild(ul);
  }

  function publishRevision(id, trigger) {
    return act(trigger, '公開しています…', function () {
      return send('POST', '/api/v1/editor/revisions/' + id + '/publish').then(function (revision) {
        say('公開しました。すべてのサーバーに数秒で反映されます。');
        showReview(revision);
        changed();
      }, failure('公開できませんでした。', '公開できません。'));
    });
  }

  function discardRevision(id, trigger) {
    return act(trigger, '破棄しています…', function () {
      return send('POST', '/api/v1/editor/revisions/' + id + '/discard').then(function () {
        say('版' + id + 'を破棄しました。');
        if (reviewBody.getAttribute('data-revision') === String(id)) {
          reviewBody.textContent = '';
          reviewBody.removeAttribute('data-revision');
          reviewEmpty.hidden = false;
        }
        loadRevisions();
      }, failure('破棄できませんでした。'));
    });
  }

  function restoreRevision(id, trigger) {
    var what = id === 0 ? '出荷時のFAQ' : '版' + id;
    if (!window.confirm(what + 'に戻して、すぐに公開します。よろしいですか？')) {
      return Promise.resolve();
    }
    return act(trigger, what + 'に戻しています（数秒かかります）…', function () {
      return send('POST', '/api/v1/editor/revisions/' + id + '/restore').then(function (revision) {
        say(what + 'に戻しました（版' + revision.id + 'として公開）。すべてのサーバーに数秒で反映されます。');
        changed();
      }, failure('戻せませんでした。'));
    });
  }

  /** After a publication: the FAQ, the versions and the audit are read again. */
  function changed() {
    loadRevisions();
    faqLoaded = loadFaq();
  }

  // the item editor: choose an item, its texts are filled in, staged as ITEM_TEXT
  function fillItemEditor() {
    var chosen = editItem.value;
    while (editItem.options.length > 1) {
      editItem.remove(1);
    }
    faqItems.forEach(function (item) { editItem.appendChild(itemOption(item.id, item.id + ' ' + item.question)); });
    editItem.value = faq[chosen] ? chosen : '';
  }
  editItem.addEventListener('change', function () {
    var item = faqItems.find(function (i) { return i.id === editItem.value; });
    editQuestion.value = item ? item.question : '';
    editAnswer.value = item ? item.answer : '';
  });
  itemForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var missing = !editItem.value ? editItem : (!editQuestion.value.trim() ? editQuestion
      : (!editAnswer.value.trim() ? editAnswer : null));
    if (missing) {
      say('項目・質問文・回答文をすべて入力してください。', true);
      missing.focus();
      return;
    }
    stage({ kind: 'ITEM_TEXT', item: editItem.value, question: editQuestion.value, answer: editAnswer.value },
      undefined, document.getElementById('edit-stage'));
  });
  importFile.addEventListener('change', function () {
    var file = importFile.files[0];
    if (!file) {
      return;
    }
    file.text().then(function (text) {
      importFile.value = '';
      stage(null, text);
    }, function () {
      say('ファイルを読み込めませんでした。CSVファイルを選んでください。', true);
    });
  });
  document.getElementById('restore-shipped').addEventListener('click', function () {
    restoreRevision(0, this);
  });

  /** 版の履歴 and 変更の記録. */
  function loadRevisions() {
    fetchJson('/api/v1/editor/revisions').then(renderHistory, failed(historyBody, '版の履歴'));
    loadAudit();
  }

  function renderHistory(list) {
    historyBody.textContent = '';
    historyEmpty.hidden = list.revisions.length > 0;
    var serving = list.revisions.find(function (r) { return r.id === list.servedRevision; });
    servedNow.textContent = 'いま配信中：' + (list.servedRevision === 0 ? '出荷時のFAQ'
      : '版' + list.servedRevision + (serving ? '（' + serving.summary + '）' : ''));
    list.revisions.forEach(function (revision) {
      var served = revision.id === list.servedRevision;
      var tr = element('tr', served ? 'served' : '');
      tr.setAttribute('data-id', String(revision.id));
      tr.appendChild(element('th', 'id', String(revision.id))).scope = 'row';
      tr.appendChild(element('td', 'state ' + revision.state, STATE_LABELS[revision.state] || revision.state));
      tr.appendChild(element('td', 'summary', revision.summary));
      tr.appendChild(element('td', '', revision.createdBy));
      tr.appendChild(element('td', 'when', japaneseDateTime(revision.createdAt)));
      var mark = element('td', 'serving');
      if (served) {
        mark.appendChild(element('span', 'badge serving-mark', '配信中'));
      }
      tr.appendChild(mark);
      var cell = element('td', 'row-actions');
      if (revision.state === 'STAGED') {
        cell.appendChild(labelled(button('確認', 'show-review', function () { showReview(revision); }), revision.id));
        cell.appendChild(labelled(button('公開', 'publish', function (b) {
          if (window.confirm('版' + revision.id + 'を公開します。よろしいですか？')) {
            publishRevision(revision.id, b);
          }
        }), revision.id));
        cell.appendChild(labelled(button('破棄', 'discard', function (b) { discardRevision(revision.id, b); }),
          revision.id));
      } else if (revision.state === 'PUBLISHED' && !served) {
        cell.appendChild(labelled(button('この版に戻す', 'restore', function (b) { restoreRevision(revision.id, b); }),
          revision.id));
      }
      tr.appendChild(cell);
      historyBody.appendChild(tr);
    });
  }

  function labelled(b, id) {
    b.setAttribute('aria-label', '版' + id + 'を' + b.textContent);
    return b;
  }

  function loadAudit() {
    fetchJson('/api/v1/editor/audit').then(function (audit) {
      auditList.textContent = '';
      var entries = audit.entries.slice().sort(function (a, b) { return b.id - a.id; });
      if (entries.length === 0) {
        auditList.appendChild(element('li', 'empty help', 'まだ記録はありません。'));
      }
      entries.forEach(function (entry) {
        var li = element('li', 'audit-entry ' + entry.action);
        li.appendChild(element('span', 'when', japaneseDateTime(entry.at)));
        li.appendChild(element('span', 'actor', entry.actor));
        li.appendChild(element('span', 'action', ACTION_LABELS[entry.action] || entry.action));
        if (entry.revision !== null && entry.revision !== undefined) {
          li.appendChild(element('span', 'revision', '版' + entry.revision));
        }
        li.appendChild(element('span', 'summary', entry.summary || ''));
        if (entry.figures && entry.figures.regressed) {
          li.appendChild(element('span', 'bad', '⚠ 悪化あり'));
        }
        auditList.appendChild(li);
      });
    }, failed(auditList, '変更の記録'));
  }

  /** A write: JSON (or text, with its content type) in, the JSON answer out; a problem is rejected with its status. */
  function send(method, url, body, contentType) {
    var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = contentType || 'application/json';
      options.body = contentType ? body : JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 401) {
        sessionEnded();
        return Promise.reject({ status: 401, detail: '' });
      }
      if (response.status === 204) {
        return null;
      }
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        if (response.ok) {
          return json;
        }
        var problem = json || {};
        problem.status = response.status;
        return Promise.reject(problem);
      });
    }, function () {
      return Promise.reject({ status: 0, detail: '' });
    });
  }

  /** A problem said in Japanese first, the server's detail after it. */
  function failure(fallback, conflict) {
    return function (problem) {
      problem = problem || {};
      var lead;
      switch (problem.status) {
        case 400: lead = '入力内容を確認してください。'; break;
        case 401: lead = 'ログインし直してください。'; break;
        case 403: lead = 'この操作は許可されていません。'; break;
        case 404: lead = '対象の版が見つかりません。再読み込みしてください。'; break;
        case 409: lead = conflict || '状態が変わりました。再読み込みしてから、もう一度お試しください。'; break;
        case 503: lead = 'いまは保存できません。しばらくしてからお試しください。'; break;
        case 0: lead = 'サーバーに接続できませんでした。'; break;
        default: lead = fallback;
      }
      var details = [];
      if (problem.detail) {
        details.push(problem.detail);
      }
      (problem.errors || []).forEach(function (e) { details.push(e.field + ': ' + e.message); });
      say(lead + (details.length ? '（' + details.join('、') + '）' : ''), true);
      if (problem.status === 409) {
        loadRevisions();
      }
    };
  }

  loadRevisions();

  // --- dates, in Japan time whatever the editor's computer clock's zone ---

  function today() {
    return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
  }

  function addDays(iso, n) {
    return new Date(Date.parse(iso + 'T00:00:00Z') + n * DAY_MS).toISOString().slice(0, 10);
  }

  function japaneseDay(iso) {
    var parts = iso.split('-');
    return parts[0] + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日';
  }

  function shortDay(iso) {
    var parts = iso.split('-');
    return Number(parts[1]) + '/' + Number(parts[2]);
  }

  function japaneseDateTime(instant) {
    var t = new Date(Date.parse(instant) + 9 * 3600 * 1000).toISOString();
    return japaneseDay(t.slice(0, 10)) + ' ' + t.slice(11, 16);
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (response.status === 401) {
        sessionEnded();
        return Promise.reject();
      }
      return response.json().then(function (json) { return response.ok ? json : Promise.reject(json); });
    });
  }

  /** The login has expired: said at the top, with a way back to the login page. */
  function sessionEnded() {
    if (document.getElementById('session-ended')) {
      return;
    }
    var banner = element('div', 'session-ended');
    banner.id = 'session-ended';
    banner.setAttribute('role', 'alert');
    banner.appendChild(element('p', '', 'ログインの有効期限が切れました。ログインし直してから、再読み込みしてください。'));
    var login = element('a', '', 'ログインし直す');
    login.href = '/agent/login.html';
    banner.appendChild(login);
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
