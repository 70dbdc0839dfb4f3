// The Ties view: the strongest coded tie of every state with a selected state, or membership of a
// selected organisation, on the day (the rule is /v1/map's provenance.rule). Its colouring is also the
// map's default in the other views when they have nothing to show yet.

import { currentDay, organisationsOfDay } from "./day.js";
import { $, fill, h, swatch } from "./dom.js";
import { page } from "./permalink.js";
import { refresh } from "./refresh.js";
import { findOnDay, parseStateInput, stateKey, stateLabel } from "./states.js";
import { announce } from "./status.js";
import { treatyButton } from "./treaty.js";

const TIE_LABEL = {
  focus: "Selected", member: "Member", defense: "Defence pact", offense: "Offence pact",
  neutrality: "Neutrality pact", nonAggression: "Non-aggression pact", consultation: "Consultation pact",
  none: "No coded tie",
};

export function colouring() {
  const day = currentDay();
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

export function involved() {
  const day = currentDay();
  return day.focus ? day.states.filter((r) => r.tie !== "none").map((r) => r.state.ccode) : [];
}

// A state chosen on the map becomes the focus.
export function choose(s) {
  page.focus = stateKey(s);
  $("#focus").value = stateLabel(s);
  refresh({ day: true });
}

// The focus field after a permalink: the name the server resolved the focus to.
export function showFocusName() {
  const f = currentDay().focus;
  if (!page.focus || !f) return;
  $("#focus").value = f.kind === "state" ? stateLabel(findOnDay(f.id) || { name: f.name, abbreviation: page.focus }) : `${f.name} (${f.id})`;
}

export function render() {
  const day = currentDay();
  const out = $("#ties-out");
  if (!day.focus) {
    const orgs = organisationsOfDay(day);
    fill(out,
      h("p", { class: "muted" }, `${day.states.length} states in the system on ${day.date}. Choose a state or an organisation to colour the map by its ties.`),
      h("p", { class: "muted" }, orgs.length
        ? `Organisations with members on the day: ${orgs.map((o) => `${o.name} (${o.id}, ${o.members})`).join(", ")}.`
        : "No organisation in the data has members on this day; a state's ties can still be shown."));
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
    h("li", {}, swatch(`t-${tie}`), " ",
      h("strong", {}, `${(day.ties.find((t) => t.tie === tie) || {}).label || TIE_LABEL[tie]} (${rows.length}): `),
      ...rows.map((r, i) => [i ? ", " : "", r.state.name,
        r.treaties && r.treaties.length ? [" (", ...r.treaties.map((id, j) => [j ? ", " : "", treatyButton(id)]), ")"] : ""])));
  const f = day.focus;
  fill(out,
    h("p", { class: "summary" }, h("strong", {}, f.name), ` (${f.kind === "organisation" ? "organisation" : "state"}) on ${day.date}: the strongest coded tie with each state. Click a treaty for its clauses and quotes.`),
    day.provenance && day.provenance.rule ? h("p", { class: "meta" }, `Rule: ${day.provenance.rule}.`) : null,
    items.length ? h("ul", { class: "tielist" }, items)
      : h("p", { class: "muted" }, f.kind === "organisation" ? "No state is a member on this day." : "No coded ties on this day."),
    h("div", { id: "treaty-detail" }),
  );
  if (page.view === "ties") announce(`${f.name}: ${items.length} kinds of tie on ${day.date}.`);
}

export function wire() {
  $("#focusform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    page.focus = parseStateInput($("#focus").value);
    refresh({ day: true });
  });
  $("#focus-clear").addEventListener("click", () => { page.focus = ""; $("#focus").value = ""; refresh({ day: true }); });
}
