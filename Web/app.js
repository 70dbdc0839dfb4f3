// Foedus web page: plain JavaScript (ES2020), no framework, same-origin API calls only.
// State lives in the URL query (permalinks); the map SVG is fetched once and coloured per day.
"use strict";

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const SVGNS = "http://www.w3.org/2000/svg";

  // --- Small DOM helper: h("p", {class: "x"}, "text", child…). Text is always inserted as text.
  function h(tag, attrs, ...children) {
    const el = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  // Replace an element's children with nodes (arrays flattened, nulls dropped).
  function fill(el, ...nodes) {
    el.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false && n !== ""));
    return el;
  }

  // --- Labels --------------------------------------------------------------------------------
  const TIE_LABEL = {
    focus: "Selected", member: "Member", defense: "Defence pact", offense: "Offence pact",
    neutrality: "Neutrality pact", nonAggression: "Non-aggression pact", consultation: "Consultation pact",
    none: "No coded tie",
  };
  const KIND_LABEL = {
    defense: "defence", offense: "offence", neutrality: "neutrality", nonAggression: "non-aggression",
    consultation: "consultation", nonParticipation: "non-participation", territorialNonUse: "territorial non-use",
    noAidToAggressor: "no aid to the aggressor",
  };
  const CAUSE_LABEL = {
    aggressor: "aggressor", victim: "victim", defense: "defence duty", offense: "offence duty",
    forcesPresent: "its forces are stationed in the attacked territory",
  };
  const CONFLICT_LABEL = {
    boundToBothSides: "bound to both sides (stays out)",
    defenceAgainstPledgedVictim: "an entrant acts against a victim it pledged not to attack",
    aggressorBreaksPledge: "the aggressor acts against a pledge it gave the victim",
    entryBreaksPledge: "an entrant acts against a pledge (no aid to the aggressor, non-participation)",
    treatyMembersOnBothSides: "parties to one treaty on both sides",
  };
  const RESTRAINT_LABEL = {
    belowThreshold: "discretionary duty, below the chosen threshold",
    uncertain: "uncertain duty, not included",
    contested: "contested duty (owed to a state that is itself an aggressor), not included",
    boundToBothSides: "bound to both sides, stays out",
  };
  const ORGANISATIONS = [
    ["NATO", "North Atlantic Treaty Organization"], ["CSTO", "Collective Security Treaty Organization"],
    ["SCO", "Shanghai Cooperation Organisation"], ["CIS", "Commonwealth of Independent States"],
    ["EAEU", "Eurasian Economic Union"], ["ASEAN", "Association of Southeast Asian Nations"],
  ];
  const VIEWS = ["ties", "attack", "audit", "architecture"];
  const QUICK = { "1914": "1914-08-01", "1939": "1939-09-01", "1989": "1989-11-09" };

  // --- Page state (mirrored in the URL) -----------------------------------------------------
  const S = {
    on: "", focus: "", view: "attack", attack: "", policy: "treaty", honour: "discretionary",
    uncertain: false, contested: false, explain: "", audit: "remove:RUS-PRK-2024", arch: "eurasia-2024",
  };
  let today = "";            // the server's today (from a response without `on`)
  let day = null;            // the /v1/map response for S.on and S.focus
  let svg = null;            // the inline map
  let shapes = [];           // [{path, own, alt, c}]
  let assigned = new Map();  // path -> ccode shown on the day
  let byCcode = new Map();   // ccode -> [paths] on the day
  let stateInfo = new Map(); // ccode -> state object on the day
  const known = new Map();   // every state seen on any day: ccode -> state
  let world = null;          // the map's full viewBox [x, y, w, h]
  let zoomed = false;
  let scenario = null;       // last scenario response (for the current parameters)
  let scenarioKey = "";
  let scenarioBase = "";     // the scenario URL without `explain` (a new one re-fits the map)
  let autoFit = false;
  let pick = "aggressor";    // what the next map click picks in the attack view
  let picked = { aggressor: null, victim: null };
  let audit = null, auditKey = "";
  let arch = null, archKey = "";
  let timeline = null, timelineKey = null;
  let firstPaint = true;
  const mapCache = new Map();

  function readURL() {
    const q = new URLSearchParams(location.search);
    for (const k of ["on", "focus", "attack", "explain", "audit", "arch"]) if (q.has(k)) S[k] = q.get(k);
    if (VIEWS.includes(q.get("view"))) S.view = q.get("view");
    else if (q.has("focus") && !q.has("attack")) S.view = "ties";
    if (["strict", "treaty", "chain"].includes(q.get("policy"))) S.policy = q.get("policy");
    if (["automatic", "discretionary"].includes(q.get("honour"))) S.honour = q.get("honour");
    S.uncertain = q.get("uncertain") === "1" || q.get("includeUncertain") === "true";
    S.contested = q.get("contested") === "1" || q.get("includeContested") === "true";
    if (S.on && !/^\d{4}-\d{2}-\d{2}$/.test(S.on)) S.on = "";
  }

  function writeURL() {
    const q = new URLSearchParams();
    if (S.on) q.set("on", S.on);
    q.set("view", S.view);
    if (S.focus) q.set("focus", S.focus);
    if (S.attack) {
      q.set("attack", S.attack);
      if (S.policy !== "treaty") q.set("policy", S.policy);
      if (S.honour !== "discretionary") q.set("honour", S.honour);
      if (S.uncertain) q.set("uncertain", "1");
      if (S.contested) q.set("contested", "1");
      if (S.explain) q.set("explain", S.explain);
    }
    if (S.view === "audit") q.set("audit", S.audit);
    if (S.view === "architecture") q.set("arch", S.arch);
    const url = location.pathname + (q.toString() ? "?" + q.toString().replace(/%3A/g, ":").replace(/%40/g, "@") : "");
    history.replaceState(null, "", url);
  }

  // --- API ------------------------------------------------------------------------------------
  async function api(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const msg = body && body.error ? body.error.message : `${r.status} ${r.statusText}`;
      const err = new Error(msg);
      err.status = r.status;
      throw err;
    }
    return body;
  }
  const enc = encodeURIComponent;

  function showError(msg) {
    const el = $("#error");
    if (!msg) { el.hidden = true; el.textContent = ""; return; }
    el.hidden = false;
    el.textContent = msg;
    announce(msg);
  }
  function announce(msg) { const live = $("#live"); live.textContent = ""; setTimeout(() => { live.textContent = msg; }, 30); }

  // --- States: names and keys ---------------------------------------------------------------
  function stateKey(s) {
    // The COW abbreviation, unless another state has it as ISO3 (AUS: Austria in COW, Australia in ISO).
    if (!s) return "";
    for (const o of stateInfo.values()) if (o.ccode !== s.ccode && o.iso3 === s.abbreviation) return String(s.ccode);
    return s.abbreviation;
  }
  function stateLabel(s) { return s ? `${s.name} (${s.abbreviation})` : ""; }
  function parseStateInput(text) {
    // "Russia (RUS)" -> "RUS"; otherwise the text as typed (the API resolves names and codes).
    const t = (text || "").trim();
    const m = t.match(/\(([^()]+)\)\s*$/);
    return m ? m[1].trim() : t;
  }
  function resolveLocal(key) {
    if (!key) return null;
    const k = String(key).trim().toLowerCase().replace(/^cow:/, "");
    for (const s of stateInfo.values()) {
      if (String(s.ccode) === k || s.abbreviation.toLowerCase() === k || s.name.toLowerCase() === k) return s;
    }
    for (const s of stateInfo.values()) if (s.iso3 && s.iso3.toLowerCase() === k.replace(/^iso:/, "")) return s;
    return null;
  }
  function resolveKnown(key) {
    const k = String(key || "").trim().toLowerCase().replace(/^(cow|iso):/, "");
    for (const s of known.values()) if (String(s.ccode) === k || s.abbreviation.toLowerCase() === k || s.name.toLowerCase() === k) return s;
    return null;
  }

  // Attack strings: AGGRESSOR:VICTIM[@THEATRE][!]; "cow:AUS" and "iso:AUS" keep their prefix.
  function parseAttack(text) {
    let t = (text || "").trim();
    if (!t) return null;
    let provoked = false, theatre = "";
    if (t.endsWith("!")) { provoked = true; t = t.slice(0, -1); }
    const at = t.indexOf("@");
    if (at >= 0) { theatre = t.slice(at + 1); t = t.slice(0, at); }
    const parts = [];
    for (const p of t.split(":")) {
      const last = parts[parts.length - 1];
      if (last !== undefined && /^(cow|iso)$/i.test(last)) parts[parts.length - 1] = last + ":" + p;
      else parts.push(p);
    }
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    return { a: parts[0], b: parts[1], theatre, provoked };
  }
  function formatAttack(o) {
    return `${o.a}:${o.b}${o.theatre ? "@" + o.theatre : ""}${o.provoked ? "!" : ""}`;
  }

  // --- The map ----------------------------------------------------------------------------------
  function parseAlt(text) {
    if (!text) return [];
    return text.split(/\s+/).map((tok) => {
      const m = tok.match(/^(\d+)(?:@([\d-]+))?(?:~([\d-]+))?$/);
      return m ? { ccode: +m[1], from: m[2] || "", to: m[3] || "" } : null;
    }).filter(Boolean);
  }

  function installMap(text) {
    const box = $("#map");
    box.innerHTML = text;
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
    svg.addEventListener("click", (ev) => {
      const p = ev.target.closest("path.state");
      if (p) choose(assigned.get(p), p);
    });
    svg.addEventListener("keydown", (ev) => {
      const p = ev.target.closest && ev.target.closest("path.state");
      if (p && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); choose(assigned.get(p), p); }
    });
    svg.addEventListener("mouseover", (ev) => { const p = ev.target.closest("path.state"); if (p) hover(p, false); });
    svg.addEventListener("mouseout", () => hover(null, false));
    svg.addEventListener("focusin", (ev) => { const p = ev.target.closest("path.state"); if (p) hover(p, true); });
    svg.addEventListener("focusout", () => hover(null, true));
    box.removeAttribute("aria-busy");
  }

  function hover(p, keyboard) {
    const overlay = svg && $("#overlay", svg);
    if (!overlay) return;
    for (const old of $$(".hl", overlay)) old.remove();
    if (!p) { $("#hover").textContent = "\u00a0"; return; }
    overlay.prepend(h("svg:path", { d: p.getAttribute("d"), class: keyboard ? "hl kbd" : "hl" }));
    $("#hover").textContent = p.getAttribute("aria-label") || "";
  }

  function inRange(alt, on) {
    return (!alt.from || on >= alt.from) && (!alt.to || on <= alt.to);
  }

  // Which state each path shows on the day: its own if in the system, else a historical candidate.
  function assignShapes() {
    assigned = new Map();
    byCcode = new Map();
    const on = day.date;
    for (const sh of shapes) {
      let c = null, approx = false;
      if (stateInfo.has(sh.own)) c = sh.own;
      else if (!sh.dep) {
        for (const a of sh.alt) if (inRange(a, on) && stateInfo.has(a.ccode)) { c = a.ccode; approx = true; break; }
      }
      sh.approx = approx;
      assigned.set(sh.path, c);
      if (c !== null) { if (!byCcode.has(c)) byCcode.set(c, []); byCcode.get(c).push(sh); }
    }
  }

  // Colour classes per state in the current mode; returns {classOf(ccode), describe(ccode), legend}.
  function colouring() {
    if (S.view === "attack" && scenario) return sidesColouring();
    if (S.view === "attack" && (picked.aggressor || picked.victim)) return pickColouring();
    if (S.view === "architecture" && arch) return archColouring();
    if (S.view === "audit" && audit) return auditColouring();
    return tiesColouring();
  }

  function tiesColouring() {
    const tie = new Map(day.states.map((r) => [r.state.ccode, r]));
    const present = new Set(day.states.map((r) => r.tie));
    const legend = (day.ties || []).filter((t) => t.tie === "none" || (day.focus && present.has(t.tie)))
      .map((t) => [`t-${t.tie}`, t.tie === "none" && !day.focus ? "In the system" : t.label]);
    return {
      classOf: (c) => "t-" + (tie.get(c) ? tie.get(c).tie : "none"),
      describe: (c) => {
        const r = tie.get(c);
        if (!r || !day.focus || r.tie === "none") return "";
        if (r.tie === "focus") return "selected";
        const t = (TIE_LABEL[r.tie] || r.tie).toLowerCase();
        return r.treaties && r.treaties.length ? `${t} (${r.treaties.join(", ")})` : t;
      },
      legend,
    };
  }

  function sideSets() {
    const att = new Map(), def = new Map(), out = new Map();
    for (const m of scenario.sides.attackers) att.set(m.state.ccode, m);
    for (const m of scenario.sides.defenders) def.set(m.state.ccode, m);
    for (const o of scenario.outside || []) out.set(o.state.ccode, o);
    const aggressors = new Set(), victims = new Set();
    for (const a of scenario.attacks) if (!a.derived) { aggressors.add(a.aggressor.ccode); victims.add(a.victim.ccode); }
    return { att, def, out, aggressors, victims };
  }

  function sidesColouring() {
    const s = sideSets();
    return {
      classOf: (c) => s.aggressors.has(c) ? "s-aggressor" : s.victims.has(c) ? "s-victim"
        : s.att.has(c) ? "s-attackers" : s.def.has(c) ? "s-defenders" : s.out.has(c) ? "s-outside" : "t-none",
      describe: (c) => s.aggressors.has(c) ? "aggressor" : s.victims.has(c) ? "victim"
        : s.att.has(c) ? "joins the attackers" : s.def.has(c) ? "joins the defenders"
        : s.out.has(c) ? "bound, but stays out" : "not bound (no coded duty that brings it in)",
      legend: [["s-aggressor", "Aggressor"], ["s-attackers", "Joins the attackers"], ["s-victim", "Victim"],
        ["s-defenders", "Joins the defenders"], ["s-outside", "Bound, stays out"], ["t-none", "Not bound"]],
    };
  }

  function pickColouring() {
    const a = resolveLocal(picked.aggressor), b = resolveLocal(picked.victim);
    return {
      classOf: (c) => (a && c === a.ccode) ? "s-aggressor" : (b && c === b.ccode) ? "s-victim" : "t-none",
      describe: (c) => (a && c === a.ccode) ? "aggressor" : (b && c === b.ccode) ? "victim" : "",
      legend: [["s-aggressor", "Aggressor"], ["s-victim", "Victim"], ["t-none", "In the system"]],
    };
  }

  function archColouring() {
    const rows = new Map(arch.states.map((r) => [r.state.ccode, r]));
    const beyond = new Set((arch.insideOutsideRegion || []).map((s) => s.ccode));
    return {
      classOf: (c) => { const r = rows.get(c); return beyond.has(c) ? "a-in" : !r ? "t-none" : r.inside ? "a-in" : "a-out"; },
      describe: (c) => {
        const r = rows.get(c);
        if (beyond.has(c)) return "inside, outside the architecture's region";
        if (!r) return "outside the architecture's region";
        if (!r.inside) return "in the region, not inside";
        const via = [...(r.organisations || []), ...(r.treaties || []).map((t) => t.id || t)];
        return "inside" + (via.length ? ` (${via.join(", ")})` : "");
      },
      legend: [["a-in", "Inside (member or party)"], ["a-out", "In the region, outside"], ["t-none", "Outside the region"],
        ["force", "Extra-regional forces (sender → host)"]],
    };
  }

  function auditReading() { return ($("#audit-reading") && $("#audit-reading").value) || "treaty"; }
  function auditColouring() {
    const reading = audit.readings.find((r) => r.reading === auditReading()) || audit.readings[0];
    const d = new Map();
    for (const x of [...reading.losers, ...reading.winners]) d.set(x.state.ccode, x.delta * 100);
    const cls = (v) => v <= -5 ? "d-lose3" : v <= -1 ? "d-lose2" : v < 0 ? "d-lose1" : v >= 5 ? "d-win3" : v >= 1 ? "d-win2" : "d-win1";
    return {
      classOf: (c) => d.has(c) ? cls(d.get(c)) : "t-none",
      describe: (c) => d.has(c) ? `${reading.reading} reading: ${fmtPts(d.get(c))} points` : "",
      legend: [["d-lose3", "Falls ≥ 5 points"], ["d-lose2", "Falls 1–5"], ["d-lose1", "Falls < 1"],
        ["d-win1", "Rises < 1"], ["d-win2", "Rises 1–5"], ["d-win3", "Rises ≥ 5"], ["t-none", "Within the tolerance"]],
    };
  }

  function paint() {
    if (!svg || !day) return;
    const col = colouring();
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
        const s = stateInfo.get(c);
        cls = col.classOf(c) + (sh.approx ? " approx" : "");
        const what = col.describe(c);
        label = s.name + (sh.approx ? ` (modern shape of ${sh.shapeName}, approximate)` : sh.dep ? ` (${sh.shapeName})` : "") + (what ? `: ${what}` : "");
        sh.path.setAttribute("tabindex", "0");
      }
      sh.path.setAttribute("class", `${sh.base} ${cls}`);
      sh.path.setAttribute("aria-label", label);
      if (nm) nm.textContent = label;
    }
    if (autoFit) { autoFit = false; fit(); }
    drawOverlay();
    drawLegend(col.legend);
    drawNoShape(col);
    if (firstPaint) {
      firstPaint = false;
      window.foedusReady = performance.now();
      performance.mark("foedus-ready");
      document.documentElement.dataset.ready = "1";
    }
  }

  function drawLegend(items) {
    const box = $("#legend");
    fill(box, items.map(([cls, label]) => {
      const sw = cls === "force" ? h("span", { class: "sw", style: "background:var(--a-force);border-radius:50%" })
        : h("span", { class: "sw", style: `background:var(--${cssVar(cls)})` });
      return h("span", {}, sw, label);
    }), h("span", {}, h("span", { class: "sw hatch" }), "No state in the system"),
    ...(shapes.some((s) => s.approx && assigned.get(s.path) !== null) ? [h("span", {}, h("span", { class: "sw approx" }), "Historical state on modern borders (approximate)")] : []));
  }
  function cssVar(cls) {
    const [p, rest] = [cls.slice(0, 2), cls.slice(2)];
    return p + rest;
  }

  function drawNoShape(col) {
    const list = $("#noshape-list");
    const missing = day.states.filter((r) => !byCcode.has(r.state.ccode));
    $("#noshape").hidden = missing.length === 0;
    list.replaceChildren(...missing.map((r) => {
      const c = r.state.ccode;
      const what = col.describe(c);
      const cls = col.classOf(c);
      return h("li", {}, h("button", {
        type: "button", "data-ccode": c, "aria-label": `${r.state.name}${what ? ": " + what : ""}`,
        onclick: () => choose(c, null),
      }, h("span", { class: "sw", style: `background:var(--${cssVar(cls)})` }), `${r.state.name} (${r.state.abbreviation})`));
    }));
  }

  // --- Zoom: fit the states involved, or the whole world ------------------------------------------
  function involved() {
    if (S.view === "attack" && scenario) {
      const s = sideSets();
      return [...s.att.keys(), ...s.def.keys(), ...s.out.keys()];
    }
    if (S.view === "attack") return [picked.aggressor, picked.victim].map(resolveLocal).filter(Boolean).map((s) => s.ccode);
    if (S.view === "architecture" && arch) return [...arch.states.filter((r) => r.inside).map((r) => r.state.ccode), ...(arch.insideOutsideRegion || []).map((s) => s.ccode)];
    if (S.view === "ties" && day.focus) return day.states.filter((r) => r.tie !== "none").map((r) => r.state.ccode);
    return [];
  }

  function setViewBox(box) {
    svg.setAttribute("viewBox", box.map((v) => Math.round(v * 10) / 10).join(" "));
    drawOverlay();
  }

  function fit() {
    if (!svg || !world) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const c of involved()) {
      for (const sh of byCcode.get(c) || []) {
        if (sh.dep) continue;
        let b = sh.path.getBBox();
        // Shapes spanning oceans (France with Guiana, Russia, the USA with Alaska): their label point.
        if (b.width > 250) b = { x: sh.c[0] - 60, y: sh.c[1] - 30, width: 120, height: 60 };
        x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
      }
    }
    if (!isFinite(x0)) { setViewBox(world); zoomed = false; return; }
    const aspect = world[2] / world[3];
    let w = Math.max(x1 - x0, 90) * 1.25, hgt = Math.max(y1 - y0, 40) * 1.25;
    if (w / hgt < aspect) w = hgt * aspect; else hgt = w / aspect;
    if (w >= world[2] * 0.8) { setViewBox(world); zoomed = false; return; }
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const x = Math.min(Math.max(cx - w / 2, world[0]), world[0] + world[2] - w);
    const y = Math.min(Math.max(cy - hgt / 2, world[1]), world[1] + world[3] - hgt);
    setViewBox([x, y, w, hgt]);
    zoomed = true;
  }

  function zoomK() {
    const vb = svg.getAttribute("viewBox").split(/\s+/).map(Number);
    return vb[2] / world[2];
  }

  function drawOverlay() {
    const overlay = $("#overlay", svg);
    for (const el of $$(".force, .host, .pin, .pinlabel", overlay)) el.remove();
    const centre = (c) => { const l = byCcode.get(c); return l && l.length ? (l.find((s) => !s.dep && !s.approx) || l[0]).c : null; };
    if (S.view === "architecture" && arch) {
      const hosts = new Map();
      for (const f of arch.forces.extraRegional || []) {
        const a = centre(f.sender.ccode), b = centre(f.host.ccode);
        if (b) hosts.set(f.host.ccode, b);
        if (a && b) {
          const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2 - Math.abs(a[0] - b[0]) * 0.15 - 10;
          overlay.append(h("svg:path", { class: "force", d: `M${a[0]} ${a[1]}Q${mx} ${my} ${b[0]} ${b[1]}` }));
        }
      }
      for (const b of hosts.values()) overlay.append(h("svg:circle", { class: "host", cx: b[0], cy: b[1], r: 3.2 * zoomK() }));
    }
    if (S.view === "attack") {
      const pins = [];
      if (scenario) for (const a of scenario.attacks) if (!a.derived) pins.push([a.aggressor.ccode, "A"], [a.victim.ccode, "V"]);
      else {
        const a = resolveLocal(picked.aggressor), b = resolveLocal(picked.victim);
        if (a) pins.push([a.ccode, "A"]);
        if (b) pins.push([b.ccode, "V"]);
      }
      for (const [c, t] of pins) {
        const p = centre(c);
        if (!p) continue;
        const k = zoomK();
        overlay.append(h("svg:circle", { class: "pin", cx: p[0], cy: p[1], r: 5 * k }));
        overlay.append(h("svg:text", { class: "pinlabel", x: p[0], y: p[1] + 3.2 * k, "font-size": 9 * k, "text-anchor": "middle", text: t }));
      }
    }
  }

  // --- Loading a day ------------------------------------------------------------------------------
  function focusParam() {
    if (S.focus) return S.focus;
    return "";
  }

  async function loadDay() {
    const f = focusParam();
    const key = `${S.on}|${f}`;
    let data = mapCache.get(key);
    if (!data) {
      data = await api(`/v1/map?${S.on ? "on=" + enc(S.on) + "&" : ""}${f ? "focus=" + enc(f) : ""}`.replace(/[?&]$/, ""));
      mapCache.set(`${data.date}|${f}`, data);
    }
    if (!S.on) { S.on = data.date; today = today || data.date; }
    day = data;
    stateInfo = new Map(day.states.map((r) => [r.state.ccode, r.state]));
    for (const s of stateInfo.values()) known.set(s.ccode, s);
    $("#on").value = day.date;
    fillStateOptions();
    if (svg) assignShapes();
    return day;
  }

  // The day's map; if the focus cannot be used on that day (not in the system yet), the day without it
  // and the reason as a note.
  let dayNote = "";
  async function loadDaySafe() {
    dayNote = "";
    try {
      await loadDay();
      return "";
    } catch (e) {
      if (!S.focus || e.status !== 400) throw e;
      const f = S.focus;
      S.focus = "";
      try { await loadDay(); } finally { S.focus = f; }
      dayNote = e.message;
      return e.message;
    }
  }

  function fillStateOptions() {
    const states = day.states.map((r) => r.state).slice().sort((a, b) => a.name.localeCompare(b.name));
    const opts = states.map((s) => h("option", { value: stateLabel(s) }));
    $("#state-options").replaceChildren(...opts);
    $("#focus-options").replaceChildren(
      ...states.map((s) => h("option", { value: stateLabel(s) })),
      ...ORGANISATIONS.map(([id, name]) => h("option", { value: `${name} (${id})` })),
    );
  }

  // --- Choosing a state (map click, Enter, list button) ----------------------------------------
  function choose(ccode, path) {
    if (ccode === null || ccode === undefined) return;
    const s = stateInfo.get(ccode);
    if (!s) return;
    if (S.view === "ties") {
      S.focus = stateKey(s);
      $("#focus").value = stateLabel(s);
      refresh({ day: true });
    } else if (S.view === "attack") {
      if (pick === "aggressor") {
        picked = { aggressor: stateKey(s), victim: null };
        $("#aggressor").value = stateLabel(s);
        $("#victim").value = "";
        scenario = null; S.attack = "";
        pick = "victim";
        setPickHint();
        paint(); writeURL(); renderAttack();
        announce(`Aggressor: ${s.name}. Now choose the victim.`);
      } else if (pick === "victim") {
        if (picked.aggressor && resolveLocal(picked.aggressor) && resolveLocal(picked.aggressor).ccode === s.ccode) return;
        picked.victim = stateKey(s);
        $("#victim").value = stateLabel(s);
        runAttackFromForm();
      } else {
        S.explain = stateKey(s);
        refresh({});
      }
    } else if (S.view === "architecture") {
      showArchState(s);
    } else if (S.view === "audit") {
      showAuditState(s);
    }
  }

  function setPickHint() {
    const t = { aggressor: "Click the aggressor on the map.", victim: "Now click the victim.", explain: "" }[pick];
    $("#pickhint").textContent = t;
  }

  // --- Refresh: fetch what the state needs, then render ----------------------------------------
  let refreshSeq = 0;
  async function refresh(what) {
    const seq = ++refreshSeq;
    showError("");
    writeURL();
    try {
      if (what.day || !day || day.date !== S.on) await loadDaySafe();
      if (seq !== refreshSeq) return;
      paint();
      renderTies();
      if (S.view === "attack") await runScenario(seq);
      if (S.view === "audit") await runAudit(seq);
      if (S.view === "architecture") await runArch(seq);
      if (seq !== refreshSeq) return;
      paint();
      loadTimeline();
      writeURL();
      if (dayNote) showError(dayNote);
    } catch (e) {
      if (seq === refreshSeq) { showError(e.message); paint(); }
    }
  }

  // --- Ties view ---------------------------------------------------------------------------------
  function renderTies() {
    const out = $("#ties-out");
    if (!day.focus) {
      out.replaceChildren(h("p", { class: "muted" }, `${day.states.length} states in the system on ${day.date}. Choose a state or an organisation to colour the map by its ties.`));
      return;
    }
    const groups = new Map();
    for (const r of day.states) {
      if (r.tie === "none" || r.tie === "focus") continue;
      if (!groups.has(r.tie)) groups.set(r.tie, []);
      groups.get(r.tie).push(r);
    }
    const order = (day.ties || []).map((t) => t.tie);
    const items = [...groups.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([tie, rows]) =>
      h("li", {}, h("span", { class: "sw", style: `background:var(--t-${tie})` }), " ",
        h("strong", {}, `${(day.ties.find((t) => t.tie === tie) || {}).label || TIE_LABEL[tie]} (${rows.length}): `),
        ...rows.map((r, i) => [i ? ", " : "", r.state.name,
          r.treaties && r.treaties.length ? [" (", ...r.treaties.map((id, j) => [j ? ", " : "", treatyButton(id)]), ")"] : ""])));
    const f = day.focus;
    fill(out,
      h("p", { class: "summary" }, h("strong", {}, f.name), ` (${f.kind === "organisation" ? "organisation" : "state"}) on ${day.date}: the strongest coded tie with each state. Click a treaty for its clauses and quotes.`),
      day.provenance && day.provenance.rule ? h("p", { class: "meta" }, `Rule: ${day.provenance.rule}.`) : null,
      items.length ? h("ul", { class: "tielist" }, items) : h("p", { class: "muted" }, "No coded ties on this day."),
      h("div", { id: "treaty-detail" }),
    );
    if (S.view === "ties") announce(`${f.name}: ${items.length} kinds of tie on ${day.date}.`);
  }

  function treatyButton(id) {
    return h("button", { type: "button", class: "linkish", onclick: () => showTreaty(id) }, id);
  }

  async function showTreaty(id) {
    const box = $("#treaty-detail") || $("#attack-out");
    try {
      const t = await api(`/v1/treaties/${enc(id)}`);
      const provs = (t.provisions || []).map((p) => h("li", {},
        h("strong", {}, `Art. ${p.article || "?"}`), ` · ${KIND_LABEL[p.kind] || p.kind}${p.strength ? ", " + p.strength : ""} `,
        p.verified ? null : h("span", { class: "badge warn" }, "unverified"),
        p.quote ? h("blockquote", { lang: quoteLang(p.quote) }, p.quote) : h("div", { class: "meta" }, p.note || "no quote"),
        h("div", { class: "meta" }, `quote: ${p.quoteStatus || "none"} · source: `, sourceLink(p.source))));
      box.replaceChildren(h("div", { class: "treaty-detail", tabindex: "-1" },
        h("h3", {}, `${t.name} [${t.id}]`),
        h("p", { class: "meta" }, `signed ${t.signed || "?"}; in force ${t.inForce || "?"}${t.terminated ? "; ended " + t.terminated : ""} (${t.dateBasis})`),
        h("p", { class: "meta" }, `Parties: ${(t.parties || []).map((p) => p.state ? p.state.name || p.state : p.name || p).join(", ")}`),
        provs.length ? h("ul", {}, provs) : h("p", { class: "muted" }, "No clauses coded."),
        h("button", { type: "button", onclick: () => box.replaceChildren() }, "Close")));
      box.firstChild.focus();
    } catch (e) { showError(e.message); }
  }
  function quoteLang(q) { return /[\u0400-\u04FF]/.test(q) ? "ru" : "en"; }
  function sourceLink(src) {
    if (!src) return "—";
    if (/^https?:\/\//.test(src)) return h("a", { href: src, rel: "noopener noreferrer", target: "_blank" }, src.replace(/^https?:\/\//, "").slice(0, 70));
    return src;
  }

  // --- Attack view -------------------------------------------------------------------------------
  function scenarioURL(explain) {
    const q = new URLSearchParams();
    q.set("on", S.on);
    q.set("attack", S.attack);
    q.set("policy", S.policy);
    q.set("honour", S.honour);
    if (S.uncertain) q.set("includeUncertain", "true");
    if (S.contested) q.set("includeContested", "true");
    if (explain) q.set("explain", explain);
    return "/v1/scenario?" + q.toString();
  }

  async function runScenario(seq) {
    syncAttackForm();
    if (!S.attack) { scenario = null; renderAttack(); return; }
    const parsed = parseAttack(S.attack);
    for (const key of parsed ? [parsed.a, parsed.b] : []) {
      // A state known from another day but not in the system on this one: say so without a request.
      if (!resolveLocal(key) && resolveKnown(key)) {
        scenario = null; scenarioKey = "";
        renderAttack();
        throw new Error(`${resolveKnown(key).name} is not in the state system on ${S.on}: choose another day or another state.`);
      }
    }
    const key = scenarioURL(S.explain);
    if (key !== scenarioKey || !scenario) {
      $("#attack-out").replaceChildren(h("p", { class: "muted" }, "Computing the cascade…"));
      try {
        const data = await api(key);
        if (seq !== refreshSeq) return;
        const fresh = !scenario || scenarioURL("") !== scenarioBase;
        scenario = data; scenarioKey = key; scenarioBase = scenarioURL("");
        if (fresh) autoFit = true;
      } catch (e) {
        scenario = null; scenarioKey = "";
        throw e;
      }
    }
    pick = "explain"; setPickHint();
    renderAttack();
    const s = sideSets();
    announce(`${s.att.size} on the attacking side, ${s.def.size} on the defending side, ${s.out.size} bound but staying out.`);
  }

  function syncAttackForm() {
    const a = parseAttack(S.attack);
    if (a) {
      picked = { aggressor: a.a, victim: a.b };
      const sa = resolveLocal(a.a), sb = resolveLocal(a.b);
      $("#aggressor").value = sa ? stateLabel(sa) : a.a;
      $("#victim").value = sb ? stateLabel(sb) : a.b;
      $("#theatre").value = a.theatre;
      $("#provoked").checked = a.provoked;
    }
    $("#policy").value = S.policy;
    $("#honour").value = S.honour;
    $("#uncertain").checked = S.uncertain;
    $("#contested").checked = S.contested;
  }

  function runAttackFromForm() {
    const a = parseStateInput($("#aggressor").value) || picked.aggressor;
    const b = parseStateInput($("#victim").value) || picked.victim;
    if (!a || !b) { showError("Choose an aggressor and a victim (click the map or type a name or code)."); return; }
    picked = { aggressor: a, victim: b };
    S.attack = formatAttack({ a, b, theatre: $("#theatre").value.trim(), provoked: $("#provoked").checked });
    S.policy = $("#policy").value;
    S.honour = $("#honour").value;
    S.uncertain = $("#uncertain").checked;
    S.contested = $("#contested").checked;
    S.explain = "";
    refresh({});
  }

  function obligationFor(reason) {
    if (!scenario || !reason.treaty) return null;
    return scenario.obligations.find((o) => o.obligor.ccode === reason.state.ccode && o.treaty.id === reason.treaty.id &&
      o.article === reason.article && (!reason.beneficiary || o.beneficiary.ccode === reason.beneficiary.ccode) &&
      (!reason.against || o.adversary.ccode === reason.against.ccode))
      || scenario.obligations.find((o) => o.obligor.ccode === reason.state.ccode && o.treaty.id === reason.treaty.id && o.article === reason.article);
  }

  function stateButton(st) {
    return h("button", { type: "button", class: "linkish", onclick: () => { S.explain = stateKey(st) || String(st.ccode); refresh({}); } }, st.name);
  }

  function reasonLine(r) {
    const who = r.state.name;
    if (r.cause === "aggressor") return `${who} attacks ${r.against.name}`;
    if (r.cause === "victim") return `${who} is attacked by ${r.against.name}`;
    if (r.cause === "forcesPresent") return `${who}: its forces are in the attacked territory${r.deployment ? " (" + r.deployment + ")" : ""}, against ${r.against.name}`;
    const kind = r.cause === "offense" ? "offence duty to" : "defence duty to";
    return `${who}: ${kind} ${r.beneficiary ? r.beneficiary.name : "?"}, against ${r.against.name}`;
  }

  function renderAttack() {
    const out = $("#attack-out");
    $("#examples").classList.toggle("collapsed", !!scenario);
    if (!scenario) {
      out.replaceChildren(S.attack ? "" : h("p", { class: "muted" }, `Choose an aggressor and a victim on ${S.on}. The map then shows the two sides, and this panel the cascade: who enters, at which step, under which article.`));
      return;
    }
    const sc = scenario;
    const s = sideSets();
    const entries = [];
    for (const [side, list] of [["att", sc.sides.attackers], ["def", sc.sides.defenders]]) {
      for (const m of list) {
        const last = m.reasons[m.reasons.length - 1];
        entries.push({ side, m, last, step: last ? last.step : 0 });
      }
    }
    entries.sort((a, b) => a.step - b.step || (a.side === "att" ? -1 : 1));
    const attacks = sc.attacks.filter((a) => !a.derived);
    const headline = attacks.map((a) => `${a.aggressor.name} attacks ${a.victim.name}${a.theatre ? " (" + a.theatre + ")" : ""}`).join("; ");
    const sideList = (list) => h("ul", {}, list.map((m) => h("li", {}, stateButton(m.state))));
    const steps = entries.map((e) => {
      const r = e.last;
      const o = r && (r.cause === "defense" || r.cause === "offense") ? obligationFor(r) : null;
      const chain = e.m.reasons.slice(0, -1);
      return h("li", { class: `step ${e.side}` },
        h("div", { class: "head" }, h("span", { class: "n" }, `${e.step}.`), stateButton(e.m.state),
          ` → ${e.side === "att" ? "attackers" : "defenders"}`),
        h("div", {}, r ? reasonLine(r) : ""),
        r && r.treaty ? h("div", { class: "meta" }, "under ", h("strong", {}, r.treaty.name), ` [${r.treaty.id}], `, h("strong", {}, `Art. ${r.article}`),
          o ? ` · ${o.strength || ""} ${o.status !== "binding" ? "· " + o.status : ""}` : "") : null,
        o && o.quote ? h("blockquote", { lang: quoteLang(o.quote) }, o.quote) : null,
        o ? h("div", { class: "meta" }, o.quote ? `quote: ${o.quoteStatus}${o.verified ? "" : " (unverified)"} · source: ` : (o.note ? o.note + " · source: " : "source: "), sourceLink(o.source)) : null,
        o && o.conditions && o.conditions.length ? h("div", { class: "meta" }, o.conditions.join(" · ")) : null,
        chain.length ? h("div", { class: "via" }, "chain: ", chain.map((c, i) => [i ? " → " : "", reasonLine(c)])) : null,
        r && r.policy && r.step > 1 && (r.cause === "defense" || r.cause === "offense") && r.against && !s.aggressors.has(r.against.ccode) && sc.policy !== "strict"
          ? h("div", { class: "via" }, `(${r.against.name} is on the attacking side through the ${r.policy} policy)`) : null);
    });
    const outside = (sc.outside || []).map((o) => h("li", {}, stateButton(o.state), ": ",
      o.duties.map((d, i) => [i ? "; " : "", `${d.treaty.name} Art. ${d.article} (to ${d.beneficiary.name}, against ${d.adversary.name}): ${RESTRAINT_LABEL[d.restraint] || d.restraint}`])));
    const conflicts = (sc.conflicts || []).map((c) => h("li", {}, h("strong", {}, CONFLICT_LABEL[c.kind] || c.kind), ": ",
      c.states.map((x) => x.name).join(", "), c.treaties.length ? " · " : "", c.treaties.map((t, i) => [i ? ", " : "", treatyButton(t.id)]),
      c.articles && c.articles.length ? ` (Art. ${c.articles.join(", ")})` : ""));
    const why = (sc.explanations || []).map((e) => h("div", { class: "why", tabindex: "-1", id: "why" },
      h("h3", {}, `Why ${e.state.name} is ${s.att.has(e.state.ccode) || s.def.has(e.state.ccode) ? "in" : "not in"}`),
      h("ul", {}, e.reasons.map((r) => h("li", {}, h("span", { class: "badge" }, r.reason), " ", r.message)))));
    const nodes = [
      h("p", { class: "summary" }, h("strong", {}, headline), ` on ${sc.date} · policy ${sc.policy} · threshold ${sc.honour}`),
      why.length ? why : h("p", { class: "hint" }, "Click any state on the map (or a name below) to see why it is in or not. “New attack” picks a new pair."),
      h("div", { class: "sides" },
        h("div", {}, h("h3", {}, h("span", { class: "sw", style: "background:var(--s-attackers)" }), ` Attackers (${s.att.size})`), sideList(sc.sides.attackers)),
        h("div", {}, h("h3", {}, h("span", { class: "sw", style: "background:var(--s-defenders)" }), ` Defenders (${s.def.size})`), sideList(sc.sides.defenders))),
      h("h3", {}, "The cascade, step by step"),
      h("ol", { class: "steps" }, steps),
      h("h3", {}, `Bound but staying out (${outside.length})`),
      outside.length ? h("ul", { class: "outside" }, outside) : h("p", { class: "muted" }, "None."),
      h("h3", {}, `Conflicts (${conflicts.length})`),
      conflicts.length ? h("ul", { class: "conflicts" }, conflicts) : h("p", { class: "muted" }, "None."),
      h("div", { id: "treaty-detail" }),
      provenance(sc.provenance),
    ];
    fill(out, nodes);
    if (why.length && document.activeElement && document.activeElement.closest && !document.activeElement.closest("#map")) $("#why").focus({ preventScroll: false });
    else if (why.length) $("#why").scrollIntoView({ block: "nearest" });
  }

  function provenance(p) {
    if (!p) return null;
    return h("details", { class: "prov" }, h("summary", {}, "Provenance and assumptions"),
      h("p", {}, `Foedus ${p.foedus}, data ${p.data}, computed for ${p.today}. ${p.dateBasis || ""}`),
      h("ul", {}, (p.assumptions || []).map((a) => h("li", {}, a))));
  }

  // --- Audit view --------------------------------------------------------------------------------
  function fmtPts(v) { return (v > 0 ? "+" : "") + v.toFixed(2); }

  async function runAudit(seq) {
    const i = S.audit.indexOf(":");
    const kind = i > 0 ? S.audit.slice(0, i) : "remove";
    const value = i > 0 ? S.audit.slice(i + 1) : S.audit;
    $("#audit-kind").value = kind;
    $("#audit-value").value = value;
    fillTreatyOptions();
    const url = `/v1/audit?on=${enc(S.on)}&${enc(kind)}=${enc(value)}`;
    if (url !== auditKey || !audit) {
      fill($("#audit-out"),h("p", { class: "muted" }, "Running the audit (every state, three policies and the dyadic reading; this takes a moment)…"));
      audit = null;
      const data = await api(url);
      if (seq !== refreshSeq) return;
      audit = data; auditKey = url;
    }
    renderAudit();
  }

  let treatyOptionsDay = "";
  async function fillTreatyOptions() {
    if (treatyOptionsDay === S.on) return;
    treatyOptionsDay = S.on;
    try {
      const t = await api(`/v1/treaties?on=${enc(S.on)}`);
      $("#treaty-options").replaceChildren(...t.treaties.filter((x) => !x.id.startsWith("ATOP-")).map((x) => h("option", { value: x.id }, x.name)));
    } catch (e) { /* the list is a convenience */ }
  }

  function barChart(title, rows, opts) {
    // rows: [{label, value}] in points; horizontal bars around zero.
    const W = 420, rowH = 15, top = 16, left = 128, right = 44;
    const shown = rows.slice(0, opts.max || 12);
    const maxAbs = Math.max(0.5, ...shown.map((r) => Math.abs(r.value)));
    const neg = shown.some((r) => r.value < 0), pos = shown.some((r) => r.value > 0);
    const span = W - left - right;
    const zero = neg && pos ? left + span / 2 : neg ? left + span : left;
    const scale = (neg && pos ? span / 2 : span) / maxAbs;
    const H = top + shown.length * rowH + 6;
    const g = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${title}: ` + shown.map((r) => `${r.label} ${fmtPts(r.value)}`).join(", ") });
    g.append(h("svg:line", { class: "axis", x1: zero, x2: zero, y1: top - 4, y2: H - 4 }));
    g.append(h("svg:text", { class: "val", x: zero, y: 10, "text-anchor": "middle", text: "0" }));
    shown.forEach((r, i) => {
      const y = top + i * rowH;
      const w = Math.max(1, Math.abs(r.value) * scale);
      const x = r.value < 0 ? zero - w : zero;
      g.append(h("svg:text", { class: "lbl", x: 4, y: y + 10 }, r.label.length > 22 ? r.label.slice(0, 21) + "…" : r.label));
      g.append(h("svg:rect", { class: opts.cls ? opts.cls : r.value < 0 ? "lose" : "win", x, y: y + 2, width: w, height: rowH - 5 },
        h("svg:title", {}, `${r.label}: ${fmtPts(r.value)} points`)));
      g.append(h("svg:text", { class: "val", x: r.value < 0 ? x - 3 : x + w + 3, y: y + 10, "text-anchor": r.value < 0 ? "end" : "start", text: fmtPts(r.value) }));
    });
    const more = rows.length - shown.length;
    return h("div", { class: "chart" }, h("h3", {}, title), opts.verdict ? h("p", { class: "verdict" }, opts.verdict) : null, g,
      more > 0 ? h("p", { class: "meta" }, `and ${more} more`) : null);
  }

  function renderAudit() {
    const a = audit;
    const tol = a.tolerancePoints;
    const charts = a.readings.map((r) => {
      const rows = [...r.losers, ...r.winners].map((x) => ({ label: x.state.name, value: x.delta * 100, ccode: x.state.ccode }))
        .sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
      const verdict = `${r.reading}: the principle ${r.holds ? "holds" : "does not hold"}: ${r.winners.length} state(s) rise and ${r.losers.length} fall by more than ${tol} points.`;
      return barChart(`Change of ${r.reading === "dyadic" ? "dyadic score" : "defensive share"}, ${r.reading} reading (points)`, rows, { verdict, max: 12 });
    });
    const ent = ["strict", "treaty", "chain"].map((p) => {
      const rows = a.entrapment.filter((e) => e.policy === p).map((e) => ({ label: e.state.name, value: (e.after - e.before) * 100 }))
        .filter((r) => Math.abs(r.value) > 1e-9).sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
      return rows.length ? barChart(`Change of entrapment, ${p} policy (points)`, rows, { max: 10, cls: "ent" })
        : h("div", { class: "chart" }, h("h3", {}, `Change of entrapment, ${p} policy`), h("p", { class: "meta" }, "No change."));
    });
    const drivers = ["strict", "treaty", "chain"].map((p) => {
      const list = (a.drivers && a.drivers[p]) || [];
      if (!list.length) return null;
      return h("li", {}, h("strong", {}, p), ": ", list.map((d, i) => [i ? "; " : "", `${d.loser.name}: `,
        d.drivers.slice(0, 2).map((x, j) => [j ? ", " : "", `attacked by ${x.aggressor.name}, defenders' share ${(x.shareBefore * 100).toFixed(1)} → ${(x.shareAfter * 100).toFixed(1)}%`,
          x.goneDefenders.length ? ` (no longer defending: ${x.goneDefenders.map((s) => s.name).join(", ")})` : "",
          x.newAttackers.length ? ` (now joining the attack: ${x.newAttackers.map((s) => s.name).join(", ")})` : ""])]));
    }).filter(Boolean);
    fill($("#audit-out"),
      h("p", { class: "summary" }, h("strong", {}, a.change), ` on ${a.date}. Tolerance ${tol} points; ${a.runs ? a.runs + " Monte Carlo runs" : "every duty honoured"}.`),
      h("p", { class: "meta" }, "Principle: ", a.principle),
      h("div", { class: "row" }, h("label", { for: "audit-reading" }, "Map shows"),
        h("select", { id: "audit-reading", onchange: () => paint() },
          ...a.readings.map((r) => h("option", { value: r.reading, selected: r.reading === "treaty" ? true : null }, `${r.reading} reading`)))),
      h("div", { class: "charts" }, charts, ent),
      drivers.length ? [h("h3", {}, "What drives each loss"), h("ul", { class: "meta" }, drivers)] : null,
      h("p", { class: "meta" }, a.note),
      h("div", { id: "audit-state" }),
      a.assumptions && a.assumptions.length ? h("details", { class: "prov" }, h("summary", {}, "Assumptions"), h("ul", {}, a.assumptions.map((x) => h("li", {}, x)))) : null,
    );
    announce(`Audit of ${a.change}: ${a.readings.map((r) => `${r.reading} ${r.losers.length} fall, ${r.winners.length} rise`).join("; ")}.`);
  }

  function showAuditState(s) {
    const box = $("#audit-state");
    if (!box || !audit) return;
    const rows = audit.readings.map((r) => {
      const x = [...r.losers, ...r.winners].find((y) => y.state.ccode === s.ccode);
      return h("li", {}, `${r.reading}: `, x ? `${(x.before * 100).toFixed(2)} → ${(x.after * 100).toFixed(2)} (${fmtPts(x.delta * 100)} points)` : "within the tolerance");
    });
    const ent = audit.entrapment.filter((e) => e.state.ccode === s.ccode).map((e) => h("li", {}, `entrapment, ${e.policy}: ${(e.before * 100).toFixed(2)}% → ${(e.after * 100).toFixed(2)}%`));
    box.replaceChildren(h("div", { class: "why", tabindex: "-1" }, h("h3", {}, s.name), h("ul", {}, rows, ent)));
    box.firstChild.focus();
  }

  // --- Architecture view ---------------------------------------------------------------------------
  async function runArch(seq) {
    $("#arch").value = S.arch;
    const url = `/v1/architecture/${enc(S.arch)}?on=${enc(S.on)}`;
    if (url !== archKey || !arch) {
      $("#arch-out").replaceChildren(h("p", { class: "muted" }, "Computing the architecture report…"));
      arch = null;
      const data = await api(url);
      if (seq !== refreshSeq) return;
      arch = data; archKey = url;
    }
    renderArch();
  }

  function renderArch() {
    const a = arch;
    const inside = a.states.filter((r) => r.inside), outside = a.states.filter((r) => !r.inside);
    const chips = (rows) => h("ul", { class: "chips" }, rows.map((r) => h("li", {}, h("button", { type: "button", class: "linkish", onclick: () => showArchState(r.state) }, r.state.name))));
    const forces = (a.forces.extraRegional || []).map((f) => h("li", {},
      h("strong", {}, `${f.sender.name} → ${f.host.name}`), ` · ${f.kind || ""}${f.present && f.present !== "yes" ? " · present: " + f.present : ""}`,
      f.basis ? ` · ${f.basis}` : "", f.verified ? "" : [" ", h("span", { class: "badge warn" }, "unverified")]));
    const orgs = (a.organisations || []).map((o) => h("li", {}, h("strong", {}, `${o.name} (${o.id})`), `: ${o.members.length} members on the day — `,
      o.members.map((m) => m.name).join(", ")));
    const treaties = (a.treaties || []).map((t) => h("li", {}, treatyButton(t.id), ` ${t.name}: ${t.parties.length} parties; in force: ${t.inForce}; third countries exposed: ${t.exposedCount}`,
      t.security && t.security.length ? ` · audit of the treaty: ${t.security.map((r) => `${r.reading} ${r.holds ? "holds" : "does not hold"}`).join(", ")}` : ""));
    fill($("#arch-out"),
      h("p", { class: "summary" }, h("strong", {}, a.architecture.name), ` on ${a.date}`),
      h("p", { class: "meta" }, a.architecture.description),
      h("p", {}, `${a.summary.regionalStates} states in the region (${(a.rules && a.rules.region) || ""}): ${a.summary.inside} inside, ${a.summary.outside} outside; ${a.summary.extraRegionalForces} extra-regional force deployments.`),
      h("div", { id: "arch-state" }),
      h("h3", {}, `Inside (${inside.length})`), chips(inside),
      (a.insideOutsideRegion || []).length ? [h("h3", {}, `Inside, outside the region (${a.insideOutsideRegion.length})`), chips(a.insideOutsideRegion.map((s) => ({ state: s })))] : null,
      h("h3", {}, `In the region, outside (${outside.length})`), chips(outside),
      h("h3", {}, `Extra-regional forces (${forces.length})`),
      forces.length ? h("ul", { class: "meta forces" }, forces) : h("p", { class: "muted" }, "None."),
      a.forces.rule ? h("p", { class: "meta" }, a.forces.rule) : null,
      h("h3", {}, "Organisations"), h("ul", { class: "meta" }, orgs),
      h("h3", {}, "Treaties"), h("ul", { class: "meta" }, treaties),
      h("div", { id: "treaty-detail" }),
      a.rules ? h("details", { class: "prov" }, h("summary", {}, "Rules"), h("ul", {}, Object.entries(a.rules).map(([k, v]) => h("li", {}, `${k}: ${v}`)))) : null,
    );
    announce(`${a.architecture.name}: ${a.summary.inside} inside, ${a.summary.outside} outside.`);
  }

  function showArchState(s) {
    const box = $("#arch-state");
    if (!box || !arch) return;
    const r = arch.states.find((x) => x.state.ccode === s.ccode);
    const sent = (arch.forces.extraRegional || []).filter((f) => f.sender.ccode === s.ccode || f.host.ccode === s.ccode);
    const lines = [];
    if ((arch.insideOutsideRegion || []).some((x) => x.ccode === s.ccode)) lines.push("inside, outside the architecture's region");
    else if (!r) lines.push("outside the architecture's region");
    else {
      lines.push(r.inside ? "inside" : "in the region, outside", `region: ${r.region}${r.subregion ? " / " + r.subregion : ""}`);
      if (r.organisations && r.organisations.length) lines.push(`member of: ${r.organisations.map((o) => o.id || o).join(", ")}`);
      if (r.treaties && r.treaties.length) lines.push(`party to: ${r.treaties.map((t) => t.id || t).join(", ")}`);
      if (r.eligibleFor && r.eligibleFor.length) lines.push(`eligible for: ${r.eligibleFor.map((o) => o.id || o).join(", ")}`);
    }
    for (const f of sent) lines.push(`forces: ${f.sender.name} in ${f.host.name} (${f.basis || f.kind || ""})`);
    box.replaceChildren(h("div", { class: "why", tabindex: "-1" }, h("h3", {}, s.name), h("ul", {}, lines.map((l) => h("li", {}, l)))));
    box.firstChild.focus();
  }

  // --- Timeline ------------------------------------------------------------------------------------
  let tlYear = null;
  async function loadTimeline() {
    const f = S.view === "ties" && day && day.focus && day.focus.kind === "state" ? day.focus.id : "";
    if (timelineKey === f && timeline) { drawTimeline(); return; }
    timelineKey = f;
    try {
      const data = await api("/v1/timeline" + (f ? "?focus=" + enc(f) : ""));
      if (timelineKey !== f) return;
      timeline = data;
      drawTimeline();
    } catch (e) {
      $("#timeline-chart").replaceChildren(h("p", { class: "muted" }, `Timeline unavailable: ${e.message}`));
    }
  }

  function drawTimeline() {
    const t = timeline;
    const W = 1000, barH = 60, x0 = 8, x1 = W - 8;
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
    const cur = +(S.on || "2026").slice(0, 4);
    tlYear = tlYear === null ? cur : tlYear;
    const g = h("svg:svg", {
      viewBox: `0 0 ${W} ${H}`, tabindex: "0", role: "slider", "aria-label": "Timeline year",
      "aria-valuemin": t.first, "aria-valuemax": t.last, "aria-valuenow": cur, "aria-valuetext": `${cur}`,
    });
    for (const y of years) {
      const hgt = y.inForce / max * barH;
      g.append(h("svg:rect", { class: "tl-bar" + (y.year === cur ? " sel" : ""), x: xOf(y.year), y: top + barH - hgt, width: Math.max(1, bw - 0.6), height: hgt },
        h("svg:title", {}, `${y.year}: ${y.inForce} treaties in force`)));
      g.append(h("svg:rect", { class: "tl-hit", x: xOf(y.year), y: top, width: bw, height: barH, "data-year": y.year },
        h("svg:title", {}, `${y.year}: ${y.inForce} treaties in force`)));
    }
    for (let y = Math.ceil(t.first / 25) * 25; y <= t.last; y += 25) {
      g.append(h("svg:text", { class: "tl-axis", x: xOf(y), y: top + barH + 11, "text-anchor": "middle", text: y }));
    }
    const colour = (kinds) => `var(--t-${["defense", "offense", "neutrality", "nonAggression", "consultation"].find((k) => (kinds || []).includes(k)) || "none"})`;
    for (const sp of spans) {
      const y = top + barH + 18 + sp.lane * laneH;
      g.append(h("svg:line", {
        class: "tl-treaty", x1: xOf(sp.from), x2: Math.max(xOf(sp.from) + 3, xOf(sp.to + 1)), y1: y, y2: y, stroke: colour(sp.tr.kinds), "stroke-width": Math.min(3, laneH * 0.75),
        "data-from": sp.tr.from, "data-id": sp.tr.id,
      }, h("svg:title", {}, `${sp.tr.name} [${sp.tr.id}]: ${sp.tr.from} – ${sp.tr.to || "in force"}`)));
    }
    g.append(h("svg:line", { class: "tl-now", x1: xOf(cur) + bw / 2, x2: xOf(cur) + bw / 2, y1: top - 6, y2: H - 2 }));
    g.append(h("svg:line", { class: "tl-cursor", x1: xOf(tlYear) + bw / 2, x2: xOf(tlYear) + bw / 2, y1: top - 6, y2: top + barH, visibility: "hidden", id: "tl-cursor" }));
    g.addEventListener("click", (ev) => {
      const tr = ev.target.closest(".tl-treaty");
      if (tr) { setDay(normaliseDay(tr.dataset.from)); return; }
      const hit = ev.target.closest(".tl-hit");
      if (hit) setDay(`${hit.dataset.year}-07-01`);
    });
    g.addEventListener("keydown", (ev) => {
      const step = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -10, PageUp: 10 }[ev.key];
      if (step) {
        ev.preventDefault();
        tlYear = Math.min(t.last, Math.max(t.first, tlYear + step));
        const c = $("#tl-cursor", g);
        c.setAttribute("x1", xOf(tlYear) + bw / 2); c.setAttribute("x2", xOf(tlYear) + bw / 2); c.setAttribute("visibility", "visible");
        g.setAttribute("aria-valuenow", tlYear); g.setAttribute("aria-valuetext", `${tlYear}: press Enter to go to 1 July ${tlYear}`);
        const y = years.find((x) => x.year === tlYear);
        $("#hover").textContent = `${tlYear}: ${y ? y.inForce : "?"} treaties in force (Enter to go there)`;
      } else if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        setDay(`${tlYear}-07-01`);
      }
    });
    if (t.rule) $("#timeline-rule").textContent = `Rule: ${t.rule}.`;
    $("#timeline-focus").textContent = timelineKey ? `(with ${day && day.focus ? day.focus.name : timelineKey} as a party)` : "";
    const had = document.activeElement && document.activeElement.closest && document.activeElement.closest("#timeline-chart");
    $("#timeline-chart").replaceChildren(g);
    if (had) g.focus();
  }

  function normaliseDay(d) {
    const s = String(d || "");
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
    if (/^\d{4}-\d{2}$/.test(s)) return s + "-01";
    if (/^\d{4}$/.test(s)) return s + "-07-01";
    return S.on;
  }

  function setDay(d) {
    if (!d || d === S.on) return;
    if (today && d > today) d = today;
    S.on = d;
    tlYear = +d.slice(0, 4);
    S.explain = "";
    refresh({ day: true });
  }

  // --- Views ---------------------------------------------------------------------------------------
  function setView(v, focusTab) {
    S.view = v;
    for (const b of $$(".tabs [role=tab]")) {
      const on = b.dataset.view === v;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.setAttribute("tabindex", on ? "0" : "-1");
      if (on && focusTab) b.focus();
    }
    for (const name of VIEWS) $(`#view-${name}`).hidden = name !== v;
    if (v === "attack") setPickHint();
  }

  // --- Wiring --------------------------------------------------------------------------------------
  function wire() {
    $("#dayform").addEventListener("submit", (ev) => ev.preventDefault());
    $("#zoom-fit").addEventListener("click", () => fit());
    $("#zoom-world").addEventListener("click", () => { if (world) { setViewBox(world); zoomed = false; } });
    $("#on").addEventListener("change", () => { const v = $("#on").value; if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= "1816-01-01") setDay(v); });
    for (const b of $$(".quick button")) b.addEventListener("click", () => setDay(b.dataset.day === "today" ? today : b.dataset.day));
    const tabs = $$(".tabs [role=tab]");
    for (const b of tabs) {
      b.addEventListener("click", () => { setView(b.dataset.view); refresh({}); });
      b.addEventListener("keydown", (ev) => {
        const i = tabs.indexOf(b);
        const j = ev.key === "ArrowRight" ? (i + 1) % tabs.length : ev.key === "ArrowLeft" ? (i + tabs.length - 1) % tabs.length : -1;
        if (j >= 0) { ev.preventDefault(); setView(tabs[j].dataset.view, true); refresh({}); }
      });
    }
    $("#focusform").addEventListener("submit", (ev) => {
      ev.preventDefault();
      S.focus = parseStateInput($("#focus").value);
      refresh({ day: true });
    });
    $("#focus-clear").addEventListener("click", () => { S.focus = ""; $("#focus").value = ""; refresh({ day: true }); });
    $("#attackform").addEventListener("submit", (ev) => { ev.preventDefault(); runAttackFromForm(); });
    $("#attack-reset").addEventListener("click", () => {
      S.attack = ""; S.explain = ""; scenario = null; scenarioKey = ""; picked = { aggressor: null, victim: null };
      $("#aggressor").value = ""; $("#victim").value = ""; $("#theatre").value = ""; $("#provoked").checked = false;
      pick = "aggressor"; setPickHint(); renderAttack(); paint(); writeURL(); $("#aggressor").focus();
    });
    for (const id of ["policy", "honour", "uncertain", "contested"]) {
      $("#" + id).addEventListener("change", () => { if (S.attack) runAttackFromForm(); });
    }
    $("#auditform").addEventListener("submit", (ev) => {
      ev.preventDefault();
      S.audit = `${$("#audit-kind").value}:${$("#audit-value").value.trim()}`;
      refresh({});
    });
    $("#audit-kind").addEventListener("change", () => {
      const ph = { remove: "RUS-PRK-2024", accede: "UKR:NATO-1949", withdraw: "ARM:CST-1992", deploy: "USA:POL" }[$("#audit-kind").value];
      $("#audit-value").placeholder = ph;
      $("#audit-value").setAttribute("list", $("#audit-kind").value === "remove" ? "treaty-options" : "");
    });
    $("#archform").addEventListener("submit", (ev) => { ev.preventDefault(); S.arch = $("#arch").value; refresh({}); });
    $("#arch").addEventListener("change", () => { S.arch = $("#arch").value; refresh({}); });
    // Example links: apply in place (same as following the permalink).
    for (const a of $$("#examples a")) {
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        const q = new URLSearchParams(a.getAttribute("href").slice(1));
        S.on = q.get("on") || today || S.on;
        S.attack = q.get("attack") || "";
        S.policy = q.get("policy") || "treaty";
        S.honour = "discretionary"; S.explain = "";
        scenario = null; scenarioKey = "";
        setView("attack");
        refresh({ day: true });
      });
    }
  }

  async function init() {
    readURL();
    wire();
    setView(S.view);
    $("#focus").value = S.focus;
    const mapURL = $("#map").dataset.map;
    const svgText = fetch(mapURL).then((r) => { if (!r.ok) throw new Error(`map: ${r.status}`); return r.text(); });
    try {
      const [text] = await Promise.all([svgText, loadDaySafe()]);
      installMap(text);
      assignShapes();
      if (S.focus && day.focus) $("#focus").value = day.focus.kind === "state" ? stateLabel(resolveLocal(day.focus.id) || { name: day.focus.name, abbreviation: S.focus }) : `${day.focus.name} (${day.focus.id})`;
      paint();
    } catch (e) {
      showError(e.message);
      if (!svg) { try { installMap(await svgText); } catch (e2) { /* shown above */ } }
      if (!day) { S.on = ""; S.focus = ""; try { await loadDay(); assignShapes(); } catch (e3) { return; } }
      paint();
    }
    if (!today) api("/v1/states").then((d) => { today = d.date; $("#on").max = today; }).catch(() => {});
    else $("#on").max = today;
    refresh({});
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
