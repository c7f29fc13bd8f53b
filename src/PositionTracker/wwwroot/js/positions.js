// What each actor is known to hold on the chosen date, and the territory's facts on it.
import { el, makeActivatable, plural } from './dom.js';
import { attribution, datedText, factSelection, outletLine, quoteNode, stanceSelection } from './evidence.js';
import { stanceChip, stanceClass } from './stances.js';

/**
 * One card per actor with a known position, limited to `actor` when one is chosen.
 * `names` maps actor codes to names, for the message when nothing is known.
 */
export function renderPositions(container, { view, actor, names, knownAt, onSelect }) {
  const positions = view.positions.filter(p => !actor || p.actor === actor);
  const heading = el('h2', { text: `Positions on ${view.on}` });
  if (positions.length === 0) {
    container.replaceChildren(heading, el('p', { class: 'empty', text: nothingKnown(view, actor, names, knownAt) }));
    return;
  }
  container.replaceChildren(heading,
    el('div', { class: 'cards' }, positions.map(p => positionCard(p, onSelect))));
}

function nothingKnown(view, actor, names, knownAt) {
  const who = actor ? names.get(actor) ?? actor : 'any actor';
  const when = knownAt ? ` (as known at ${knownAt})` : '';
  return `No stated position of ${who} on ${view.territoryName} is known on ${view.on}${when}.`;
}

function positionCard(position, onSelect) {
  return el('article', { class: 'position', 'data-actor': position.actor },
    el('header', {},
      el('h3', { text: position.actorName }),
      el('span', { class: 'code', text: position.actor }),
      el('span', { class: 'muted', text: plural(position.stances.length, 'stance') })),
    el('div', { class: 'stances' }, position.stances.map(view => stanceCard(position, view, onSelect))));
}

function stanceCard(position, view, onSelect) {
  const card = el('div', { class: `stance ${stanceClass(view.stance)}`, 'data-stance': view.stance },
    el('div', { class: 'stance-head' },
      stanceChip(view.stance),
      el('span', { class: 'dimension', text: view.dimension }),
      el('span', { class: 'last-stated', text: lastStated(view) }),
      el('span', { class: 'outlets', text: plural(view.outlets, 'outlet') })),
    el('ul', { class: 'evidence-list' }, view.evidence.map(evidenceItem)));
  return makeActivatable(card, node => onSelect(node, stanceSelection(position.actorName, view)));
}

function lastStated(view) {
  const partial = view.precision && view.precision !== 'day' ? `, date known to the ${view.precision} only` : '';
  return `last stated ${view.lastStated} (${plural(view.daysBefore, 'day')} before${partial})`;
}

function evidenceItem(source) {
  return el('li', { class: 'evidence' },
    quoteNode(source),
    el('span', { class: 'who', text: ` — ${attribution(source.speaker, source.role)}` }),
    el('span', { class: 'where' }, ' · ', outletLine(source)));
}

// [field in the API answer, what one fact is, the group's heading]
const FACT_KINDS = [
  ['annexations', 'Annexation', 'Annexations'],
  ['referendums', 'Referendum', 'Referendums'],
  ['control', 'Control', 'Control'],
];

/** Annexations, referendums and control reports known on the date, each selectable for its sources. */
export function renderFacts(container, view, onSelect) {
  const groups = FACT_KINDS.map(([key, kind, title]) => {
    const facts = view[key] ?? [];
    const items = facts.length
      ? facts.map(fact => factItem(kind, fact, onSelect))
      : [el('li', { class: 'muted', text: 'none known' })];
    return el('div', { class: 'fact-group' }, el('h3', { text: title }), el('ul', {}, items));
  });
  container.replaceChildren(el('h2', { text: `${view.territoryName} on ${view.on}` }), ...groups);
}

function factItem(kind, fact, onSelect) {
  const item = el('li', { class: 'fact' },
    el('span', { text: fact.what }),
    el('span', { class: 'muted', text: ` ${datedText(fact.date, fact.precision)} · ${plural(fact.outlets, 'outlet')}` }));
  return makeActivatable(item, node => onSelect(node, factSelection(kind, fact)));
}
