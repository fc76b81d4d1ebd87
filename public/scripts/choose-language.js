// Sends visitors of / to their browser's language; the page itself links to both.
// Kept as a static file (not inline) so the strict CSP needs no 'unsafe-inline'.
(function () {
  var script = document.currentScript;
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var target = script && script.dataset.zh;
  for (var i = 0; i < langs.length; i++) {
    var tag = String(langs[i]).toLowerCase();
    if (tag.indexOf('zh') === 0) { target = script.dataset.zh; break; }
    if (tag.indexOf('en') === 0) { target = script.dataset.en; break; }
  }
  if (target) location.replace(target);
})();
