// A horizontal bar chart around zero (SVG), with the values in points; used by the audit.

import { h } from "./dom.js";

export function fmtPts(v) { return (v > 0 ? "+" : "") + v.toFixed(2); }

// rows: [{label, value}] largest first; opts: {max (rows shown), cls (one class for every bar), verdict}.
export function barChart(title, rows, opts) {
  const W = 420, rowH = 15, top = 16, left = 128, right = 44;
  const shown = rows.slice(0, opts.max || 12);
  const maxAbs = Math.max(0.5, ...shown.map((r) => Math.abs(r.value)));
  const neg = shown.some((r) => r.value < 0), pos = shown.some((r) => r.value > 0);
  const span = W - left - right;
  const zero = neg && pos ? left + span / 2 : neg ? left + span : left;
  const scale = (neg && pos ? span / 2 : span) / maxAbs;
  const H = top + shown.length * rowH + 6;
  const g = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${title}: ` + shown.map((r) => `${r.label} ${fmtPts(r.value)}`).join(", ") });
  g.append(h("svg:line", { class: "axis", x1: zero, x2: zero, y1: top - 4, y2: H - 4 }));
  g.append(h("svg:text", { class: "val", x: zero, y: 10, "text-anchor": "middle", text: "0" }));
  shown.forEach((r, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, Math.abs(r.value) * scale);
    const x = r.value < 0 ? zero - w : zero;
    g.append(h("svg:text", { class: "lbl", x: 4, y: y + 10 }, r.label.length > 22 ? r.label.slice(0, 21) + "…" : r.label));
    g.append(h("svg:rect", { class: opts.cls ? opts.cls : r.value < 0 ? "lose" : "win", x, y: y + 2, width: w, height: rowH - 5 },
      h("svg:title", {}, `${r.label}: ${fmtPts(r.value)} points`)));
    g.append(h("svg:text", { class: "val", x: r.value < 0 ? x - 3 : x + w + 3, y: y + 10, "text-anchor": r.value < 0 ? "end" : "start", text: fmtPts(r.value) }));
  });
  const more = rows.length - shown.length;
  return h("div", { class: "chart" }, h("h3", {}, title), opts.verdict ? h("p", { class: "verdict" }, opts.verdict) : null, g,
    more > 0 ? h("p", { class: "meta" }, `and ${more} more`) : null);
}
