// The view tabs (Attack, Ties, Audit, Architecture, Back-test): which panel shows, and the tab keyboard pattern
// (one tab stop; the arrow keys move between tabs).

import { $, $$ } from "./dom.js";
import { page, VIEWS } from "./permalink.js";

export function selectView(view, focusTab = false) {
  page.view = view;
  for (const b of $$(".tabs [role=tab]")) {
    const on = b.dataset.view === view;
    b.setAttribute("aria-selected", on ? "true" : "false");
    b.setAttribute("tabindex", on ? "0" : "-1");
    if (on && focusTab) b.focus();
  }
  for (const name of VIEWS) $(`#view-${name}`).hidden = name !== view;
}

// onChange(view) runs after a tab is chosen with the mouse or the arrow keys.
export function wireTabs(onChange) {
  const tabs = $$(".tabs [role=tab]");
  for (const b of tabs) {
    b.addEventListener("click", () => { selectView(b.dataset.view); onChange(b.dataset.view); });
    b.addEventListener("keydown", (ev) => {
      const i = tabs.indexOf(b);
      const j = ev.key === "ArrowRight" ? (i + 1) % tabs.length : ev.key === "ArrowLeft" ? (i + tabs.length - 1) % tabs.length : -1;
      if (j >= 0) { ev.preventDefault(); selectView(tabs[j].dataset.view, true); onChange(tabs[j].dataset.view); }
    });
  }
}
