// The evidence panel, and the pieces of a source (quote, who said it, where) that the
// position cards reuse. A source's speaker, role, quote and title may each be null.
import { articleHref } from './api.js';
import { el, plural } from './dom.js';
import { stanceChip, stanceInfo } from './stances.js';

export function quoteNode(source) {
  return source.quote
    ? el('q', { class: 'quote', text: source.quote })
    : el('span', { class: 'no-quote', text: 'no direct quote' });
}

export function attribution(speaker, role) {
  if (!speaker && !role) return 'unattributed';
  return [speaker, role].filter(Boolean).join(', ');
}

/** "Outlet · Title", the title in italics; untitled articles say so rather than leave a gap. */
export function outletLine(source) {
  return el('span', { class: 'outlet-line' },
    el('span', { class: 'outlet', text: source.outlet ?? 'unknown outlet' }), ' · ',
    el('cite', { class: 'title', text: source.title ?? 'untitled article' }));
}

export function clearEvidence(panel) {
  panel.replaceChildren(el('h2', { text: 'Evidence' }),
    el('p', { class: 'muted', text: 'Select a timeline mark, a stance or a fact to see the statements and articles behind it.' }));
}

/**
 * Shows one selection: `heading` is a stance or a fact, `details` are [label, value] rows,
 * `sources` the articles that support it, or the first of them when `reports` says there are more.
 */
export function showEvidence(panel, { stance, heading, details, sources, reports = sources.length }) {
  const top = el('div', { class: 'evidence-heading' },
    stance ? stanceChip(stance) : null, el('strong', { text: heading }));
  const rows = details.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const list = el('dl', { class: 'details' },
    rows.flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })]));
  panel.replaceChildren(el('h2', { text: 'Evidence' }), top, list,
    el('h3', { text: reports > sources.length
      ? `${plural(reports, 'source')}, the first ${sources.length} shown`
      : plural(sources.length, 'source') }),
    el('ol', { class: 'sources' }, sources.map(sourceItem)));
}

function sourceItem(source) {
  const link = source.article
    ? el('a', { href: articleHref(source.article), class: 'article-link', target: '_blank', rel: 'noopener' }, 'Open article')
    : null;
  return el('li', { class: 'source' },
    el('div', {}, quoteNode(source)),
    el('div', { class: 'who', text: `— ${attribution(source.speaker, source.role)}` }),
    el('div', { class: 'where' }, outletLine(source)),
    el('div', { class: 'when' },
      el('span', { text: `published ${source.published ?? 'unknown'}, reported ${source.reported ?? 'unknown'}` }),
      link ? ' · ' : null, link));
}

/** Panel content for one timeline entry. */
export function entrySelection(actorName, entry) {
  const superseded = entry.supersededOn
    ? `on ${entry.supersededOn} by ${entry.supersededBy.map(s => stanceInfo(s).label).join(', ') || 'a later statement'}`
    : 'no (still the latest statement of this stance)';
  return {
    stance: entry.stance,
    heading: actorName,
    details: [
      ['Stance', stanceInfo(entry.stance).label], ['Dimension', entry.dimension],
      ['Date', datedText(entry.date, entry.precision)],
      ['Speaker', attribution(entry.speaker, entry.role)], ['Superseded', superseded],
      ['Outlets', String(entry.outlets)],
    ],
    sources: entry.sources,
  };
}

/** Panel content for one stance held on the chosen date. */
export function stanceSelection(actorName, view) {
  return {
    stance: view.stance,
    heading: actorName,
    details: [
      ['Stance', stanceInfo(view.stance).label], ['Dimension', view.dimension],
      ['Last stated', `${datedText(view.lastStated, view.precision)}, ${plural(view.daysBefore, 'day')} before`],
      ['Speaker', [...new Set(view.evidence.map(s => attribution(s.speaker, s.role)))].join('; ')],
      ['Outlets', String(view.outlets)],
    ],
    sources: view.evidence,
    reports: view.reports ?? view.evidence.length,
  };
}

/** Panel content for an annexation, referendum or control report. */
export function factSelection(kind, fact) {
  return {
    heading: `${kind}: ${fact.what}`,
    details: [['Date', datedText(fact.date, fact.precision)], ['Outlets', String(fact.outlets)]],
    sources: fact.sources,
    // An answer names a sample of a much-reported fact's sources; the count is of them all.
    reports: fact.reports ?? fact.sources.length,
  };
}

/** Partial dates say how precise they are, so "2014" is not read as 1 January 2014. */
export function datedText(date, precision) {
  return precision && precision !== 'day' ? `${date} (${precision} only)` : date;
}
