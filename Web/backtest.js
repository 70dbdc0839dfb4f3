// The Back-test view: calibrated joiner forecasts on the militarized disputes of 1816–1991
// (/v1/backtest/disputes, docs/backtest.md): the scores of the training and test periods against the two
// baselines, and the reliability diagrams drawn from the JSON bins. A run takes seconds, so the view says
// it is running; the server keeps each result, so coming back to the same parameters is immediate.

import { api, enc } from "./api.js";
import { $, fill, h } from "./dom.js";
import { page } from "./permalink.js";
import { isCurrent, refresh } from "./refresh.js";
import { announce } from "./status.js";

let result = null, resultKey = "";

function url() {
  return `/v1/backtest/disputes?runs=${enc(page.btRuns)}&seed=${enc(page.btSeed)}&policy=${enc(page.btPolicy)}&fitUntil=${enc(page.btFit)}`;
}

export async function run(seq) {
  $("#bt-runs").value = page.btRuns;
  $("#bt-seed").value = page.btSeed;
  $("#bt-policy").value = page.btPolicy;
  $("#bt-fit").value = page.btFit;
  const key = url();
  if (key !== resultKey || !result) {
    const out = $("#bt-out");
    out.setAttribute("aria-busy", "true");
    fill(out, h("p", { class: "muted loading", id: "bt-loading" },
      `Running the back-test: ${page.btRuns} draws per dispute on about 1,600 disputes. This takes a few seconds (longer with more draws)…`));
    result = null;
    try {
      const data = await api(key);
      if (!isCurrent(seq)) return;
      result = data; resultKey = key;
    } finally {
      if (isCurrent(seq)) out.removeAttribute("aria-busy");
    }
  }
  render();
}

const num = (v, digits = 4) => (v === undefined || v === null ? "—" : v.toFixed(digits));
const skill = (v) => (v === undefined || v === null ? "—" : (v > 0 ? "+" : "") + v.toFixed(3));

function render() {
  const r = result;
  const periods = [r.training, r.summary];
  const years = (p) => (p.period === "training" ? `1816–${r.priors.fitUntil}` : `${r.priors.fitUntil + 1}–1991`);
  const rows = [
    ["Disputes", (p) => p.disputes.toLocaleString("en-GB")],
    ["Predictions (dispute, state)", (p) => p.n.toLocaleString("en-GB")],
    ["Joiners", (p) => p.joiners.toLocaleString("en-GB")],
    ["Brier score", (p) => num(p.brier)],
    ["Log loss", (p) => num(p.logLoss)],
    ["Brier skill vs base rate", (p) => skill(p.brierSkillVsBaseRate)],
    ["Brier skill vs naive rule", (p) => skill(p.brierSkillVsNaive)],
    ["Brier of the base rate", (p) => num(p.baseRateBrier)],
    ["Brier of the naive rule", (p) => num(p.naiveBrier)],
  ];
  const table = h("table", { class: "t", id: "bt-scores" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Score"),
      periods.map((p) => h("th", { scope: "col" }, `${p.period === "training" ? "Training" : "Test"} (${years(p)})`)))),
    h("tbody", {}, rows.map(([label, f]) => h("tr", { "data-row": label }, h("th", { scope: "row" }, label), periods.map((p) => h("td", { "data-period": p.period }, f(p)))))));
  const rate = (name, x) => `${name}: ${x.honoured} of ${x.cases} duties honoured, prior mean ${x.mean.toFixed(3)}`;
  const t = r.summary;
  const verdict = [t.brierSkillVsBaseRate, t.brierSkillVsNaive].every((v) => v !== undefined && v > 0)
    ? "Out of sample, the forecasts beat both baselines."
    : "Out of sample, the forecasts do not beat both baselines (a positive skill score is better than the baseline).";
  fill($("#bt-out"),
    h("p", { class: "summary" }, h("strong", {}, `Test period (${years(t)}): Brier ${num(t.brier)}, skill ${skill(t.brierSkillVsBaseRate)} vs the base rate, ${skill(t.brierSkillVsNaive)} vs the naive rule.`), " ", verdict),
    table,
    h("p", { class: "meta" }, `Model ${r.model}, policy ${r.policy}, threshold ${r.honour}, ${r.runs} draws per dispute, seed ${r.seed}. Scores are over two events per prediction (joins side A, joins side B); the base rate is the training frequency of joining, the naive rule the training frequency among states with / without a defence pact with a side's originator (${num(r.baselines.pactRate)} / ${num(r.baselines.noPactRate)}).`),
    h("div", { class: "charts reliability" }, periods.map((p) => reliability(p, `Reliability, ${p.period} period (${years(p)})`))),
    h("p", { class: "meta" }, "Each point: one bin of forecasts (tenths), its mean forecast against the observed frequency, with the 95 % (Wilson) interval; blue when the diagonal lies within it, red when not; n: events in the bin."),
    h("details", { class: "prov" }, h("summary", {}, "Priors and data"),
      h("ul", {},
        h("li", {}, `Honouring priors fitted on the ${r.priors.trainingDisputes.toLocaleString("en-GB")} training disputes only (up to ${r.priors.fitUntil}).`),
        h("li", {}, rate("Automatic", r.priors.automatic)),
        h("li", {}, rate("Discretionary", r.priors.discretionary)),
        h("li", {}, `Forces rule: ${r.priors.forces.honoured} of ${r.priors.forces.cases} joined (mean ${num(r.priors.forces.mean)}); bilateral / multilateral discretionary means ${num(r.priors.bilateral.discretionary.mean)} / ${num(r.priors.multilateral.discretionary.mean)} (docs/backtest.md).`),
        h("li", {}, `Shared rate of a treaty (model collective: each of its n parties honours 1/(n − 1) of it), discretionary: ${r.priors.shared.discretionary.honoured} of ${r.priors.shared.discretionary.cases} duties honoured, ${num(r.priors.shared.discretionary.exposure)} treaties' worth (mean ${num(r.priors.shared.discretionary.mean)}).`),
        h("li", {}, `${r.skipped.length} disputes not run (originators outside the COW list or not two sides); ${r.joinersOutside} joiners outside the COW list on the first day.`),
        h("li", {}, "Data: GML MID 2.2.1 participants (Gibler, Miller & Little 2016), disputes that began in 1816–1991."))),
  );
  announce(`Back-test: test-period Brier ${num(t.brier)}, skill ${skill(t.brierSkillVsBaseRate)} against the base rate and ${skill(t.brierSkillVsNaive)} against the naive rule.`);
}

