/* Search-as-you-type for the medgloss glossary page. Queries are folded like medgloss.normalize:
   the character tables come from the library (see fold-tables); the word logic mirrors
   normalize.words / loose_key (Latin: Turkish or English folding; Arabic: orthography, article,
   alef/hamza/yeh/teh marbuta, clitics as in arabic.analyses). */
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("fold-tables").textContent);
  var ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  var PUNCT = /[^\p{L}\p{N}_\s%+]/gu;
  var PUNCT_KEEP_APOSTROPHE = /[^\p{L}\p{N}_\s'%+]/gu;
  var ARTICLE = "\u0627\u0644";
  var CONJUNCTIONS = "\u0648\u0641";
  var PREPOSITIONS = "\u0628\u0643\u0644";
  var LAM_LAM = "\u0644\u0644";

  function mapChars(text, table, lower) {
    var out = "";
    for (var ch of text) {
      var mapped = table[ch];
      out += mapped === undefined ? (lower ? ch.toLowerCase() : ch) : mapped;
    }
    return out;
  }

  function clean(text) {
    return mapChars(text, T.clean, false).split(/\s+/).filter(Boolean).join(" ");
  }

  function latinWords(text, table) {
    var folded = mapChars(text, table, true).replace(/_/g, " ").replace(PUNCT_KEEP_APOSTROPHE, " ");
    return folded.split(/\s+/).map(function (w) { return w.replace(/^'+|'+$/g, ""); }).filter(Boolean);
  }

  function orthography(text) { return mapChars(text, T.arOrth, false); }
  function arabicFold(text) { return mapChars(orthography(text), T.arFold, false); }
  function stripArticle(word) {
    return word.startsWith(ARTICLE) && word.length > 3 ? word.slice(2) : word;
  }

  /* arabic.analyses: the bare forms of a running-text word, most literal first. */
  function analyses(word) {
    word = orthography(word);
    var out = [arabicFold(stripArticle(word))];
    var rest = word;
    if (rest.length > 3 && CONJUNCTIONS.indexOf(rest[0]) >= 0) {
      rest = rest.slice(1);
      out.push(arabicFold(stripArticle(rest)));
    }
    if (rest.length > 3 && rest.startsWith(LAM_LAM)) out.push(arabicFold(rest.slice(2)));
    if (rest.length > 3 && PREPOSITIONS.indexOf(rest[0]) >= 0) out.push(arabicFold(stripArticle(rest.slice(1))));
    return out;
  }

  /* Possessive pronouns and the feminine plural/dual, as in arabic.readings: كما هما كم كن هم هن
     ها نا ك come off (`طبيبك`), a ت left before them or before the dual is the ة of the singular
     (`جرعتك`, `جرعتين`), and ات comes off or gives way to ة (`العلاجات`, `الجرعات`). The page has
     no lexicon: a stem must keep three letters and is then looked up in the keys like any
     alternative. A broken plural also stands for its singular (the library's arabic_plurals.tsv). */
  var ENCLITICS = ["\u0643\u0645\u0627", "\u0647\u0645\u0627", "\u0643\u0645", "\u0643\u0646", "\u0647\u0645",
                   "\u0647\u0646", "\u0647\u0627", "\u0646\u0627", "\u0643"];
  var DUAL = ["\u064a\u0646", "\u0627\u0646"];
  var FEMININE_PLURAL = "\u0627\u062a";
  var TEH = "\u062a";
  var TEH_MARBUTA_FOLDED = "\u0647";

  function suffixForms(bare) {
    var out = [];
    function feminine(stem) { return stem.endsWith(TEH) ? stem.slice(0, -1) + TEH_MARBUTA_FOLDED : ""; }
    ENCLITICS.concat(DUAL).forEach(function (ending) {
      if (bare.endsWith(ending) && bare.length - ending.length >= 3) {
        var stem = bare.slice(0, -ending.length);
        out.push(stem, feminine(stem));
      }
    });
    if (bare.endsWith(FEMININE_PLURAL) && bare.length - 2 >= 3) {
      out.push(bare.slice(0, -2), bare.slice(0, -2) + TEH_MARBUTA_FOLDED);
    }
    return out.filter(function (form) { return form.length >= 3; });
  }

  /* A query as groups of alternatives: a concept matches when every group has an alternative
     contained in its search keys. */
  function queryGroups(query) {
    var groups = [];
    clean(query).split(" ").filter(Boolean).forEach(function (token) {
      if (ARABIC_SCRIPT.test(token)) {
        orthography(token).replace(PUNCT, " ").split(/\s+/).filter(Boolean).forEach(function (word) {
          var forms = analyses(word).filter(Boolean);
          forms.slice().forEach(function (bare) { forms = forms.concat(suffixForms(bare)); });
          forms.slice().forEach(function (bare) {  /* a broken plural: its singular (الأورام, ورم) */
            if (T.arPlurals[bare]) forms = forms.concat(T.arPlurals[bare].split(" "));
          });
          groups.push(forms);
        });
        return;
      }
      var alternatives = [latinWords(token, T.tr).join(" "), latinWords(token, T.en).join(" ")]
        .filter(Boolean);
      if (alternatives.length) groups.push(alternatives);
    });
    return groups;
  }

  var input = document.getElementById("q");
  var count = document.getElementById("count");
  var nothing = document.getElementById("nothing");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.concept"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.domain"));

  function apply(query) {
    var groups = queryGroups(query);
    var shown = 0;
    rows.forEach(function (row) {
      var keys = row.getAttribute("data-search");
      var match = groups.every(function (alternatives) {
        return alternatives.some(function (alt) { return keys.indexOf(alt) >= 0; });
      });
      row.hidden = !match;
      if (match) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("tr.concept:not([hidden])");
    });
    nothing.hidden = shown > 0;
    count.textContent = groups.length ? shown + " of " + rows.length + " concepts" : rows.length + " concepts";
    return shown;
  }

  input.addEventListener("input", function () { apply(input.value); });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
  apply(input.value);
  window.medgloss = { queryGroups: queryGroups, search: function (q) { input.value = q; return apply(q); } };
  document.documentElement.setAttribute("data-ready", "1");
})();
