// Foedus web page: plain JavaScript modules (no framework, no bundler), same-origin API calls only.
// This module wires the parts together: the page state in the URL (permalink.js), the day (day.js), the
// map (map.js), the five views (attack.js, ties.js, audit.js, architecture.js, backtest.js) and the timeline, and
// runs the refresh cycle (refresh.js) that every change ends in.

import * as architecture from "./architecture.js";
import * as attack from "./attack.js";
import * as audit from "./audit.js";
import * as backtest from "./backtest.js";
import { currentDay, dayNote, loadDay, loadDaySafe, serverToday, setDay } from "./day.js";
import { api } from "./api.js";
import { $, $$, h } from "./dom.js";
import { configureMap, fetchMap, fit, installMap, mapReady, paint, showWorld } from "./map.js";
import { page, readURL, writeURL } from "./permalink.js";
import { beginRun, isCurrent, onRefresh, refresh } from "./refresh.js";
import { stateOnDay } from "./states.js";
import { showError } from "./status.js";
import { selectView, wireTabs } from "./tabs.js";
import * as ties from "./ties.js";
import { loadTimeline } from "./timeline.js";

// Each view: run(seq) fetches and renders its answer; colouring() the map's colours (null: the ties
// colouring); involved() the states "Zoom to fit" shows; overlay(g, centre, k, px) what it draws on the map;
// choose(state) what choosing a state on the map does.
const VIEWS = { attack, ties, audit, architecture, backtest };
const view = () => VIEWS[page.view];

// Why the link's day could not be shown (the server's 400, e.g. "on: '2026-13-01' is not a valid date"), kept
// while the page shows the fallback day, so that a bad link is never silently replaced by today.
let linkNote = null;   // {day, message}

configureMap({
  colouring: () => (view().colouring && view().colouring()) || ties.colouring(),
  involved: () => (view().involved ? view().involved() : []),
  overlay: (g, centre, k, px) => { if (view().overlay) view().overlay(g, centre, k, px); },
  choose: (ccode) => { const s = stateOnDay(ccode); if (s) view().choose(s); },
});

// Fetch what the page state needs, then render. A later call supersedes an earlier one still running.
async function refreshPage(what) {
  const run = beginRun();
  showError("");
  writeURL();
  try {
    const day = currentDay();
    if (what.day || !day || day.date !== page.on) await loadDaySafe();
    if (!isCurrent(run)) return;
    paint();
    ties.render();
    if (view().run) await view().run(run);
    if (!isCurrent(run)) return;
    paint();
    loadTimeline();
    writeURL();
    if (dayNote()) showError(dayNote());
    else if (linkNote && linkNote.day === page.on) showError(linkNote.message);
  } catch (e) {
    if (isCurrent(run)) { showError(e.message); paint(); }
  }
}

function wire() {
  $("#dayform").addEventListener("submit", (ev) => ev.preventDefault());
  $("#on").addEventListener("change", () => {
    const v = $("#on").value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= "1816-01-01") setDay(v);
  });
  for (const b of $$(".quick button")) b.addEventListener("click", () => setDay(b.dataset.day === "today" ? serverToday() : b.dataset.day));
  $("#with").addEventListener("change", () => {
    const ids = $("#with").value.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);
    if (ids.length > 8) { showError(`User treaties: at most 8 (${ids.length} given).`); return; }
    page.with = [...new Set(ids)];
    $("#with").value = page.with.join(", ");
    page.explain = "";
    refresh({ day: true });
  });
  $("#zoom-fit").addEventListener("click", () => fit());
  $("#zoom-world").addEventListener("click", () => showWorld());
  wireTabs(() => refresh());
  for (const v of Object.values(VIEWS)) v.wire();
}

// The store's user treaties, as choices for "User treaties" and the audit's "add" (a convenience: no error shown).
async function fillUserTreatyOptions() {
  try {
    const list = await api("/v1/user-treaties?limit=100");
    $("#user-treaty-options").replaceChildren(...list.treaties.map((t) => h("option", { value: t.id }, `${t.name} (${t.owner})`)));
  } catch (e) { /* the list is a convenience */ }
}

async function init() {
  readURL();
  onRefresh(refreshPage);
  wire();
  selectView(page.view);
  $("#focus").value = page.focus;
  $("#with").value = page.with.join(", ");
  fillUserTreatyOptions();
  const svgText = fetchMap();
  try {
    const [text] = await Promise.all([svgText, loadDaySafe()]);
    installMap(text);
    ties.showFocusName();
    paint();
  } catch (e) {
    showError(e.message);
    if (!mapReady()) { try { installMap(await svgText); } catch (e2) { /* shown above */ } }
    if (!currentDay()) {
      page.on = ""; page.focus = "";
      try { await loadDay(); } catch (e3) { return; }
      linkNote = { day: page.on, message: `${e.message} — the page shows ${page.on} (the server's today) instead.` };
      showError(linkNote.message);
    }
    paint();
  }
  refresh();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
