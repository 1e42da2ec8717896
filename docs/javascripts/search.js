// The site's search: Pagefind's UI on the index build.py writes into pagefind/, mounted in the
// header of every page (overrides/partials/header.html) and, with filters, on the search page.
(function () {
  "use strict";
  // The site root, from this script's own address (javascripts/search.js), so the site searches
  // the same under any base path; Pagefind takes the results' root from its bundle's folder.
  var root = new URL("..", document.currentScript.src);
  var bundlePath = new URL("pagefind/", root).pathname;
  // A large index is split into shards (pagefind/shards.js, written by build.py, lists those beside
  // the main bundle): each search runs on every shard and Pagefind ranks the results together.
  var mergeIndex = (window.newscorpusSearchShards || []).map(function (folder) {
    return {bundlePath: bundlePath + folder};
  });

  window.newscorpusSearch = function (selector, options) {
    if (typeof PagefindUI === "undefined") {
      document.querySelector(selector).textContent =
        "The search index is missing: run python build.py before mkdocs build.";
      return null;
    }
    return new PagefindUI(Object.assign({
      element: selector,
      bundlePath: bundlePath,
      mergeIndex: mergeIndex,
      showImages: false,
      showSubResults: false,
      // The site's own fonts and colours (see stylesheets/search.css), not Pagefind's reset.
      resetStyles: false,
      translations: {placeholder: "Search articles, people, places"},
    }, options || {}));
  };

  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("nc-search-box")) {
      window.newscorpusSearch("#nc-search-box", {pageSize: 8});
    }
  });
})();
