// The page state, mirrored in the URL query so that every view can be linked to and reloaded.
//   on=YYYY-MM-DD  view=attack|ties|audit|architecture|backtest  focus=STATE|ORG
//   attack=AGG:VICTIM[@THEATRE][!] (repeated: further attacks, as the CLI's --attack) with=USERTREATY (repeated)
//   policy= honour= uncertain=1 contested=1 sovereignty= explain=STATE
//   audit=KIND:VALUE (view=audit)  arch=ID (view=architecture)
//   runs=N seed=S btpolicy=P fitUntil=YEAR (view=backtest)

export const VIEWS = ["ties", "attack", "audit", "architecture", "backtest"];

export const page = {
  on: "",                     // the day; "" until the server's today is known
  focus: "",                  // the state or organisation whose ties colour the map
  view: "attack",
  attack: "",                 // the first attack (the form's aggressor and victim)
  more: [],                   // further attacks, in the order given
  with: [],                   // user treaties from the store applied to the scenario (at most 8)
  policy: "treaty", honour: "discretionary", uncertain: false, contested: false, sovereignty: "disputed",
  explain: "",                // the state whose place in the cascade is explained ("why (not)")
  audit: "remove:RUS-PRK-2024",
  arch: "eurasia-2024",
  btRuns: "200", btSeed: "1", btPolicy: "treaty", btFit: "1945",   // the dispute back-test's parameters
};

// A request path with the page's user treaties (`with=`, docs/api.md: what-ifs scoped to the requests that name
// them) appended: every view's answer then includes them.
export function withUserTreaties(path) {
  if (!page.with.length) return path;
  const q = page.with.map((w) => "with=" + encodeURIComponent(w)).join("&");
  return path + (path.includes("?") ? "&" : "?") + q;
}

export function readURL() {
  const q = new URLSearchParams(location.search);
  for (const k of ["on", "focus", "explain", "audit", "arch"]) if (q.has(k)) page[k] = q.get(k);
  const attacks = q.getAll("attack").map((a) => a.trim()).filter(Boolean);
  page.attack = attacks[0] || "";
  page.more = attacks.slice(1);
  page.with = q.getAll("with").map((w) => w.trim()).filter(Boolean).slice(0, 8);
  if (VIEWS.includes(q.get("view"))) page.view = q.get("view");
  else if (q.has("focus") && !q.has("attack")) page.view = "ties";
  if (["strict", "treaty", "chain"].includes(q.get("policy"))) page.policy = q.get("policy");
  if (/^\d{1,7}$/.test(q.get("runs") || "")) page.btRuns = q.get("runs");
  if (/^\d{1,10}$/.test(q.get("seed") || "")) page.btSeed = q.get("seed");
  if (/^\d{4}$/.test(q.get("fitUntil") || "")) page.btFit = q.get("fitUntil");
  if (["strict", "treaty", "chain"].includes(q.get("btpolicy"))) page.btPolicy = q.get("btpolicy");
  if (["automatic", "discretionary"].includes(q.get("honour"))) page.honour = q.get("honour");
  if (["disputed", "administrator", "claimant"].includes(q.get("sovereignty"))) page.sovereignty = q.get("sovereignty");
  page.uncertain = q.get("uncertain") === "1" || q.get("includeUncertain") === "true";
  page.contested = q.get("contested") === "1" || q.get("includeContested") === "true";
  // A malformed or impossible day is kept: the server's answer names the problem and the page shows it (main.js).
}

export function writeURL() {
  const q = new URLSearchParams();
  if (page.on) q.set("on", page.on);
  q.set("view", page.view);
  if (page.focus) q.set("focus", page.focus);
  for (const w of page.with) q.append("with", w);
  if (page.attack) {
    q.set("attack", page.attack);
    for (const a of page.more) q.append("attack", a);
    if (page.policy !== "treaty") q.set("policy", page.policy);
    if (page.honour !== "discretionary") q.set("honour", page.honour);
    if (page.uncertain) q.set("uncertain", "1");
    if (page.contested) q.set("contested", "1");
    if (page.sovereignty !== "disputed") q.set("sovereignty", page.sovereignty);
    if (page.explain) q.set("explain", page.explain);
  }
  if (page.view === "audit") q.set("audit", page.audit);
  if (page.view === "architecture") q.set("arch", page.arch);
  if (page.view === "backtest") {
    q.set("runs", page.btRuns); q.set("seed", page.btSeed); q.set("btpolicy", page.btPolicy); q.set("fitUntil", page.btFit);
  }
  const query = q.toString().replace(/%3A/g, ":").replace(/%40/g, "@");
  history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
}