// A reliability diagram (as Sources/FoedusAnalysis/Forecast/ReliabilitySVG.swift draws it): mean forecast (x)
// against observed frequency (y) per bin, the bin's 95 % interval as a bar, the diagonal, the counts.
function reliability(period, title) {
  const S = 300, M = 36, P = S - 2 * M;
  const x = (v) => M + v * P, y = (v) => S - M - v * P;
  const bins = period.reliability.filter((b) => b.count > 0 && b.meanForecast !== undefined);
  const label = `${title}: ` + bins.map((b) => `forecasts ${b.lower.toFixed(1)}–${b.upper.toFixed(1)}: mean ${b.meanForecast.toFixed(3)}, observed ${b.observed.toFixed(3)} (n=${b.count})`).join("; ");
  const g = h("svg:svg", { viewBox: `0 0 ${S} ${S}`, role: "img", "aria-label": label, "data-period": period.period });
  g.append(h("svg:rect", { x: x(0), y: y(1), width: P, height: P, fill: "none", stroke: "#999" }));
  g.append(h("svg:line", { x1: x(0), y1: y(0), x2: x(1), y2: y(1), stroke: "#bbb", "stroke-dasharray": "4 3" }));
  for (let t = 0; t <= 1.0001; t += 0.2) {
    g.append(h("svg:text", { class: "val", x: x(t), y: S - M + 12, "text-anchor": "middle", text: t.toFixed(1) }));
    g.append(h("svg:text", { class: "val", x: M - 4, y: y(t) + 3, "text-anchor": "end", text: t.toFixed(1) }));
  }
  g.append(h("svg:text", { class: "lbl", x: S / 2, y: S - 6, "text-anchor": "middle", text: "mean forecast" }));
  g.append(h("svg:text", { class: "lbl", x: 10, y: S / 2, "text-anchor": "middle", transform: `rotate(-90 10 ${S / 2})`, text: "observed frequency" }));
  for (const b of bins) {
    const ok = b.meanForecast >= b.low && b.meanForecast <= b.high;
    const colour = ok ? "#2b6cb0" : "#c53030";
    g.append(h("svg:line", { x1: x(b.meanForecast), y1: y(b.low), x2: x(b.meanForecast), y2: y(b.high), stroke: colour }));
    g.append(h("svg:circle", { class: ok ? "bin in" : "bin out", cx: x(b.meanForecast), cy: y(b.observed), r: 3.5, fill: colour },
      h("svg:title", {}, `forecasts ${b.lower.toFixed(1)}–${b.upper.toFixed(1)}: mean ${b.meanForecast.toFixed(3)}, observed ${b.observed.toFixed(3)} [${b.low.toFixed(3)}, ${b.high.toFixed(3)}], n=${b.count}`)));
    g.append(h("svg:text", { class: "val", x: x(b.meanForecast) + 5, y: y(b.observed) - 5, text: `n=${b.count}` }));
  }
  return h("div", { class: "chart" }, h("h3", {}, title), g);
}

// Choosing a state on the map does nothing in this view (the scores are over every dispute).
export function choose() {}

export function wire() {
  const submit = () => {
    page.btRuns = $("#bt-runs").value || "200";
    page.btSeed = $("#bt-seed").value || "1";
    page.btPolicy = $("#bt-policy").value;
    page.btFit = $("#bt-fit").value || "1945";
    refresh();
  };
  $("#btform").addEventListener("submit", (ev) => { ev.preventDefault(); submit(); });
}
