// The refresh cycle. Every change of the page state ends in refresh(what): main.js loads the day if
// needed, runs the current view and paints the map. Views call it through this module (so they need not
// import main.js), and a view's asynchronous work checks isCurrent(run) before it shows its result, so
// that a later refresh always wins over an earlier one still waiting for the server.

let handler = null;
let latest = 0;

export function onRefresh(fn) { handler = fn; }

// what: {day: true} to reload the day's map even when the day has not changed (a new focus).
export function refresh(what = {}) { return handler(what); }

export function beginRun() { return ++latest; }
export function isCurrent(run) { return run === latest; }
