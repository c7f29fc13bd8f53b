// Small DOM helpers. Everything that comes from the API goes through textContent or
// setAttribute here, so article text (quotes, names, titles) can never become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an HTML element; `text` is set as textContent, `attrs` via setAttribute. */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Same as el() for SVG elements, which need their namespace. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Makes an element act as a button for mouse and keyboard (Enter and Space). */
export function makeActivatable(node, onActivate) {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.addEventListener('click', () => onActivate(node));
  node.addEventListener('keydown', event => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would otherwise scroll the page
    onActivate(node);
  });
  return node;
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Today as YYYY-MM-DD in the analyst's own time zone (toISOString would use UTC). */
export function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The value a datetime-local input needs (local time, minutes) for an ISO timestamp. */
export function toLocalInputValue(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO 8601 UTC timestamp for a datetime-local value, as the API's knownAt expects. */
export function fromLocalInputValue(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace(/\.000Z$/, 'Z');
}

function pad(n) {
  return String(n).padStart(2, '0');
}
