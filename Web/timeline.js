// The timeline: bars for the treaties in force on 1 July of each year since 1816 (with a state focused in
// the Ties view: the treaties it is a party to), and a line per curated treaty for its years in force.
// Clicking a year or a line goes to that day. Keyboard: the years are one slider (arrow keys, Page
// Up/Down, Enter); the treaty lines are one tab stop with roving focus (arrow keys move from line to line
// in order of entry into force, Home/End to the first/last, Enter goes to the day the treaty came into force).

import { api, enc } from "./api.js";
import { currentDay, setDay } from "./day.js";
import { $, h } from "./dom.js";
import { page, withUserTreaties } from "./permalink.js";

const STRENGTH = ["defense", "offense", "neutrality", "nonAggression", "consultation"];

let timeline = null, timelineKey = null;
let cursorYear = null, cursorFor = null;  // the keyboard cursor on the years, and the day it started from
let rovingId = "";                        // the treaty line that holds the tab stop

export async function loadTimeline() {
  const day = currentDay();
  const f = page.view === "ties" && day && day.focus && day.focus.kind === "state" ? day.focus.id : "";
  const key = f + "|" + page.with.join(",");
  if (timelineKey === key && timeline) { draw(); return; }
  timelineKey = key;
  try {
    const data = await api(withUserTreaties("/v1/timeline" + (f ? "?focus=" + enc(f) : "")));
    if (timelineKey !== key) return;
    timeline = data;
    draw();
  } catch (e) {
    $("#timeline-chart").replaceChildren(h("p", { class: "muted" }, `Timeline unavailable: ${e.message}`));
  }
}

// A treaty's date as a day: "1879" -> 1 July, "1879-10" -> the first of the month.
function asDay(d) {
  const s = String(d || "");
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{4}-\d{2}$/.test(s)) return s + "-01";
  if (/^\d{4}$/.test(s)) return s + "-07-01";
  return page.on;
}

function caption(text) { $("#timeline-caption").textContent = text || "\u00a0"; }

