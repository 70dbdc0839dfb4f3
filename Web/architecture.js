// The Architecture view: a security architecture (the June 2024 Eurasian proposal, NATO) on the day:
// which states of its region are inside, which outside, and the extra-regional forces (/v1/architecture).

import { api, enc } from "./api.js";
import { $, fill, h } from "./dom.js";
import { page } from "./permalink.js";
import { isCurrent, refresh } from "./refresh.js";
import { announce } from "./status.js";
import { treatyButton } from "./treaty.js";

let arch = null, archKey = "";

export function colouring() {
  if (!arch) return null;
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

export function involved() {
  if (!arch) return [];
  return [...arch.states.filter((r) => r.inside).map((r) => r.state.ccode), ...(arch.insideOutsideRegion || []).map((s) => s.ccode)];
}

// Extra-regional forces: an arc from the sender to the host, and a dot on each host.
export function overlay(g, centre, k) {
  if (!arch) return;
  const hosts = new Map();
  for (const f of arch.forces.extraRegional || []) {
    const a = centre(f.sender.ccode), b = centre(f.host.ccode);
    if (b) hosts.set(f.host.ccode, b);
    if (a && b) {
      const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2 - Math.abs(a[0] - b[0]) * 0.15 - 10;
      g.append(h("svg:path", { class: "force", d: `M${a[0]} ${a[1]}Q${mx} ${my} ${b[0]} ${b[1]}` }));
    }
  }
  for (const b of hosts.values()) g.append(h("svg:circle", { class: "host", cx: b[0], cy: b[1], r: 3.2 * k }));
}

export async function run(seq) {
  $("#arch").value = page.arch;
  const url = `/v1/architecture/${enc(page.arch)}?on=${enc(page.on)}`;
  if (url !== archKey || !arch) {
    $("#arch-out").replaceChildren(h("p", { class: "muted" }, "Computing the architecture report…"));
    arch = null;
    const data = await api(url);
    if (!isCurrent(seq)) return;
    arch = data; archKey = url;
  }
  render();
}

function render() {
  const a = arch;
  const inside = a.states.filter((r) => r.inside), outside = a.states.filter((r) => !r.inside);
  const chips = (rows) => h("ul", { class: "chips" }, rows.map((r) => h("li", {}, h("button", { type: "button", class: "linkish", onclick: () => choose(r.state) }, r.state.name))));
  const forces = (a.forces.extraRegional || []).map((f) => h("li", {},
    h("strong", {}, `${f.sender.name} → ${f.host.name}`), ` · ${f.kind || ""}${f.present && f.present !== "yes" ? " · present: " + f.present : ""}`,
    f.basis ? ` · ${f.basis}` : "", f.verified ? "" : [" ", h("span", { class: "badge warn" }, "unverified")]));
  const orgs = (a.organisations || []).map((o) => h("li", {}, h("strong", {}, `${o.name} (${o.id})`), `: ${o.members.length} members on the day — `,
    o.members.map((m) => m.name).join(", ")));
  const treaties = (a.treaties || []).map((t) => h("li", {}, treatyButton(t.id), ` ${t.name}: ${t.parties.length} parties; in force: ${t.inForce}; third countries named or plausibly targeted: ${t.targetedCount}; exposed (every non-party a clause would cover): ${t.exposedCount}`,
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

// A state chosen on the map or in the lists: why it is inside or outside, and its forces.
export function choose(s) {
  const box = $("#arch-state");
  if (!box || !arch) return;
  const r = arch.states.find((x) => x.state.ccode === s.ccode);
  const forces = (arch.forces.extraRegional || []).filter((f) => f.sender.ccode === s.ccode || f.host.ccode === s.ccode);
  const lines = [];
  if ((arch.insideOutsideRegion || []).some((x) => x.ccode === s.ccode)) lines.push("inside, outside the architecture's region");
  else if (!r) lines.push("outside the architecture's region");
  else {
    lines.push(r.inside ? "inside" : "in the region, outside", `region: ${r.region}${r.subregion ? " / " + r.subregion : ""}`);
    if (r.organisations && r.organisations.length) lines.push(`member of: ${r.organisations.map((o) => o.id || o).join(", ")}`);
    if (r.treaties && r.treaties.length) lines.push(`party to: ${r.treaties.map((t) => t.id || t).join(", ")}`);
    if (r.eligibleFor && r.eligibleFor.length) lines.push(`eligible for: ${r.eligibleFor.map((o) => o.id || o).join(", ")}`);
  }
  for (const f of forces) lines.push(`forces: ${f.sender.name} in ${f.host.name} (${f.basis || f.kind || ""})`);
  box.replaceChildren(h("div", { class: "why", tabindex: "-1" }, h("h3", {}, s.name), h("ul", {}, lines.map((l) => h("li", {}, l)))));
  box.firstChild.focus();
}

export function wire() {
  $("#archform").addEventListener("submit", (ev) => { ev.preventDefault(); page.arch = $("#arch").value; refresh(); });
  $("#arch").addEventListener("change", () => { page.arch = $("#arch").value; refresh(); });
}
