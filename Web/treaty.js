// A treaty's clauses with their quotes and sources, opened from a treaty id anywhere on the page.

import { api, enc } from "./api.js";
import { $, h } from "./dom.js";
import { withUserTreaties } from "./permalink.js";
import { showError } from "./status.js";

const KIND_LABEL = {
  defense: "defence", offense: "offence", neutrality: "neutrality", nonAggression: "non-aggression",
  consultation: "consultation", nonParticipation: "non-participation", territorialNonUse: "territorial non-use",
  noAidToAggressor: "no aid to the aggressor",
};

// A link-like button that opens the treaty in the view's #treaty-detail box.
export function treatyButton(id) {
  return h("button", { type: "button", class: "linkish", onclick: () => showTreaty(id) }, id);
}

async function showTreaty(id) {
  const box = $("#treaty-detail") || $("#attack-out");
  try {
    const t = await api(withUserTreaties(`/v1/treaties/${enc(id)}`));
    const provisions = (t.provisions || []).map((p) => h("li", {},
      h("strong", {}, `Art. ${p.article || "?"}`), ` · ${KIND_LABEL[p.kind] || p.kind}${p.strength ? ", " + p.strength : ""} `,
      p.verified ? null : h("span", { class: "badge warn" }, "unverified"),
      p.quote ? h("blockquote", { lang: quoteLang(p.quote) }, p.quote) : h("div", { class: "meta" }, p.note || "no quote"),
      h("div", { class: "meta" }, `quote: ${p.quoteStatus || "none"} · source: `, sourceLink(p.source))));
    box.replaceChildren(h("div", { class: "treaty-detail", tabindex: "-1" },
      h("h3", {}, `${t.name} [${t.id}]`),
      h("p", { class: "meta" }, `signed ${t.signed || "?"}; in force ${t.inForce || "?"}${t.terminated ? "; ended " + t.terminated : ""} (${t.dateBasis})`),
      h("p", { class: "meta" }, `Parties: ${(t.parties || []).map((p) => p.state ? p.state.name || p.state : p.name || p).join(", ")}`),
      provisions.length ? h("ul", {}, provisions) : h("p", { class: "muted" }, "No clauses coded."),
      h("button", { type: "button", onclick: () => box.replaceChildren() }, "Close")));
    box.firstChild.focus();
  } catch (e) { showError(e.message); }
}

// The quotes are in English or Russian (the 2024 Russia–DPRK treaty is quoted from the Russian text).
export function quoteLang(q) { return /[\u0400-\u04FF]/.test(q) ? "ru" : "en"; }

export function sourceLink(src) {
  if (!src) return "—";
  if (/^https?:\/\//.test(src)) return h("a", { href: src, rel: "noopener noreferrer", target: "_blank" }, src.replace(/^https?:\/\//, "").slice(0, 70));
  return src;
}
