// The shown day: its /v1/map answer (states in the system, ties to the focus, organisations with
// members), the server's today, and the choices the day offers in the forms.

import { api } from "./api.js";
import { $, h } from "./dom.js";
import { page, withUserTreaties } from "./permalink.js";
import { refresh } from "./refresh.js";
import { setStatesOfDay, stateLabel, statesOnDaySorted } from "./states.js";

let shown = null;     // the /v1/map answer for page.on and page.focus
let today = "";       // the server's today (provenance.today of /v1/map)
let note = "";        // why the focus could not be used on the day, if it could not
const cache = new Map();

export function currentDay() { return shown; }
export function serverToday() { return today; }
export function dayNote() { return note; }

export async function loadDay() {
  const f = page.focus;
  const w = page.with.join(",");
  let data = cache.get(`${page.on}|${f}|${w}`);
  if (!data) {
    const q = new URLSearchParams();
    if (page.on) q.set("on", page.on);
    if (f) q.set("focus", f);
    data = await api(withUserTreaties("/v1/map" + (q.toString() ? "?" + q.toString() : "")));
    cache.set(`${data.date}|${f}|${w}`, data);
  }
  const t = data.provenance && data.provenance.today;
  if (t && t !== today) { today = t; $("#on").max = today; }
  if (!page.on) page.on = data.date;  // asked without a day: the server's today
  shown = data;
  setStatesOfDay(data.states.map((r) => r.state));
  $("#on").value = data.date;
  fillChoices(data);
  return data;
}

// The day's map; if the focus cannot be used on that day (not in the system yet), the day without it,
// with the reason kept as the day's note.
export async function loadDaySafe() {
  note = "";
  try {
    await loadDay();
  } catch (e) {
    if (!page.focus || e.status !== 400) throw e;
    const f = page.focus;
    page.focus = "";
    try { await loadDay(); } finally { page.focus = f; }
    note = e.message;
  }
  return note;
}

// Go to a day (no later than the server's today); a new day clears the "why".
export function setDay(d) {
  if (!d || d === page.on) return;
  if (today && d > today) d = today;
  page.on = d;
  page.explain = "";
  refresh({ day: true });
}

// Organisations with members on the day, by id; the focused one is kept even on a day it has none.
export function organisationsOfDay(data = shown) {
  if (!data) return [];
  const orgs = (data.organisations || []).slice();
  const f = data.focus;
  if (f && f.kind === "organisation" && !orgs.some((o) => o.id === f.id)) orgs.push({ id: f.id, name: f.name, members: 0 });
  return orgs;
}

function fillChoices(data) {
  const states = statesOnDaySorted();
  $("#state-options").replaceChildren(...states.map((s) => h("option", { value: stateLabel(s) })));
  $("#focus-options").replaceChildren(
    ...organisationsOfDay(data).map((o) => h("option", { value: `${o.name} (${o.id})`, "data-org": o.id },
      `organisation, ${o.members} member${o.members === 1 ? "" : "s"} on ${data.date}`)),
    ...states.map((s) => h("option", { value: stateLabel(s) })),
  );
}
