// The answer to an attack (/v1/scenario): the two sides, the cascade step by step with the article and
// its quoted text, the states bound but staying out, the conflicts, and "why (not)" for a chosen state.

import { h } from "./dom.js";
import { page } from "./permalink.js";
import { refresh } from "./refresh.js";
import { stateKey } from "./states.js";
import { quoteLang, sourceLink, treatyButton } from "./treaty.js";

const CONFLICT_LABEL = {
  boundToBothSides: "bound to both sides (stays out)",
  defenceAgainstPledgedVictim: "an entrant acts against a victim it pledged not to attack",
  aggressorBreaksPledge: "the aggressor acts against a pledge it gave the victim",
  entryBreaksPledge: "an entrant acts against a pledge (no aid to the aggressor, non-participation)",
  treatyMembersOnBothSides: "parties to one treaty on both sides",
};
// The explanation's reason in words (the JSON keeps the tag).
const REASON_LABEL = {
  entered: "in the war",
  notInSystem: "not a state that day",
  noTreaty: "no treaty",
  notYetSigned: "not yet signed",
  notYetInForce: "not yet in force",
  terminated: "no longer in force",
  notAParty: "not a party",
  beneficiaryNotAParty: "partner not a party",
  provisionNotApplicable: "clause not in effect",
  suspended: "suspended",
  consultationOnly: "consultation only",
  noDefenceClause: "no defence clause",
  adversaryCondition: "adversary condition",
  locationCondition: "location condition",
  provoked: "provoked attack",
  owedToAggressor: "owed to an aggressor",
  uncertainExcluded: "uncertain, not included",
  belowThreshold: "below the threshold",
  boundToBothSides: "bound to both sides",
};
const RESTRAINT_LABEL = {
  belowThreshold: "discretionary duty, below the chosen threshold",
  uncertain: "uncertain duty, not included",
  contested: "contested duty (owed to a state that is itself an aggressor), not included",
  boundToBothSides: "bound to both sides, stays out",
};

// The scenario's sides by COW number: att, def and out (Maps to their entries), and the states of the
// attacks given (not derived by the policy): aggressors and victims (Sets).
export function sideSets(sc) {
  const att = new Map(), def = new Map(), out = new Map();
  for (const m of sc.sides.attackers) att.set(m.state.ccode, m);
  for (const m of sc.sides.defenders) def.set(m.state.ccode, m);
  for (const o of sc.outside || []) out.set(o.state.ccode, o);
  const aggressors = new Set(), victims = new Set();
  for (const a of sc.attacks) if (!a.derived) { aggressors.add(a.aggressor.ccode); victims.add(a.victim.ccode); }
  return { att, def, out, aggressors, victims };
}

// The obligation (with its quote) behind a reason for entering.
function obligationFor(sc, reason) {
  if (!reason.treaty) return null;
  const same = (o) => o.obligor.ccode === reason.state.ccode && o.treaty.id === reason.treaty.id && o.article === reason.article;
  return sc.obligations.find((o) => same(o) && (!reason.beneficiary || o.beneficiary.ccode === reason.beneficiary.ccode) &&
      (!reason.against || o.adversary.ccode === reason.against.ccode))
    || sc.obligations.find(same);
}

// A state's name as a button that explains its place in the cascade.
function stateButton(st) {
  return h("button", { type: "button", class: "linkish", onclick: () => { page.explain = stateKey(st) || String(st.ccode); refresh(); } }, st.name);
}

function reasonLine(r) {
  const who = r.state.name;
  if (r.cause === "aggressor") return `${who} attacks ${r.against.name}`;
  if (r.cause === "victim") return `${who} is attacked by ${r.against.name}`;
  if (r.cause === "selfDefence") return `${who} strikes back at ${r.against.name}, its aggressor (self-defence)`;
  if (r.cause === "collectiveSelfDefence") return `${who} attacks ${r.against.name} defending ${r.beneficiary ? r.beneficiary.name : "?"} (collective self-defence)`;
  if (r.cause === "ownTerritory") return `${who} uses force against ${r.against.name} at ${r.place || "?"}, which the chosen sovereignty reading counts as its own territory (no aggression under that reading)`;
  if (r.cause === "disputed") return `${who} attacks ${r.against.name} at ${r.place || "?"}: an aggression only if ${r.place || "?"} is not its territory (disputed sovereignty)`;
  if (r.cause === "forcesPresent") return `${who}: its forces are in the attacked territory${r.deployment ? " (" + r.deployment + ")" : ""}, against ${r.against.name}`;
  const kind = r.cause === "offense" ? "offence duty to" : "defence duty to";
  return `${who}: ${kind} ${r.beneficiary ? r.beneficiary.name : "?"}, against ${r.against.name}`;
}

