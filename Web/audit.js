// The Audit view: change one arrangement (remove a treaty, a state accedes or withdraws, forces stationed
// abroad), run /v1/audit, chart every state's change of defensive share and entrapment, and colour the
// map by the change under the reading chosen.

import { api, enc } from "./api.js";
import { barChart, fmtPts } from "./barchart.js";
import { $, fill, h } from "./dom.js";
import { paint } from "./map.js";
import { page, withUserTreaties } from "./permalink.js";
import { isCurrent, refresh } from "./refresh.js";
import { announce } from "./status.js";

const PLACEHOLDER = { add: "an id from the store (foedus treaty add)", remove: "RUS-PRK-2024", accede: "UKR:NATO-1949", withdraw: "ARM:CST-1992", deploy: "USA:POL" };

let audit = null, auditKey = "";
let treatyOptionsDay = "";

function reading() {
  const name = ($("#audit-reading") && $("#audit-reading").value) || "treaty";
  return audit.readings.find((r) => r.reading === name) || audit.readings[0];
}

export function colouring() {
  if (!audit) return null;
  const r = reading();
  const d = new Map();
  for (const x of [...r.losers, ...r.winners]) d.set(x.state.ccode, x.delta * 100);
  const cls = (v) => v <= -5 ? "d-lose3" : v <= -1 ? "d-lose2" : v < 0 ? "d-lose1" : v >= 5 ? "d-win3" : v >= 1 ? "d-win2" : "d-win1";
  return {
    classOf: (c) => d.has(c) ? cls(d.get(c)) : "t-none",
    describe: (c) => d.has(c) ? `${r.reading} reading: ${fmtPts(d.get(c))} points` : "",
    legend: [["d-lose3", "Falls ≥ 5 points"], ["d-lose2", "Falls 1–5"], ["d-lose1", "Falls < 1"],
      ["d-win1", "Rises < 1"], ["d-win2", "Rises 1–5"], ["d-win3", "Rises ≥ 5"], ["t-none", "Within the tolerance"]],
  };
}

export async function run(seq) {
  const i = page.audit.indexOf(":");
  const kind = i > 0 ? page.audit.slice(0, i) : "remove";
  const value = i > 0 ? page.audit.slice(i + 1) : page.audit;
  $("#audit-kind").value = kind;
  $("#audit-value").value = value;
  fillTreatyOptions();
  const url = withUserTreaties(`/v1/audit?on=${enc(page.on)}&${enc(kind)}=${enc(value)}`);
  if (url !== auditKey || !audit) {
    fill($("#audit-out"), h("p", { class: "muted" }, "Running the audit (every state, three policies and the dyadic reading; this takes a moment)…"));
    audit = null;
    const data = await api(url);
    if (!isCurrent(seq)) return;
    audit = data; auditKey = url;
  }
  render();
}

// The curated treaties in force on the day, as choices for "remove".
async function fillTreatyOptions() {
  const key = page.on + "|" + page.with.join(",");
  if (treatyOptionsDay === key) return;
  treatyOptionsDay = key;
  try {
    const t = await api(withUserTreaties(`/v1/treaties?on=${enc(page.on)}`));
    $("#treaty-options").replaceChildren(...t.treaties.filter((x) => !x.id.startsWith("ATOP-")).map((x) => h("option", { value: x.id }, x.name)));
  } catch (e) { /* the list is a convenience */ }
}

function render() {
  const a = audit;
  const tol = a.tolerancePoints;
  const charts = a.readings.map((r) => {
    const rows = [...r.losers, ...r.winners].map((x) => ({ label: x.state.name, value: x.delta * 100 }))
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
  const drivers = driverList(a.drivers, "loser");
  const gains = driverList(a.gainDrivers, "winner");
  fill($("#audit-out"),
    h("p", { class: "summary" }, h("strong", {}, a.change), ` on ${a.date}. Tolerance ${tol} points; ${a.runs ? a.runs + " Monte Carlo runs" : "every duty honoured"}.`),
    h("p", { class: "meta" }, "Principle: ", a.principle),
    h("div", { class: "row" }, h("label", { for: "audit-reading" }, "Map shows"),
      h("select", { id: "audit-reading", onchange: () => paint() },
        ...a.readings.map((r) => h("option", { value: r.reading, selected: r.reading === "treaty" ? true : null }, `${r.reading} reading`)))),
    h("div", { class: "charts" }, charts, ent),
    drivers.length ? [h("h3", {}, "What drives each loss"), h("ul", { class: "meta" }, drivers)] : null,
    gains.length ? [h("h3", {}, "What drives each gain"), h("ul", { class: "meta" }, gains)] : null,
    h("p", { class: "meta" }, a.note),
    h("div", { id: "audit-state" }),
    a.assumptions && a.assumptions.length ? h("details", { class: "prov" }, h("summary", {}, "Assumptions"), h("ul", {}, a.assumptions.map((x) => h("li", {}, x)))) : null,
  );
  announce(`Audit of ${a.change}: ${a.readings.map((r) => `${r.reading} ${r.losers.length} fall, ${r.winners.length} rise`).join("; ")}.`);
}

// The scenarios behind each loser's loss or each winner's gain, per policy: who attacks, the defenders'
// share before and after, and who changes side (the first two scenarios of each state).
function driverList(byPolicy, who) {
  return ["strict", "treaty", "chain"].map((p) => {
    const list = (byPolicy && byPolicy[p]) || [];
    if (!list.length) return null;
    return h("li", {}, h("strong", {}, p), ": ", list.map((d, i) => [i ? "; " : "", `${d[who].name}: `,
      d.drivers.slice(0, 2).map((x, j) => [j ? ", " : "", `attacked by ${x.aggressor.name}, defenders' share ${(x.shareBefore * 100).toFixed(1)} → ${(x.shareAfter * 100).toFixed(1)}%`,
        names(" (now defending: ", x.newDefenders), names(" (no longer defending: ", x.goneDefenders),
        names(" (now joining the attack: ", x.newAttackers), names(" (no longer attacking: ", x.goneAttackers)])]));
  }).filter(Boolean);
}

function names(prefix, states) {
  return states && states.length ? `${prefix}${states.map((s) => s.name).join(", ")})` : "";
}

// A state chosen on the map: its before and after under each reading.
export function choose(s) {
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

export function wire() {
  $("#auditform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    page.audit = `${$("#audit-kind").value}:${$("#audit-value").value.trim()}`;
    refresh();
  });
  $("#audit-kind").addEventListener("change", () => {
    $("#audit-value").placeholder = PLACEHOLDER[$("#audit-kind").value];
    $("#audit-value").setAttribute("list", $("#audit-kind").value === "remove" ? "treaty-options" : $("#audit-kind").value === "add" ? "user-treaty-options" : "");
  });
}
