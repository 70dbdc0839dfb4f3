// The world map: the SVG built by scripts/generate-web (one path per Natural Earth shape, id "s{ccode}"),
// which shape shows which state on the day, the colours of the current view, the legend, zoom, and
// choosing a state with the mouse or the keyboard (each state's shape is a button: Tab, Enter).
//
// The views do not live here: main.js hands in hooks for the current view's colouring ({classOf(ccode),
// describe(ccode), legend: [[class, label]]}), the states it involves (for "Zoom to fit"), what it draws
// on the overlay (overlay(g, centre(ccode) -> [x, y], k, px)), and what choosing a state does.

import { currentDay } from "./day.js";
import { $, $$, h, fill, swatch } from "./dom.js";
import { isOnDay, stateOnDay } from "./states.js";

let hooks = { colouring: () => null, involved: () => [], overlay: () => {}, choose: () => {} };
let svg = null;            // the inline map
let world = null;          // its full viewBox [x, y, w, h]
let shapes = [];           // [{path, own, alt, c, dep, base, approx, shapeName}]
let assigned = new Map();  // path -> ccode shown on the day (null: no state in the system)
let byCcode = new Map();   // ccode -> [shapes] on the day
let assignedFor = null;    // the day answer the assignment was made for
let fitRequested = false;
let firstPaint = true;

export function configureMap(h) { hooks = { ...hooks, ...h }; }
export function mapReady() { return !!svg; }

export async function fetchMap() {
  const r = await fetch($("#map").dataset.map);
  if (!r.ok) throw new Error(`map: ${r.status}`);
  return r.text();
}

// data-alt="ccode[@from][~to] …": historical states drawn on this modern shape, in order of preference.
function parseAlt(text) {
  if (!text) return [];
  return text.split(/\s+/).map((tok) => {
    const m = tok.match(/^(\d+)(?:@([\d-]+))?(?:~([\d-]+))?$/);
    return m ? { ccode: +m[1], from: m[2] || "", to: m[3] || "" } : null;
  }).filter(Boolean);
}

export function installMap(text) {
  const box = $("#map");
  box.innerHTML = text;  // our own SVG, generated at build time and served from the same origin
  svg = box.querySelector("svg");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", "World map. Each state is a button; press Enter to choose it.");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  world = svg.getAttribute("viewBox").split(/\s+/).map(Number);
  shapes = $$("path.state", svg).map((p) => {
    p.setAttribute("tabindex", "0");
    p.setAttribute("role", "button");
    const c = (p.dataset.c || "0,0").split(",").map(Number);
    return { path: p, own: +p.dataset.ccode, alt: parseAlt(p.dataset.alt), c, dep: p.classList.contains("dep"), base: p.getAttribute("class") };
  });
  for (const p of $$("path.land", svg)) p.setAttribute("aria-hidden", "true");
  const stateAt = (ev) => ev.target.closest && ev.target.closest("path.state");
  svg.addEventListener("click", (ev) => { const p = stateAt(ev); if (p) choosePath(p); });
  svg.addEventListener("keydown", (ev) => {
    const p = stateAt(ev);
    if (p && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); choosePath(p); }
  });
  svg.addEventListener("mouseover", (ev) => { const p = stateAt(ev); if (p) highlight(p, false); });
  svg.addEventListener("mouseout", () => highlight(null, false));
  svg.addEventListener("focusin", (ev) => { const p = stateAt(ev); if (p) highlight(p, true); });
  svg.addEventListener("focusout", () => highlight(null, true));
  box.removeAttribute("aria-busy");
}

function choosePath(p) {
  const c = assigned.get(p);
  if (c !== null && c !== undefined) hooks.choose(c);
}

function highlight(p, keyboard) {
  const overlay = svg && $("#overlay", svg);
  if (!overlay) return;
  for (const old of $$(".hl", overlay)) old.remove();
  if (!p) { $("#hover").textContent = "\u00a0"; return; }
  overlay.prepend(h("svg:path", { d: p.getAttribute("d"), class: keyboard ? "hl kbd" : "hl" }));
  $("#hover").textContent = p.getAttribute("aria-label") || "";
}

// Which state each shape shows on the day: its own if in the system, else a historical state of data-alt.
function assignShapes(day) {
  assigned = new Map();
  byCcode = new Map();
  const on = day.date;
  for (const sh of shapes) {
    let c = null, approx = false;
    if (isOnDay(sh.own)) c = sh.own;
    else if (!sh.dep) {
      for (const a of sh.alt) {
        if ((!a.from || on >= a.from) && (!a.to || on <= a.to) && isOnDay(a.ccode)) { c = a.ccode; approx = true; break; }
      }
    }
    sh.approx = approx;
    assigned.set(sh.path, c);
    if (c !== null) { if (!byCcode.has(c)) byCcode.set(c, []); byCcode.get(c).push(sh); }
  }
  assignedFor = day;
}