function draw() {
  const t = timeline;
  const W = 1000, barH = 60, x0 = 34, x1 = W - 8;   // x0 leaves room for the y-axis's labels
  const years = t.years;
  const n = t.last - t.first + 1;
  const xOf = (y) => x0 + (y - t.first) / n * (x1 - x0);
  const bw = (x1 - x0) / n;
  const max = Math.max(1, ...years.map((y) => y.inForce));
  // Lanes for the treaties' spans.
  const lanes = [];
  const spans = t.treaties.map((tr) => {
    const from = +String(tr.from || t.first).slice(0, 4), to = tr.to ? +String(tr.to).slice(0, 4) : t.last;
    let lane = lanes.findIndex((end) => end < from - 1);
    if (lane < 0) { lane = lanes.length; lanes.push(to); } else lanes[lane] = to;
    return { tr, from, to, lane };
  });
  const laneH = Math.max(1.5, Math.min(6, 96 / Math.max(1, lanes.length))), top = 14, H = top + barH + 14 + lanes.length * laneH + 6;
  const cur = +(page.on || "2026").slice(0, 4);
  if (cursorFor !== page.on) { cursorYear = cur; cursorFor = page.on; }

  // The years: one slider.
  const yearsG = h("svg:g", {
    class: "tl-years", tabindex: "0", role: "slider", "aria-label": "Year of the timeline", "aria-orientation": "horizontal",
    "aria-valuemin": t.first, "aria-valuemax": t.last, "aria-valuenow": cur, "aria-valuetext": `${cur}`,
  });
  for (const y of years) {
    const hgt = y.inForce / max * barH;
    const title = `${y.year}: ${y.inForce} treaties in force`;
    yearsG.append(h("svg:rect", { class: "tl-bar" + (y.year === cur ? " sel" : ""), x: xOf(y.year), y: top + barH - hgt, width: Math.max(1, bw - 0.6), height: hgt }, h("svg:title", {}, title)));
    yearsG.append(h("svg:rect", { class: "tl-hit", x: xOf(y.year), y: top, width: bw, height: barH, "data-year": y.year }, h("svg:title", {}, title)));
  }
  // The y-axis: treaties in force, with ticks at round numbers (about four).
  const axisG = h("svg:g", { class: "tl-yaxis", "aria-hidden": "true" },
    h("svg:line", { class: "tl-axisline", x1: x0 - 2, x2: x0 - 2, y1: top, y2: top + barH }));
  const stepOf = (m) => { const raw = m / 4, p = 10 ** Math.floor(Math.log10(raw)); return [1, 2, 5, 10].map((f) => f * p).find((v) => v >= raw); };
  const tick = max < 4 ? 1 : stepOf(max);
  for (let v = 0; v <= max; v += tick) {
    const y = top + barH - v / max * barH;
    axisG.append(h("svg:line", { class: "tl-axisline", x1: x0 - 5, x2: x0 - 2, y1: y, y2: y }));
    axisG.append(h("svg:text", { class: "tl-axis", x: x0 - 7, y: y + 3.5, "text-anchor": "end", text: v }));
  }
  axisG.append(h("svg:text", { class: "tl-axis", x: 2, y: top - 5, "text-anchor": "start", text: "in force" }));
  for (let y = Math.ceil(t.first / 25) * 25; y <= t.last; y += 25) {
    yearsG.append(h("svg:text", { class: "tl-axis", x: xOf(y), y: top + barH + 11, "text-anchor": "middle", text: y }));
  }
  const cursor = h("svg:line", { class: "tl-cursor", x1: xOf(cursorYear) + bw / 2, x2: xOf(cursorYear) + bw / 2, y1: top - 6, y2: top + barH, visibility: "hidden" });
  yearsG.append(cursor);
  const showCursor = () => {
    cursor.setAttribute("x1", xOf(cursorYear) + bw / 2); cursor.setAttribute("x2", xOf(cursorYear) + bw / 2); cursor.setAttribute("visibility", "visible");
    yearsG.setAttribute("aria-valuenow", cursorYear);
    yearsG.setAttribute("aria-valuetext", `${cursorYear}: press Enter to go to 1 July ${cursorYear}`);
    const y = years.find((x) => x.year === cursorYear);
    caption(`${cursorYear}: ${y ? y.inForce : "?"} treaties in force (Enter to go there)`);
  };
  yearsG.addEventListener("keydown", (ev) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -10, PageUp: 10 }[ev.key];
    if (step) {
      ev.preventDefault();
      cursorYear = Math.min(t.last, Math.max(t.first, cursorYear + step));
      showCursor();
    } else if (ev.key === "Home" || ev.key === "End") {
      ev.preventDefault();
      cursorYear = ev.key === "Home" ? t.first : t.last;
      showCursor();
    } else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      setDay(`${cursorYear}-07-01`);
    }
  });
  yearsG.addEventListener("focusout", () => { cursor.setAttribute("visibility", "hidden"); caption(""); });

  // The curated treaties: one line each, one tab stop for all (roving focus).
  const treatiesG = h("svg:g", {
    class: "tl-treaties", role: "group",
    "aria-label": `${spans.length} treaty lines, in order of entry into force: arrow keys move from one to the next, Enter goes to the day it came into force`,
  });
  const ring = h("svg:rect", { class: "tl-ring", visibility: "hidden" });
  if (!spans.some((sp) => sp.tr.id === rovingId)) rovingId = spans.length ? spans[0].tr.id : "";
  const lines = spans.map((sp) => {
    const y = top + barH + 18 + sp.lane * laneH;
    const colour = `var(--t-${STRENGTH.find((k) => (sp.tr.kinds || []).includes(k)) || "none"})`;
    const x2 = Math.max(xOf(sp.from) + 3, xOf(sp.to + 1));
    const span = `${sp.tr.from || "?"} – ${sp.tr.to || "in force"}`;
    return h("svg:line", {
      class: "tl-treaty", x1: xOf(sp.from), x2, y1: y, y2: y, stroke: colour, "stroke-width": Math.min(3, laneH * 0.75),
      "data-from": sp.tr.from, "data-id": sp.tr.id, role: "button", tabindex: sp.tr.id === rovingId ? "0" : "-1",
      "aria-label": `${sp.tr.name} [${sp.tr.id}]: ${span}`,
    }, h("svg:title", {}, `${sp.tr.name} [${sp.tr.id}]: ${span}`));
  });
  treatiesG.append(...lines, ring);
  const moveTo = (i) => { const line = lines[Math.min(lines.length - 1, Math.max(0, i))]; if (line) line.focus(); };
  treatiesG.addEventListener("keydown", (ev) => {
    const i = lines.indexOf(ev.target);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, PageDown: i + 10, PageUp: i - 10, Home: 0, End: lines.length - 1 }[ev.key];
    if (to !== undefined) { ev.preventDefault(); moveTo(to); }
    else if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); setDay(asDay(ev.target.dataset.from)); }
  });
  // (Focus listeners on the lines, not on the group: Chromium makes an SVG element with focus listeners focusable.)
  const focusLine = (l) => {
    for (const o of lines) o.setAttribute("tabindex", o === l ? "0" : "-1");
    rovingId = l.dataset.id;
    caption(`${l.getAttribute("aria-label")} (Enter to go to ${asDay(l.dataset.from)})`);
    if (!l.matches(":focus-visible")) return;
    const x = +l.getAttribute("x1"), w = +l.getAttribute("x2") - x, y = +l.getAttribute("y1");
    for (const [k, v] of Object.entries({ x: x - 3, y: y - 4, width: w + 6, height: 8, visibility: "visible" })) ring.setAttribute(k, v);
  };
  for (const l of lines) {
    l.addEventListener("focus", () => focusLine(l));
    l.addEventListener("blur", () => { ring.setAttribute("visibility", "hidden"); caption(""); });
  }

  const g = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "Timeline" },
    axisG, yearsG, treatiesG,
    h("svg:line", { class: "tl-now", x1: xOf(cur) + bw / 2, x2: xOf(cur) + bw / 2, y1: top - 6, y2: H - 2 }));
  g.addEventListener("click", (ev) => {
    const tr = ev.target.closest(".tl-treaty");
    if (tr) { setDay(asDay(tr.dataset.from)); return; }
    const hit = ev.target.closest(".tl-hit");
    if (hit) setDay(`${hit.dataset.year}-07-01`);
  });

  if (t.rule) $("#timeline-rule").textContent = `Rule: ${t.rule}.`;
  const day = currentDay();
  const focusId = timelineKey.split("|")[0];
  $("#timeline-focus").textContent = focusId ? `(with ${day && day.focus ? day.focus.name : focusId} as a party)` : "";
  // Keep the keyboard where it was across the redraw (a new day redraws the chart).
  const active = document.activeElement;
  const had = active && active.closest && active.closest("#timeline-chart") ? active : null;
  $("#timeline-chart").replaceChildren(g);
  if (!had) return;
  const again = had.classList.contains("tl-treaty") ? lines.find((l) => l.dataset.id === had.dataset.id) : null;
  (again || yearsG).focus();
}
