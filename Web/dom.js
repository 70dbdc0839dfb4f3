// DOM helpers shared by every part of the page. Text is always inserted as text, never as HTML.

const SVGNS = "http://www.w3.org/2000/svg";

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

// h("p", {class: "x", onclick: fn}, "text", child, [more…]): an element ("svg:rect" for SVG).
// Attributes null, undefined or false are left out; true gives an empty attribute.
export function h(tag, attrs, ...children) {
  const el = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Replace an element's children with nodes (arrays flattened; null, false and "" dropped).
export function fill(el, ...nodes) {
  el.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false && n !== ""));
  return el;
}

// A colour swatch for a colour class of the map (the class names are also the CSS variables' names).
export function swatch(cls) {
  return h("span", { class: "sw", style: `background:var(--${cls})` });
}