// Colour the map for the current view (and set every shape's accessible name).
export function paint() {
  const day = currentDay();
  if (!svg || !day) return;
  if (assignedFor !== day) assignShapes(day);
  const col = hooks.colouring();
  for (const sh of shapes) {
    const c = assigned.get(sh.path);
    const nm = sh.path.querySelector("title");
    if (!sh.shapeName) sh.shapeName = nm ? nm.textContent : "";
    let cls, label;
    if (c === null || c === undefined) {
      cls = "out";
      label = `${sh.shapeName}: no state in the system on ${day.date}`;
      sh.path.setAttribute("tabindex", "-1");
    } else {
      const s = stateOnDay(c);
      cls = col.classOf(c) + (sh.approx ? " approx" : "");
      const what = col.describe(c);
      label = s.name + (sh.approx ? ` (modern shape of ${sh.shapeName}, approximate)` : sh.dep ? ` (${sh.shapeName})` : "") + (what ? `: ${what}` : "");
      sh.path.setAttribute("tabindex", "0");
    }
    sh.path.setAttribute("class", `${sh.base} ${cls}`);
    sh.path.setAttribute("aria-label", label);
    if (nm) nm.textContent = label;
  }
  if (fitRequested) { fitRequested = false; fit(); }
  drawOverlay();
  drawLegend(col.legend);
  drawNoShape(day, col);
  if (firstPaint) {
    firstPaint = false;
    window.foedusReady = performance.now();
    performance.mark("foedus-ready");
    document.documentElement.dataset.ready = "1";
  }
}

function drawLegend(items) {
  const approx = shapes.some((s) => s.approx && assigned.get(s.path) !== null);
  fill($("#legend"),
    items.map(([cls, label]) => h("span", {},
      cls === "force" ? h("span", { class: "sw", style: "background:var(--a-force);border-radius:50%" }) : swatch(cls), label)),
    h("span", {}, h("span", { class: "sw hatch" }), "No state in the system"),
    approx ? h("span", {}, h("span", { class: "sw approx" }), "Historical state on modern borders (approximate)") : null);
}

// States in the system on the day that have no shape on the modern map, as buttons beside the map.
function drawNoShape(day, col) {
  const missing = day.states.filter((r) => !byCcode.has(r.state.ccode));
  $("#noshape").hidden = missing.length === 0;
  $("#noshape-list").replaceChildren(...missing.map((r) => {
    const c = r.state.ccode;
    const what = col.describe(c);
    return h("li", {}, h("button", {
      type: "button", "data-ccode": c, "aria-label": `${r.state.name}${what ? ": " + what : ""}`,
      onclick: () => hooks.choose(c),
    }, swatch(col.classOf(c)), `${r.state.name} (${r.state.abbreviation})`));
  }));
}

// --- Zoom: fit the states the view involves, or the whole world -------------------------------------

export function requestFit() { fitRequested = true; }

function setViewBox(box) {
  svg.setAttribute("viewBox", box.map((v) => Math.round(v * 10) / 10).join(" "));
  drawOverlay();
}

export function showWorld() { if (svg) setViewBox(world); }

export function fit() {
  if (!svg || !world) return;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const c of hooks.involved()) {
    for (const sh of byCcode.get(c) || []) {
      if (sh.dep) continue;
      let b = sh.path.getBBox();
      // Shapes spanning oceans (France with Guiana, Russia, the USA with Alaska): their label point.
      if (b.width > 250) b = { x: sh.c[0] - 60, y: sh.c[1] - 30, width: 120, height: 60 };
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
    }
  }
  if (!isFinite(x0)) { setViewBox(world); return; }
  const aspect = world[2] / world[3];
  let w = Math.max(x1 - x0, 90) * 1.25, hgt = Math.max(y1 - y0, 40) * 1.25;
  if (w / hgt < aspect) w = hgt * aspect; else hgt = w / aspect;
  if (w >= world[2] * 0.8) { setViewBox(world); return; }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(cx - w / 2, world[0]), world[0] + world[2] - w);
  const y = Math.min(Math.max(cy - hgt / 2, world[1]), world[1] + world[3] - hgt);
  setViewBox([x, y, w, hgt]);
}

// --- Overlay: what the view draws on top (pins, forces), sized for the current zoom --------------------

function centre(ccode) {
  const l = byCcode.get(ccode);
  return l && l.length ? (l.find((s) => !s.dep && !s.approx) || l[0]).c : null;
}

function drawOverlay() {
  const overlay = $("#overlay", svg);
  for (const el of [...overlay.children]) if (!el.classList.contains("hl")) el.remove();
  const vb = svg.getAttribute("viewBox").split(/\s+/).map(Number);
  const width = svg.getBoundingClientRect().width;
  // k: the zoom (1 for the whole world); px: map units per screen pixel (for marks of a fixed size on screen).
  hooks.overlay(overlay, centre, vb[2] / world[2], width > 0 ? vb[2] / width : vb[2] / world[2]);
}
