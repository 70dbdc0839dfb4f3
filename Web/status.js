// What the page tells the reader besides the views: the error banner and the screen-reader live region.

import { $ } from "./dom.js";

// Show a message in the error banner (and announce it), or hide the banner with "".
export function showError(msg) {
  const el = $("#error");
  if (!msg) { el.hidden = true; el.textContent = ""; return; }
  el.hidden = false;
  el.textContent = msg;
  announce(msg);
}

// Say something to screen readers (the polite live region; emptied first so a repeat is read again).
export function announce(msg) {
  const live = $("#live");
  live.textContent = "";
  setTimeout(() => { live.textContent = msg; }, 30);
}
