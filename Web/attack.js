// The Attack view: choose an aggressor and a victim (map clicks, the keyboard or the form), the
// escalation policy and the threshold; run /v1/scenario; colour the map by side and pin the two states;
// after a run, a state chosen on the map is explained ("why (not)").

import { api } from "./api.js";
import { cascadeNodes, sideSets } from "./cascade.js";
import { serverToday } from "./day.js";
import { $, $$, fill, h } from "./dom.js";
import { requestFit, paint } from "./map.js";
import { page, withUserTreaties, writeURL } from "./permalink.js";
import { isCurrent, refresh } from "./refresh.js";
import { findKnown, findOnDay, parseStateInput, stateKey, stateLabel } from "./states.js";
import { announce, showError } from "./status.js";
import { selectView } from "./tabs.js";

let scenario = null;       // the last /v1/scenario answer, for the current parameters
let scenarioKey = "";      // its URL
let scenarioBase = "";     // its URL without `explain` (a new one re-fits the map)
let pick = "aggressor";    // what the next state chosen on the map is: aggressor, victim, explain
let picked = { aggressor: null, victim: null };

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

// --- On the map --------------------------------------------------------------------------------------

export function colouring() {
  if (scenario) {
    const s = sideSets(scenario);
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
  if (!picked.aggressor && !picked.victim) return null;
  const a = findOnDay(picked.aggressor), b = findOnDay(picked.victim);
  return {
    classOf: (c) => (a && c === a.ccode) ? "s-aggressor" : (b && c === b.ccode) ? "s-victim" : "t-none",
    describe: (c) => (a && c === a.ccode) ? "aggressor" : (b && c === b.ccode) ? "victim" : "",
    legend: [["s-aggressor", "Aggressor"], ["s-victim", "Victim"], ["t-none", "In the system"]],
  };
}

export function involved() {
  if (scenario) {
    const s = sideSets(scenario);
    return [...s.att.keys(), ...s.def.keys(), ...s.out.keys()];
  }
  return [picked.aggressor, picked.victim].map(findOnDay).filter(Boolean).map((s) => s.ccode);
}

// Pins: A on the aggressor, V on the victim, 16 pixels across at any zoom and screen size.
export function overlay(g, centre, k, px) {
  const pins = [];
  if (scenario) {
    for (const a of scenario.attacks) if (!a.derived) pins.push([a.aggressor.ccode, "A"], [a.victim.ccode, "V"]);
  } else {
    const a = findOnDay(picked.aggressor), b = findOnDay(picked.victim);
    if (a) pins.push([a.ccode, "A"]);
    if (b) pins.push([b.ccode, "V"]);
  }
  for (const [c, t] of pins) {
    const p = centre(c);
    if (!p) continue;
    g.append(h("svg:circle", { class: "pin", cx: p[0], cy: p[1], r: 8 * px }));
    g.append(h("svg:text", { class: "pinlabel", x: p[0], y: p[1] + 3.8 * px, "font-size": 11 * px, "text-anchor": "middle", text: t }));
  }
}

// A state chosen on the map: the aggressor, then the victim (which runs the attack), then "why".
export function choose(s) {
  if (pick === "aggressor") {
    picked = { aggressor: stateKey(s), victim: null };
    $("#aggressor").value = stateLabel(s);
    $("#victim").value = "";
    scenario = null; page.attack = "";
    pick = "victim";
    setPickHint();
    paint(); writeURL(); render();
    announce(`Aggressor: ${s.name}. Now choose the victim.`);
  } else if (pick === "victim") {
    const a = findOnDay(picked.aggressor);
    if (a && a.ccode === s.ccode) return;
    picked.victim = stateKey(s);
    $("#victim").value = stateLabel(s);
    runFromForm();
  } else {
    page.explain = stateKey(s);
    refresh();
  }
}

function setPickHint() {
  $("#pickhint").textContent = { aggressor: "Click the aggressor on the map.", victim: "Now click the victim.", explain: "" }[pick];
}

// --- Running -----------------------------------------------------------------------------------------

function scenarioURL(explain) {
  const q = new URLSearchParams();
  q.set("on", page.on);
  for (const a of [page.attack, ...page.more]) q.append("attack", a);
  q.set("policy", page.policy);
  q.set("honour", page.honour);
  if (page.uncertain) q.set("includeUncertain", "true");
  if (page.contested) q.set("includeContested", "true");
  if (page.sovereignty !== "disputed") q.set("sovereignty", page.sovereignty);
  if (explain) q.set("explain", explain);
  return withUserTreaties("/v1/scenario?" + q.toString());
}

export async function run(seq) {
  syncForm();
  if (!page.attack) { scenario = null; render(); return; }
  const keys = [page.attack, ...page.more].map(parseAttack).filter(Boolean).flatMap((p) => [p.a, p.b]);
  for (const key of keys) {
    // A state known from another day but not in the system on this one: say so without a request.
    if (!findOnDay(key) && findKnown(key)) {
      scenario = null; scenarioKey = "";
      render();
      throw new Error(`${findKnown(key).name} is not in the state system on ${page.on}: choose another day or another state.`);
    }
  }
  const key = scenarioURL(page.explain);
  if (key !== scenarioKey || !scenario) {
    $("#attack-out").replaceChildren(h("p", { class: "muted" }, "Computing the cascade…"));
    try {
      const data = await api(key);
      if (!isCurrent(seq)) return;
      const fresh = !scenario || scenarioURL("") !== scenarioBase;
      scenario = data; scenarioKey = key; scenarioBase = scenarioURL("");
      if (fresh) requestFit();
    } catch (e) {
      scenario = null; scenarioKey = "";
      throw e;
    }
  }
  pick = "explain"; setPickHint();
  render();
  const s = sideSets(scenario);
  announce(`${s.att.size} on the attacking side, ${s.def.size} on the defending side, ${s.out.size} bound but staying out.`);
}

// The form shows the page state (after a permalink or an example).
function syncForm() {
  const a = parseAttack(page.attack);
  if (a) {
    picked = { aggressor: a.a, victim: a.b };
    const sa = findOnDay(a.a), sb = findOnDay(a.b);
    $("#aggressor").value = sa ? stateLabel(sa) : a.a;
    $("#victim").value = sb ? stateLabel(sb) : a.b;
    $("#theatre").value = a.theatre;
    $("#provoked").checked = a.provoked;
  }
  $("#policy").value = page.policy;
  $("#honour").value = page.honour;
  $("#uncertain").checked = page.uncertain;
  $("#contested").checked = page.contested;
  $("#sovereignty").value = page.sovereignty;
  renderMore();
}

// The further attacks: a list with a remove button each (the first attack is the form's aggressor and victim).
function renderMore() {
  $("#more-list").replaceChildren(...page.more.map((a, i) => h("li", {}, h("code", {}, a), " ",
    h("button", { type: "button", class: "linkish", "aria-label": `Remove the attack ${a}`, onclick: () => {
      page.more.splice(i, 1); page.explain = "";
      renderMore();
      if (page.attack) refresh(); else writeURL();
    } }, "remove"))));
}

function addMore() {
  const text = $("#more-attack").value.trim();
  if (!text) return;
  const parsed = parseAttack(text);
  if (!parsed) { showError(`Further attack: '${text}' is not AGGRESSOR:VICTIM[@PLACE][!] (for example RUS:AUH).`); return; }
  const one = formatAttack({ ...parsed, a: parseStateInput(parsed.a) || parsed.a, b: parseStateInput(parsed.b) || parsed.b });
  if (page.more.length >= 15) { showError("At most 16 attacks in one scenario."); return; }
  page.more.push(one);
  $("#more-attack").value = "";
  page.explain = "";
  renderMore();
  if (page.attack) refresh(); else writeURL();
}

function runFromForm() {
  const a = parseStateInput($("#aggressor").value) || picked.aggressor;
  const b = parseStateInput($("#victim").value) || picked.victim;
  if (!a || !b) { showError("Choose an aggressor and a victim (click the map or type a name or code)."); return; }
  picked = { aggressor: a, victim: b };
  page.attack = formatAttack({ a, b, theatre: $("#theatre").value.trim(), provoked: $("#provoked").checked });
  page.policy = $("#policy").value;
  page.honour = $("#honour").value;
  page.uncertain = $("#uncertain").checked;
  page.contested = $("#contested").checked;
  page.sovereignty = $("#sovereignty").value;
  page.explain = "";
  refresh();
}

function render() {
  const out = $("#attack-out");
  $("#examples").classList.toggle("collapsed", !!scenario);
  if (!scenario) {
    out.replaceChildren(page.attack ? "" : h("p", { class: "muted" }, `Choose an aggressor and a victim on ${page.on}. The map then shows the two sides, and this panel the cascade: who enters, at which step, under which article.`));
    return;
  }
  fill(out, cascadeNodes(scenario));
  const why = $("#why");
  if (!why) return;
  const active = document.activeElement;
  if (active && active.closest && !active.closest("#map")) why.focus({ preventScroll: false });
  else why.scrollIntoView({ block: "nearest" });
}

export function wire() {
  $("#attackform").addEventListener("submit", (ev) => { ev.preventDefault(); runFromForm(); });
  $("#attack-reset").addEventListener("click", () => {
    page.attack = ""; page.more = []; page.explain = ""; scenario = null; scenarioKey = ""; picked = { aggressor: null, victim: null };
    $("#aggressor").value = ""; $("#victim").value = ""; $("#theatre").value = ""; $("#provoked").checked = false;
    pick = "aggressor"; setPickHint(); renderMore(); render(); paint(); writeURL(); $("#aggressor").focus();
  });
  $("#more-add").addEventListener("click", addMore);
  $("#more-attack").addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); addMore(); } });
  for (const id of ["policy", "honour", "uncertain", "contested", "sovereignty"]) {
    $("#" + id).addEventListener("change", () => { if (page.attack) runFromForm(); });
  }
  // Example links: applied in place (the same as following the permalink).
  for (const a of $$("#examples a")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams(a.getAttribute("href").slice(1));
      page.on = q.get("on") || serverToday() || page.on;
      const attacks = q.getAll("attack");
      page.attack = attacks[0] || "";
      page.more = attacks.slice(1);
      page.policy = q.get("policy") || "treaty";
      page.honour = "discretionary"; page.sovereignty = "disputed"; page.explain = "";
      scenario = null; scenarioKey = "";
      selectView("attack");
      refresh({ day: true });
    });
  }
  setPickHint();
}
