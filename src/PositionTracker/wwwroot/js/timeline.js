// The swimlane chart: one lane per actor, one row per stance dimension inside a lane, one
// mark per timeline entry. Drawn by hand in SVG so the page needs no charting library.
import { el, makeActivatable, svg } from './dom.js';
import { attribution, entrySelection } from './evidence.js';
import { shapePath, stanceClass, stanceInfo } from './stances.js';

const DIMENSIONS = ['claim', 'negotiation', 'demand', 'control'];
const GUTTER = 176;   // room for actor names and dimension labels
const NAME_CHARS = 17; // longer actor names are shortened, in full in their tooltip
const RIGHT = 18;
const TOP = 26;       // room for the chosen date's label
const ROW = 16;
const LANE = DIMENSIONS.length * ROW + 10;
const AXIS = 24;
const DAY = 86_400_000;

/** Start of a possibly partial date ("2014", "2014-03", "2014-03-18") in UTC milliseconds. */
function startOf(date) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** End of the period a partial date covers, so "2014-03" spans the whole month. */
function endOf(date, precision) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  if (precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (precision === 'month') return Date.UTC(y, m, 1);
  return Date.UTC(y, m - 1, d + 1);
}

/** Whole years around every entry and the chosen date, with a quarter's padding either side. */
function domain(lanes, on) {
  const times = [startOf(on)];
  for (const lane of lanes) {
    for (const e of lane.entries) {
      times.push(startOf(e.date), endOf(e.date, e.precision));
      if (e.supersededOn) times.push(startOf(e.supersededOn));
    }
  }
  const first = new Date(Math.min(...times) - 90 * DAY).getUTCFullYear();
  const last = new Date(Math.max(...times) + 90 * DAY).getUTCFullYear() + 1;
  return { first, last, t0: Date.UTC(first, 0, 1), t1: Date.UTC(last, 0, 1) };
}

/**
 * Draws `lanes` ([{actor, actorName, entries}]) with a line at `on`; `onSelect(node, selection)`
 * is called when a mark is clicked or activated from the keyboard.
 */
export function renderTimeline(container, { lanes, on, onSelect }) {
  if (lanes.length === 0) {
    container.replaceChildren(el('p', { class: 'empty', text: 'No actor has stated a position on this territory.' }));
    return;
  }
  const width = Math.max(container.clientWidth || 1000, 560);
  const height = TOP + lanes.length * LANE + AXIS;
  const dom = domain(lanes, on);
  const x = t => GUTTER + ((t - dom.t0) / (dom.t1 - dom.t0)) * (width - GUTTER - RIGHT);
  const bottom = TOP + lanes.length * LANE;

  container.replaceChildren(svg('svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Timeline of stated positions by actor' },
    lanes.map((_, i) => svg('rect', { class: `band${i % 2 ? ' odd' : ''}`, x: 0, y: TOP + i * LANE, width, height: LANE })),
    yearAxis(dom, x, bottom),
    lanes.map((lane, i) => drawLane(lane, TOP + i * LANE, x, dom, onSelect)),
    dateLine(on, x(startOf(on)), bottom, width)));
}

function yearAxis(dom, x, bottom) {
  const span = dom.last - dom.first;
  const step = span > 24 ? 5 : span > 12 ? 2 : 1;
  const ticks = [];
  for (let year = dom.first; year <= dom.last; year += step) {
    const at = x(Date.UTC(year, 0, 1));
    ticks.push(svg('line', { class: 'grid', x1: at, x2: at, y1: TOP, y2: bottom + 4 }),
      svg('text', { class: 'tick', x: at, y: bottom + 17, 'text-anchor': 'middle', text: year }));
  }
  return svg('g', { class: 'axis' }, ticks);
}

function dateLine(on, at, bottom, width) {
  const labelX = Math.min(Math.max(at, GUTTER + 34), width - RIGHT - 34);
  return svg('g', { class: 'on-line' },
    svg('line', { x1: at, x2: at, y1: TOP - 6, y2: bottom }),
    svg('text', { x: labelX, y: TOP - 10, 'text-anchor': 'middle', text: on }));
}

function drawLane(lane, top, x, dom, onSelect) {
  const rowY = dimension => top + 5 + ROW / 2 + ROW * rowIndex(dimension);
  const labels = [
    svg('text', { class: 'lane-name', x: 8, y: top + 17, text: shorten(lane.actorName) },
      svg('title', { text: lane.actorName })),
    svg('text', { class: 'lane-code', x: 8, y: top + 31, text: lane.actor }),
    ...DIMENSIONS.map(d => svg('text', { class: 'dim', x: GUTTER - 6, y: rowY(d) + 3, 'text-anchor': 'end', text: d })),
  ];
  const g = svg('g', { class: 'lane', 'data-actor': lane.actor }, labels);
  if (lane.entries.length === 0) {
    g.append(svg('text', { class: 'lane-empty', x: GUTTER + 8, y: top + LANE / 2 + 4, text: 'no recorded statements' }));
    return g;
  }
  const offsets = spreadSameDay(lane.entries);
  const held = lane.entries.map(e => heldLine(e, x, dom, rowY(e.dimension)));
  const marks = lane.entries.map((e, i) =>
    mark(lane, e, x(startOf(e.date)) + offsets[i], rowY(e.dimension), x, onSelect));
  g.append(...held, ...marks);
  return g;
}

function shorten(name) {
  return name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name;
}

function rowIndex(dimension) {
  const index = DIMENSIONS.indexOf(dimension);
  return index < 0 ? DIMENSIONS.length - 1 : index;
}

/** Statements on the same day and dimension (several speakers, say) sit side by side, not on top. */
function spreadSameDay(entries) {
  const groups = new Map();
  entries.forEach((e, i) => {
    const key = `${e.date}|${e.dimension}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const offsets = new Array(entries.length).fill(0);
  for (const members of groups.values()) {
    members.forEach((entryIndex, k) => { offsets[entryIndex] = (k - (members.length - 1) / 2) * 7; });
  }
  return offsets;
}

/** A faint line for how long the stance stood: until superseded, or to the chart's end. */
function heldLine(entry, x, dom, y) {
  const until = entry.supersededOn ? startOf(entry.supersededOn) : dom.t1;
  return svg('line', { class: `held ${stanceClass(entry.stance)}`, x1: x(startOf(entry.date)), x2: x(until), y1: y, y2: y });
}

function mark(lane, entry, at, y, x, onSelect) {
  const node = svg('g', {
    class: `mark ${stanceClass(entry.stance)}${entry.supersededOn ? ' superseded' : ''}`,
    'data-stance': entry.stance, 'data-date': entry.date, 'data-actor': lane.actor,
    transform: `translate(${at.toFixed(1)},${y})`,
  });
  if (entry.precision !== 'day') {
    // A partial date is drawn as a bar over the month or year it could be in.
    const from = x(startOf(entry.date)) - at;
    node.append(svg('rect', { class: 'period', x: from, y: -2, width: x(endOf(entry.date, entry.precision)) - at - from, height: 4 }));
  }
  node.append(svg('path', { d: shapePath(entry.stance) }), svg('title', { text: markTitle(lane, entry) }));
  return makeActivatable(node, n => onSelect(n, entrySelection(lane.actorName, entry)));
}

function markTitle(lane, entry) {
  const superseded = entry.supersededOn ? ` (superseded ${entry.supersededOn})` : '';
  return `${lane.actorName}: ${stanceInfo(entry.stance).label}, ${entry.date} — ` +
    `${attribution(entry.speaker, entry.role)}${superseded}`;
}