function step(sc, s, e) {
  const r = e.last;
  const o = r && (r.cause === "defense" || r.cause === "offense") ? obligationFor(sc, r) : null;
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
}

function provenance(p) {
  if (!p) return null;
  return h("details", { class: "prov" }, h("summary", {}, "Provenance and assumptions"),
    h("p", {}, `Foedus ${p.foedus}, data ${p.data}, computed for ${p.today}. ${p.dateBasis || ""}`),
    h("ul", {}, (p.assumptions || []).map((a) => h("li", {}, a))));
}

// The nodes of the answer, for #attack-out. The "why" box, if any, has id "why".
export function cascadeNodes(sc) {
  const s = sideSets(sc);
  const entries = [];
  for (const [side, list] of [["att", sc.sides.attackers], ["def", sc.sides.defenders]]) {
    for (const m of list) {
      const last = m.reasons[m.reasons.length - 1];
      entries.push({ side, m, last, step: last ? last.step : 0 });
    }
  }
  entries.sort((a, b) => a.step - b.step || (a.side === "att" ? -1 : 1));
  const headline = sc.attacks.filter((a) => !a.derived)
    .map((a) => `${a.aggressor.name} attacks ${a.victim.name}${a.theatre ? " (" + a.theatre + ")" : ""}`).join("; ");
  const sideList = (list) => h("ul", {}, list.map((m) => h("li", {}, stateButton(m.state))));
  const outside = (sc.outside || []).map((o) => h("li", {}, stateButton(o.state), ": ",
    o.duties.map((d, i) => [i ? "; " : "", `${d.treaty.name} Art. ${d.article} (to ${d.beneficiary.name}, against ${d.adversary.name}): ${RESTRAINT_LABEL[d.restraint] || d.restraint}`])));
  const conflicts = (sc.conflicts || []).map((c) => h("li", {}, h("strong", {}, CONFLICT_LABEL[c.kind] || c.kind), ": ",
    c.states.map((x) => x.name).join(", "), c.treaties.length ? " · " : "", c.treaties.map((t, i) => [i ? ", " : "", treatyButton(t.id)]),
    c.articles && c.articles.length ? ` (Art. ${c.articles.join(", ")})` : "",
    c.disputed ? ` — only if the attack is an aggression, which depends on whose territory it is: ${c.disputed}` : ""));
  const why = (sc.explanations || []).map((e) => h("div", { class: "why", tabindex: "-1", id: "why" },
    h("h3", {}, `Why ${e.state.name} is ${s.att.has(e.state.ccode) || s.def.has(e.state.ccode) ? "in" : "not in"}`),
    h("ul", {}, e.reasons.map((r) => h("li", {}, h("span", { class: "badge", title: r.reason }, REASON_LABEL[r.reason] || r.reason), " ", r.message)))));
  return [
    h("p", { class: "summary" }, h("strong", {}, headline), ` on ${sc.date} · policy ${sc.policy} · threshold ${sc.honour}`),
    why.length ? why : h("p", { class: "hint" }, "Click any state on the map (or a name below) to see why it is in or not. “New attack” picks a new pair."),
    h("div", { class: "sides" },
      h("div", {}, h("h3", {}, h("span", { class: "sw", style: "background:var(--s-attackers)" }), ` Attackers (${s.att.size})`), sideList(sc.sides.attackers)),
      h("div", {}, h("h3", {}, h("span", { class: "sw", style: "background:var(--s-defenders)" }), ` Defenders (${s.def.size})`), sideList(sc.sides.defenders))),
    h("h3", {}, "The cascade, step by step"),
    h("ol", { class: "steps" }, entries.map((e) => step(sc, s, e))),
    h("h3", {}, `Bound but staying out (${outside.length})`),
    outside.length ? h("ul", { class: "outside" }, outside) : h("p", { class: "muted" }, "None."),
    h("h3", {}, `Conflicts (${conflicts.length})`),
    conflicts.length ? h("ul", { class: "conflicts" }, conflicts) : h("p", { class: "muted" }, "None."),
    h("div", { id: "treaty-detail" }),
    provenance(sc.provenance),
  ];
}
