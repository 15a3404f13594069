/*
 * CdsWebview: which webview runs the add-in, from navigator.userAgent, as Microsoft's
 * "Browsers and webview controls used by Office Add-ins" and "Support older Microsoft
 * webviews and Office versions" tell them apart ("Trident" = Internet Explorer 11,
 * "Edge/" = EdgeHTML, "Edg/" = WebView2). Hand-written ES5 with no dependency, so the
 * full pane's taskpane.html can load it first, before any modern script:
 *
 *   <script src="compat/detect-webview.js"></script>
 *   <script>CdsWebview.redirectIfLegacy('compat/index.html');</script>
 *
 * Volume-licensed Office 2016/2019 always use Trident; retail 2016/2019 without
 * WebView2 use EdgeHTML. Neither runs the React 19 pane, so both get the
 * compatibility pane (ES5). Everything else (WebView2, Safari, a browser) keeps the full pane.
 */
(function (global) {
  'use strict';

  /** 'trident' | 'edgehtml' | 'webview2' | 'safari' | 'browser' | 'unknown'. */
  function detect(userAgent) {
    var ua = String(userAgent === undefined ? (global.navigator && global.navigator.userAgent) || '' : userAgent);
    if (ua.indexOf('Trident') !== -1 || ua.indexOf('MSIE ') !== -1) return 'trident';
    if (/\bEdge\/\d/.test(ua)) return 'edgehtml';
    if (/\bEdg\/\d/.test(ua)) return 'webview2';
    if (ua.indexOf('Macintosh') !== -1 && ua.indexOf('AppleWebKit') !== -1 && ua.indexOf('Chrome/') === -1) return 'safari';
    if (/Chrome\/|Firefox\/|Safari\//.test(ua)) return 'browser';
    return 'unknown';
  }

  /** True where the full (React 19) pane cannot run: Trident and EdgeHTML. */
  function needsCompatPane(userAgent) {
    var w = detect(userAgent);
    return w === 'trident' || w === 'edgehtml';
  }

  /**
   * Sends a legacy webview to the compatibility pane (relative to the current page),
   * keeping the query string (Office's _host_Info). Returns true when it redirected.
   */
  function redirectIfLegacy(compatUrl, userAgent) {
    if (!needsCompatPane(userAgent)) return false;
    var search = global.location && global.location.search ? global.location.search : '';
    global.location.replace(compatUrl + search);
    return true;
  }

  global.CdsWebview = { detect: detect, needsCompatPane: needsCompatPane, redirectIfLegacy: redirectIfLegacy };
})(typeof window !== 'undefined' ? window : this);
