/*
 * kenpo-faq chat widget: the loader that host pages embed, at an address that never changes:
 *   <script src="https://HOST/widget.js" defer
 *           data-title="資格情報のお知らせ FAQ" data-position="right" data-api-base="https://HOST"></script>
 * Browsers ask for this file again before each use (it is tiny); the widget's code is at an address named after its
 * content, which browsers keep for a year without asking. The server writes the address in when it starts.
 * window.KenpoFaq is defined at once: calls a host page makes before the code has arrived are made when it has.
 */
(function () {
  'use strict';
  if (window.KenpoFaq) {
    return;
  }
  var tag = document.currentScript;
  var VERSIONED = 'widget/@VERSION@.js';
  // an older replica that does not know this version (during a rolling update) still serves its current code here
  var CURRENT = 'widget/current.js';
  var widget = null;
  var calls = [];

  function later(name) {
    return function () {
      if (widget) {
        widget[name].apply(widget, arguments);
      } else {
        calls.push([name, Array.prototype.slice.call(arguments)]);
      }
    };
  }

  window.KenpoFaq = Object.freeze({
    open: later('open'),
    close: later('close'),
    reset: later('reset'),
    ask: later('ask'),
    setMember: later('setMember')
  });

  function load(path, failed) {
    var code = document.createElement('script');
    // relative to this file's own address, so that a service under a path prefix (https://HOST/faq/widget.js) works
    code.src = new URL(path, tag && tag.src ? tag.src : document.baseURI).href;
    // the widget reads its options from its own tag: the host's data-* attributes, and a CSP nonce, go with it
    Array.prototype.forEach.call(tag ? tag.attributes : [], function (attribute) {
      if (attribute.name.indexOf('data-') === 0) {
        code.setAttribute(attribute.name, attribute.value);
      }
    });
    if (tag && tag.nonce) {
      code.nonce = tag.nonce;
    }
    // the widget hands its API over through its own tag, not through another global
    code.kenpoFaqAttach = function (api) {
      widget = api;
      calls.splice(0).forEach(function (call) {
        api[call[0]].apply(api, call[1]);
      });
    };
    code.onerror = failed;
    (document.head || document.documentElement).appendChild(code);
  }

  load(VERSIONED, function () {
    load(CURRENT, null);
  });
})();
