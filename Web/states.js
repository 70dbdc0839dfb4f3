// The states in the system on the shown day: lookup by code or name, labels and the keys put in URLs.

const onDay = new Map();  // ccode -> {ccode, abbreviation, iso3, name} on the shown day
const known = new Map();  // every state seen on any day so far

export function setStatesOfDay(states) {
  onDay.clear();
  for (const s of states) { onDay.set(s.ccode, s); known.set(s.ccode, s); }
}

export function stateOnDay(ccode) { return onDay.get(ccode) || null; }
export function isOnDay(ccode) { return onDay.has(ccode); }

// The key used in URLs and requests: the COW abbreviation, unless another state has it as its ISO3
// (AUS: Austria in COW, Australia in ISO), then the COW number.
export function stateKey(s) {
  if (!s) return "";
  for (const o of onDay.values()) if (o.ccode !== s.ccode && o.iso3 === s.abbreviation) return String(s.ccode);
  return s.abbreviation;
}

export function stateLabel(s) { return s ? `${s.name} (${s.abbreviation})` : ""; }

// What a form field names: "Russia (RUS)" -> "RUS"; otherwise the text as typed (the API resolves
// names and codes).
export function parseStateInput(text) {
  const t = (text || "").trim();
  const m = t.match(/\(([^()]+)\)\s*$/);
  return m ? m[1].trim() : t;
}

// A state on the shown day by COW number, abbreviation, name or ISO3 ("cow:" and "iso:" prefixes allowed).
export function findOnDay(key) {
  if (!key) return null;
  const k = String(key).trim().toLowerCase().replace(/^cow:/, "");
  for (const s of onDay.values()) {
    if (String(s.ccode) === k || s.abbreviation.toLowerCase() === k || s.name.toLowerCase() === k) return s;
  }
  for (const s of onDay.values()) if (s.iso3 && s.iso3.toLowerCase() === k.replace(/^iso:/, "")) return s;
  return null;
}

// A state seen on any day so far (to say "not in the system on this day" without asking the server).
export function findKnown(key) {
  const k = String(key || "").trim().toLowerCase().replace(/^(cow|iso):/, "");
  for (const s of known.values()) if (String(s.ccode) === k || s.abbreviation.toLowerCase() === k || s.name.toLowerCase() === k) return s;
  return null;
}

export function statesOnDaySorted() {
  return [...onDay.values()].sort((a, b) => a.name.localeCompare(b.name));
}
