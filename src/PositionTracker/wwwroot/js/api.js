// Same-origin calls to the PositionTracker API. Failures become ApiError carrying the
// problem+json `detail`, which is written for people and so is what the dashboard shows.

export class ApiError extends Error {}

async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const url = query.size ? `${path}?${query}` : path;

  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(`Could not reach the PositionTracker server (${error.message}).`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(problemText(body, response));
  if (body === null) throw new ApiError(`The server sent an unreadable answer for ${path}.`);
  return body;
}

function problemText(problem, response) {
  if (problem && (problem.detail || problem.title)) return problem.detail || problem.title;
  return `The server answered ${response.status} ${response.statusText}`.trim() + '.';
}

const part = value => encodeURIComponent(value);

export const api = {
  territories: () => getJson('/api/territories'),

  territoryOn: (territory, on, knownAt) =>
    getJson(`/api/territories/${part(territory)}`, { on, knownAt }),

  timeline: (actor, territory, knownAt) =>
    getJson(`/api/stances/${part(actor)}/${part(territory)}/timeline`, { knownAt }),
};

/** Where an article's stored text and metadata can be read. */
export const articleHref = id => `/api/articles/${part(id)}`;
