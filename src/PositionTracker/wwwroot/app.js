// The dashboard's wiring: the controls, the state they share with the URL, and one refresh
// that loads a territory's positions and its actors' timelines together.
import { ApiError, api } from './js/api.js';
import { el, fromLocalInputValue, plural, toLocalInputValue, todayIso } from './js/dom.js';
import { clearEvidence, showEvidence } from './js/evidence.js';
import { renderFacts, renderPositions } from './js/positions.js';
import { renderLegend } from './js/stances.js';
import { renderTimeline } from './js/timeline.js';

const $ = id => document.getElementById(id);
const controls = { territory: $('territory'), actor: $('actor'), on: $('on'), knownAt: $('known-at') };
const panels = { positions: $('positions'), facts: $('facts'), timeline: $('timeline'), evidence: $('evidence') };

// The URL is the state's home, so any view can be bookmarked or sent to a colleague.
const state = { territory: '', actor: '', on: '', knownAt: '' };
let territories = [];
const actorNames = new Map();   // code → name; /api/territories lists codes only
let generation = 0;             // a refresh only draws if no later one has started
let drawn = null;               // the timeline last drawn, redrawn when the window resizes
let selected = null;
let evidenceFor = '';

function readUrl() {
  const query = new URLSearchParams(location.search);
  state.territory = query.get('territory') ?? '';
  state.actor = query.get('actor') ?? '';
  state.on = query.get('on') || todayIso();
  state.knownAt = query.get('knownAt') ?? '';
}

function writeUrl() {
  const query = new URLSearchParams({ territory: state.territory });
  if (state.actor) query.set('actor', state.actor);
  query.set('on', state.on);
  if (state.knownAt) query.set('knownAt', state.knownAt);
  // Colons are legal in a query; leaving them unescaped keeps knownAt readable in the address bar.
  history.replaceState(null, '', `${location.pathname}?${String(query).replace(/%3A/gi, ':')}`);
}

/** Puts the state into the controls. A malformed value from the URL leaves its control empty, and the API's answer explains. */
function syncControls() {
  controls.territory.value = state.territory;
  controls.on.value = state.on;
  controls.knownAt.value = state.knownAt ? toLocalInputValue(state.knownAt) : '';
  fillActors();
}

function territoryOf(id) {
  return territories.find(t => t.territory === id);
}

function fillActors() {
  const codes = [...(territoryOf(state.territory)?.actors ?? [])];
  if (state.actor && !codes.includes(state.actor)) codes.push(state.actor);
  const label = code => (actorNames.has(code) ? `${actorNames.get(code)} (${code})` : code);
  controls.actor.replaceChildren(el('option', { value: '', text: 'All actors' }),
    ...codes.map(code => el('option', { value: code, text: label(code) })));
  controls.actor.value = state.actor;
}

function setStatus(text) {
  $('status').textContent = text;
}

function showError(text) {
  $('error').textContent = text;
}

function select(node, selection) {
  selected?.classList.remove('selected');
  selected = node;
  node.classList.add('selected');
  showEvidence(panels.evidence, selection);
  // On narrow screens the panel sits below everything; bring it into view rather than leave the click silent.
  const box = panels.evidence.getBoundingClientRect();
  if (box.top > innerHeight || box.bottom < 0) panels.evidence.scrollIntoView({ block: 'nearest' });
}

/** Timelines of every actor of the territory (and of a chosen actor it does not list), fetched in parallel. */
function loadTimelines(territory, knownAt) {
  const codes = [...(territoryOf(territory)?.actors ?? [])];
  if (state.actor && !codes.includes(state.actor)) codes.push(state.actor);
  return Promise.all(codes.map(code => api.timeline(code, territory, knownAt)));
}

function drawTimeline() {
  if (drawn) renderTimeline(panels.timeline, { ...drawn, onSelect: select });
}

async function refresh() {
  const run = ++generation;
  const { territory, actor, on, knownAt } = state;
  const place = territoryOf(territory)?.territoryName ?? territory;
  const asKnown = knownAt ? `, as known at ${knownAt}` : '';
  setStatus(`Loading ${place} on ${on}${asKnown}…`);
  showError('');
  if (evidenceFor !== `${territory}|${knownAt}`) {
    evidenceFor = `${territory}|${knownAt}`;
    clearEvidence(panels.evidence);
  }
  try {
    const [view, timelines] = await Promise.all([api.territoryOn(territory, on, knownAt), loadTimelines(territory, knownAt)]);
    if (run !== generation) return;
    for (const t of timelines) actorNames.set(t.actor, t.actorName);
    for (const p of view.positions) actorNames.set(p.actor, p.actorName);
    fillActors();
    const lanes = timelines.filter(t => !actor || t.actor === actor);
    drawn = { lanes, on: view.on };
    drawTimeline();
    renderPositions(panels.positions, { view, actor, names: actorNames, knownAt, onSelect: select });
    renderFacts(panels.facts, view, select);
    setStatus(summary(view, actor, lanes, asKnown));
  } catch (error) {
    if (run !== generation) return;
    failed(error);
  }
}

function summary(view, actor, lanes, asKnown) {
  const held = view.positions.filter(p => !actor || p.actor === actor).length;
  const entries = lanes.reduce((sum, lane) => sum + lane.entries.length, 0);
  return `${view.territoryName} on ${view.on}${asKnown}: ${plural(held, 'actor')} with a known position, ` +
    `${entries} timeline ${entries === 1 ? 'entry' : 'entries'}.`;
}

/** Old results would sit next to controls they no longer match, so they go. */
function failed(error) {
  drawn = null;
  for (const panel of [panels.positions, panels.facts, panels.timeline]) panel.replaceChildren();
  showError(error.message);
  setStatus('Nothing shown: the request failed.');
  if (!(error instanceof ApiError)) throw error; // a bug, not bad input: let it reach the console
}

function onControlChange() {
  writeUrl();
  refresh();
}

function listen() {
  $('controls').addEventListener('submit', event => event.preventDefault());
  controls.territory.addEventListener('change', () => {
    state.territory = controls.territory.value;
    if (!territoryOf(state.territory)?.actors.includes(state.actor)) state.actor = '';
    fillActors();
    onControlChange();
  });
  controls.actor.addEventListener('change', () => {
    state.actor = controls.actor.value;
    onControlChange();
  });
  controls.on.addEventListener('change', () => {
    // A cleared date means "today", as on first load.
    state.on = controls.on.value || todayIso();
    controls.on.value = state.on;
    onControlChange();
  });
  controls.knownAt.addEventListener('change', () => {
    state.knownAt = controls.knownAt.value ? fromLocalInputValue(controls.knownAt.value) : '';
    onControlChange();
  });
  $('known-now').addEventListener('click', () => {
    controls.knownAt.value = '';
    state.knownAt = '';
    onControlChange();
  });
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(drawTimeline, 150);
  });
}

async function start() {
  renderLegend($('legend'));
  clearEvidence(panels.evidence);
  readUrl();
  listen();
  setStatus('Loading territories…');
  try {
    territories = await api.territories();
  } catch (error) {
    failed(error);
    return;
  }
  controls.territory.replaceChildren(...territories.map(t => el('option', { value: t.territory, text: t.territoryName })));
  if (territories.length === 0) {
    setStatus('The tracker holds nothing on any territory yet.');
    return;
  }
  state.territory ||= territories[0].territory;
  syncControls();
  writeUrl();
  refresh();
}

start();
