// The eight stances: readable names and a shape per stance. Colours live in app.css
// (Okabe-Ito, keyed by the st-* class); the shape is a second cue for colour-blind readers
// and for print, so a stance is never told apart by colour alone.
import { el, svg } from './dom.js';

const star = (() => {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? 3 : 7;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}z`;
})();

// Paths are centred on 0,0 and about 13px across, so marks can be placed with a translate.
const SHAPES = {
  circle: 'M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0z',
  square: 'M-5.5,-5.5h11v11h-11z',
  diamond: 'M0,-7L7,0L0,7L-7,0z',
  cross: 'M-6,-3.5L-3.5,-6L0,-2.5L3.5,-6L6,-3.5L2.5,0L6,3.5L3.5,6L0,2.5L-3.5,6L-6,3.5L-2.5,0z',
  up: 'M0,-7L7,5.5H-7z',
  down: 'M0,7L7,-5.5H-7z',
  star,
  plus: 'M-2.5,-6.5h5v4h4v5h-4v4h-5v-4h-4v-5h4z',
};

export const STANCES = {
  ClaimsSovereignty: { label: 'Claims sovereignty', shape: 'circle' },
  RecognizesSovereignty: { label: 'Recognizes sovereignty', shape: 'square' },
  RejectsAnnexation: { label: 'Rejects annexation', shape: 'diamond' },
  RejectsNegotiation: { label: 'Rejects negotiation', shape: 'cross' },
  OpenToNegotiation: { label: 'Open to negotiation', shape: 'up' },
  ProposesExchange: { label: 'Proposes exchange', shape: 'star' },
  DemandsReturn: { label: 'Demands return', shape: 'down' },
  ConcedesControl: { label: 'Concedes control', shape: 'plus' },
};

/** A stance the API may add later still renders, in grey, with its name split into words. */
export function stanceInfo(stance) {
  return STANCES[stance] ?? {
    label: String(stance).replace(/([a-z])([A-Z])/g, '$1 $2'),
    shape: 'circle',
    unknown: true,
  };
}

/** The CSS class that colours anything belonging to a stance. */
export function stanceClass(stance) {
  return STANCES[stance] ? `st-${stance}` : 'st-unknown';
}

export function shapePath(stance) {
  return SHAPES[stanceInfo(stance).shape];
}

/** A small inline icon of the stance's shape and colour. */
export function stanceIcon(stance) {
  return svg('svg', { class: `icon ${stanceClass(stance)}`, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' },
    svg('path', { d: shapePath(stance) }));
}

/** The coloured label used in cards, the legend and the evidence panel. */
export function stanceChip(stance) {
  return el('span', { class: `stance-label ${stanceClass(stance)}` },
    stanceIcon(stance), el('span', { text: stanceInfo(stance).label }));
}

export function renderLegend(container) {
  container.replaceChildren(...Object.keys(STANCES).map(stance => el('li', { 'data-stance': stance }, stanceChip(stance))));
}
