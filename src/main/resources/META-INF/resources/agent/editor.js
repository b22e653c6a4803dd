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
  var days = []; // the daily report of the period shown
  var loads = 0; // counts period changes: a report that comes back for an earlier period is dropped

  fetchJson('/api/v1/agent/me').then(function (me) { document.getElementById('editor-name').textContent = me.name; },
    function () { /* the name is only shown */ });
  var faqLoaded = fetchJson('/api/v1/faq').then(function (all) {
    all.forEach(function (item) { faq[item.id] = item.question; });
  }, function () { /* rows show the 項番 alone */ });

  period.addEventListener('change', load);
  // Nothing of the reports is left for Back to show after a logout: the page empties as the form is sent, and a page
  // the browser restores from its back-forward cache loads again from the server, which asks for a login.
  document.querySelector('form[action="/agent/logout"]').addEventListener('submit', function () {
    loads++; // a report still on its way is dropped
    days = [];
    [groups, itemBody, itemQuestions, chart, dailyBody, periodStatus].forEach(function (box) { box.textContent = ''; });
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

  /** Reads the three reports for the period chosen. */
  function load() {
    var n = Number(period.value);
    var run = ++loads;
    periodStatus.textContent = '読み込み中…';
    itemQuestions.textContent = '';
    var query = '?days=' + n;
    var attention = fetchJson('/api/v1/editor/attention' + query).then(function (report) {
      if (run === loads) {
        renderGroups(report.groups);
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
    list.forEach(function (group) {
      var li = element('li', 'group');
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
