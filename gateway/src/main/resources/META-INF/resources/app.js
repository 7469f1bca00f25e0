// TIP Monitor web client: a small single-page app over the gateway's GraphQL API.
// Sign-in: oidc-client-ts (authorization code + PKCE with the public client tip-web). Charts: Chart.js.
// No build step: ES modules resolved by the import map in index.html.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { jwtDecode } from 'jwt-decode';
import { Chart, registerables } from 'chart.js';
import { organizationPage, reviewPage, partnerViewsHtml } from './partners.js';

Chart.register(...registerables);

const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
const userManager = new UserManager({
  authority: meta('tip-oidc-authority'),
  client_id: meta('tip-oidc-client-id'),
  redirect_uri: `${location.origin}/`,
  post_logout_redirect_uri: `${location.origin}/`,
  response_type: 'code',
  scope: 'openid profile email',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: true,
});

const main = document.getElementById('main');
let user = null; // oidc-client-ts User, or null when signed out
const charts = [];
const drafts = new Map(); // recommendation id -> { status, note, evidenceUrl } typed but not yet recorded

// ---------------------------------------------------------------- labels and small helpers

const TIERS = ['TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3', 'SPECIAL_CASE'];
const TIER_LABEL = {
  TIER_1: 'Tier 1', TIER_2: 'Tier 2', TIER_2_WATCH_LIST: 'Tier 2 Watch List', TIER_3: 'Tier 3',
  SPECIAL_CASE: 'Special case',
};
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'REGRESSED'];
const STATUS_LABEL = {
  NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', PARTIALLY_IMPLEMENTED: 'Partially implemented',
  IMPLEMENTED: 'Implemented', REGRESSED: 'Regressed',
};
const STATUS_COLOR = {
  NOT_STARTED: '#8a8f98', IN_PROGRESS: '#2f6fb3', PARTIALLY_IMPLEMENTED: '#c98a12', IMPLEMENTED: '#2e8540',
  REGRESSED: '#b3261e',
};
const REPORTING_LABEL = { OFFICIAL: 'Government', NGO: 'NGO / international org.', MEDIA: 'Media / observers', UNATTRIBUTED: 'Source does not say', NOT_REPORTED: 'Not reported' };
const title = (s) => (s ? s.charAt(0) + s.slice(1).toLowerCase().replaceAll('_', ' ') : '');

const unit = (u) => (!u || u === 'COUNT' ? '' : u === 'PERCENT' ? '%' : ` ${esc(u.toLowerCase().replaceAll('_', ' '))}`);
const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const num = (v) => (v === null || v === undefined ? '<span class="nr">not reported</span>' : esc(v.toLocaleString('en-US')));
const link = (url, text) => (url && /^https?:\/\//.test(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text));
const CITATION_FIELDS = 'citations { quote section source { title publisher published url } }';
// Every figure with the words of its source: the document, its section, and the quote verbatim.
const citationList = (citations) => (citations?.length
  ? `<ul class="sources">${citations.map((c) => `<li><blockquote class="quote">${esc(c.quote)}</blockquote>
      <span class="cite">${link(c.source.url, c.source.title)}${c.source.publisher ? ` — ${esc(c.source.publisher)}` : ''}${c.source.published ? ` (${esc(c.source.published)})` : ''}${c.section ? `, ${esc(c.section)}` : ''}</span></li>`).join('')}</ul>`
  : '<span class="muted">no source given</span>');
// A date as precisely as the source gives it: "2022" for a year, "June 2023" for a month.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const datePrecise = (date, precision) => {
  if (!date || precision === 'NOT_STATED') return null;
  const [y, m] = date.split('-');
  return precision === 'YEAR' ? y : precision === 'MONTH' ? `${MONTHS[Number(m) - 1]} ${y}` : date;
};

function roles() {
  if (!user?.access_token) return [];
  try { return jwtDecode(user.access_token).realm_access?.roles ?? []; } catch { return []; }
}
const role = () => {
  const r = roles();
  return ['admin', 'analyst', 'partner'].find((x) => r.includes(x)) ?? null;
};
const isAdmin = () => roles().includes('admin');

// ---------------------------------------------------------------- the gateway

class GraphError extends Error {
  constructor(errors) { super(errors.map((e) => e.message).join('; ')); this.errors = errors; }
  has(code) { return this.errors.some((e) => e.extensions?.code === code); }
}

/** POSTs to the gateway with the user's access token; on 401 renews the token once (refresh token) and retries. */
async function post(query, variables) {
  const send = () => fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${user.access_token}` },
    body: JSON.stringify({ query, variables }),
  });
  let res = await send();
  if (res.status === 401) {
    user = await userManager.signinSilent().catch(() => null);
    renderAuth();
    if (user) res = await send();
  }
  if (res.status === 401 || !user) {
    return { status: 401, body: { errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] } };
  }
  return { status: res.status, body: await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] })) };
}

/** Runs a GraphQL query as the signed-in user. Returns { data, errors } (partial answers kept). */
async function gql(query, variables = {}) {
  const { status, body } = await post(query, variables);
  const errors = body.errors ?? [];
  if (!body.data) throw new GraphError(errors.length ? errors : [{ message: `HTTP ${status}` }]);
  if (errors.some((e) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code))) throw new GraphError(errors);
  return { data: body.data, errors };
}
/** The errors of a partial answer under one field name, e.g. 'statistics'. */
const errorsAt = (errors, field) => errors.filter((e) => e.path?.includes(field));
const unavailable = (errors, field) => errorsAt(errors, field).some((e) => e.extensions?.code === 'UNAVAILABLE');

// ---------------------------------------------------------------- sign-in

function renderAuth() {
  const who = document.getElementById('who');
  document.getElementById('sign-in').hidden = !!user;
  document.getElementById('sign-out').hidden = !user;
  if (user) {
    const name = user.profile.preferred_username ?? user.profile.name ?? 'signed in';
    who.innerHTML = `Signed in as <strong id="user-name">${esc(name)}</strong> <span class="role" id="user-role">${esc(role() ?? 'no role')}</span>`;
  } else {
    who.textContent = 'Not signed in';
  }
}

const signIn = () => userManager.signinRedirect({ state: location.hash || '#/countries' });
document.getElementById('sign-in').addEventListener('click', signIn);
document.getElementById('sign-out').addEventListener('click', async () => {
  await userManager.removeUser();
  await userManager.signoutRedirect({ id_token_hint: user?.id_token }).catch(() => { user = null; renderAuth(); route(); });
});
userManager.events.addUserLoaded((u) => { user = u; renderAuth(); });
userManager.events.addUserSignedOut(() => { user = null; renderAuth(); route(); });
userManager.events.addSilentRenewError(() => { /* the next request reports the expired session */ });

// ---------------------------------------------------------------- pages

function show(html, heading) {
  charts.splice(0).forEach((c) => c.destroy());
  main.innerHTML = html;
  document.title = heading ? `${heading} – TIP Monitor` : 'TIP Monitor';
}

function showError(err) {
  if (err instanceof GraphError && err.has('UNAUTHENTICATED')) {
    show(`<h1>Please sign in again</h1><p>Your session has ended.</p>
      <p><button type="button" class="primary" data-action="sign-in">Sign in</button></p>`, 'Sign in');
  } else if (err instanceof GraphError && err.has('UNAVAILABLE')) {
    show(`<h1>Unavailable right now</h1><p role="status" class="notice">The data for this page is unavailable right now; please try again in a moment.</p>`, 'Unavailable');
  } else if (err instanceof GraphError && err.has('FORBIDDEN')) {
    show(`<h1>Not allowed</h1><p role="alert">Your role may not see this page.</p>`, 'Not allowed');
  } else {
    show(`<h1>Something went wrong</h1><p role="alert">${esc(err.message)}</p>`, 'Error');
  }
}

function welcome() {
  show(`<h1>TIP Monitor</h1>
    <p>Country assessments, law-enforcement figures, victim statistics and the implementation of
    recommendations from the Trafficking in Persons reports.</p>
    <p>Sign in with your organization's account to see the data.</p>
    <p><button type="button" class="primary" data-action="sign-in">Sign in</button></p>`, null);
}

async function countriesPage(params) {
  const years = await gql('{ countries { assessments { reportYear } } }');
  const allYears = [...new Set(years.data.countries.flatMap((c) => c.assessments.map((a) => a.reportYear)))].sort((a, b) => b - a);
  const year = Number(params.get('year')) || allYears[0] || new Date().getFullYear();
  const tier = TIERS.includes(params.get('tier')) ? params.get('tier') : null;
  const region = params.get('region') || '';
  const { data } = await gql(`query($year: Int!, $tier: Tier) {
      countries(year: $year, tier: $tier) { code name region assessment(year: $year) { tier policyOrPattern } }
      all: countries { region }
      tierSummary(year: $year) { tier1 tier2 tier2WatchList tier3 specialCase }
    }`, { year, tier });
  const regions = [...new Set(data.all.map((c) => c.region).filter(Boolean))].sort();
  const rows = data.countries.filter((c) => !region || c.region === region);
  const ts = data.tierSummary;
  show(`<h1>Countries in the ${year} report</h1>
    <form class="filters" id="country-filters" aria-label="Filter countries">
      <label>Report year <select name="year">${allYears.map((y) => `<option ${y === year ? 'selected' : ''}>${y}</option>`).join('')}</select></label>
      <label>Tier <select name="tier"><option value="">All tiers</option>${TIERS.map((t) => `<option value="${t}" ${t === tier ? 'selected' : ''}>${TIER_LABEL[t]}</option>`).join('')}</select></label>
      <label>Region <select name="region"><option value="">All regions</option>${regions.map((r) => `<option ${r === region ? 'selected' : ''}>${esc(r)}</option>`).join('')}</select></label>
      <button type="submit">Show</button>
    </form>
    ${ts ? `<p class="summary">Worldwide, the ${year} report placed <strong>${ts.tier1}</strong> countries on Tier 1,
      <strong>${ts.tier2}</strong> on Tier 2, <strong>${ts.tier2WatchList}</strong> on the Tier 2 Watch List and
      <strong>${ts.tier3}</strong> on Tier 3${ts.specialCase ? `, with ${ts.specialCase} special cases` : ''}.</p>` : ''}
    <table class="data" id="countries-table">
      <caption>${rows.length} ${rows.length === 1 ? 'country' : 'countries'} monitored here${tier ? `, ${TIER_LABEL[tier]}` : ''}${region ? `, ${esc(region)}` : ''}</caption>
      <thead><tr><th scope="col">Country</th><th scope="col">Region</th><th scope="col">Tier (${year})</th><th scope="col">Policy or pattern of trafficking</th></tr></thead>
      <tbody>${rows.map((c) => `<tr>
        <th scope="row"><a href="#/country/${esc(c.code)}">${esc(c.name)}</a></th>
        <td>${esc(c.region ?? '')}</td>
        <td><span class="tier tier-${esc(c.assessment?.tier)}">${esc(TIER_LABEL[c.assessment?.tier] ?? '—')}</span></td>
        <td>${c.assessment?.policyOrPattern ? 'Yes' : 'No'}</td></tr>`).join('') || '<tr><td colspan="4">No country matches.</td></tr>'}</tbody>
    </table>`, 'Countries');
  document.getElementById('country-filters').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const q = new URLSearchParams([...f].filter(([, v]) => v));
    location.hash = `#/countries?${q}`;
  });
}

const RECOMMENDATION_FIELDS = `id reportYear pillar text status version yearsOutstanding history { status note evidenceUrl recordedAt recordedBy } ${CITATION_FIELDS}
  partnerAssessments { id state status note asOf organization { id name } }`;
const COUNTRY_QUERY = `query($code: ID!) {
  country(code: $code) {
    code name region
    assessments {
      reportYear tier policyOrPattern summary prosecutionTrend protectionTrend preventionTrend
      lawEnforcement { dataYear investigations prosecutions convictions victimsIdentified reporting note ${CITATION_FIELDS} }
      ${CITATION_FIELDS}
    }
    statistics { id metric year value upperValue unit description lowerBound reporting ${CITATION_FIELDS} }
    recruitmentPathways {
      id origin { code name } destination { code name } exploitation recruiter means sector description
      estimatedVictims lowerBound periodStart periodStartPrecision periodEnd periodEndPrecision officialComplicity ${CITATION_FIELDS}
    }
    recommendations { ${RECOMMENDATION_FIELDS} }
  }
}`;

async function countryPage(code) {
  const { data, errors } = await gql(COUNTRY_QUERY, { code });
  const c = data.country;
  if (!c) { show(`<h1>Not found</h1><p>No country with code ${esc(code)}.</p>`, 'Not found'); return; }
  const latest = c.assessments[0];
  const le = c.assessments.flatMap((a) => a.lawEnforcement.map((r) => ({ ...r, reportYear: a.reportYear })));
  show(`<p class="crumbs"><a href="#/countries">Countries</a> › ${esc(c.name)}</p>
    <h1>${esc(c.name)} <span class="muted">(${esc(c.code)})</span></h1>
    <p>${esc(c.region ?? '')}${latest ? ` · ${latest.reportYear} report: <span class="tier tier-${latest.tier}">${TIER_LABEL[latest.tier]}</span>` : ''}</p>
    ${latest?.summary ? `<p class="lead">${esc(latest.summary)}</p>` : ''}

    <section aria-labelledby="h-tiers"><h2 id="h-tiers">Tier history</h2>
      ${c.assessments.length ? `<div class="chart"><canvas id="tier-chart" role="img" aria-label="Tier by report year: ${c.assessments.map((a) => `${a.reportYear} ${TIER_LABEL[a.tier]}`).join(', ')}"></canvas></div>
      <table class="data" id="tier-table"><caption>Tier by report year</caption>
        <thead><tr><th scope="col">Report year</th><th scope="col">Tier</th><th scope="col">Prosecution</th><th scope="col">Protection</th><th scope="col">Prevention</th><th scope="col">Source, in its words</th></tr></thead>
        <tbody>${c.assessments.map((a) => `<tr><th scope="row">${a.reportYear}</th><td>${TIER_LABEL[a.tier]}</td>
          <td>${esc(title(a.prosecutionTrend) || '—')}</td><td>${esc(title(a.protectionTrend) || '—')}</td><td>${esc(title(a.preventionTrend) || '—')}</td>
          <td><details class="evidence"><summary>${a.citations.length} ${a.citations.length === 1 ? 'quote' : 'quotes'}</summary>${citationList(a.citations)}</details></td></tr>`).join('')}</tbody>
      </table>` : '<p>No assessment yet.</p>'}
    </section>

    <section aria-labelledby="h-le"><h2 id="h-le">Law enforcement</h2>
      ${le.length ? `<table class="data" id="law-enforcement"><caption>Law-enforcement figures by the year they cover</caption>
        <thead><tr><th scope="col">Year covered</th><th scope="col">Report</th><th scope="col">Investigations</th><th scope="col">Prosecutions</th>
          <th scope="col">Convictions</th><th scope="col">Victims identified</th><th scope="col">Reported by</th><th scope="col">Note and source</th></tr></thead>
        <tbody>${le.map((r) => `<tr data-year="${r.dataYear}" data-report="${r.reportYear}"><th scope="row">${r.dataYear}</th><td>${r.reportYear}</td>
          <td class="n" data-field="investigations">${num(r.investigations)}</td><td class="n" data-field="prosecutions">${num(r.prosecutions)}</td>
          <td class="n" data-field="convictions">${num(r.convictions)}</td><td class="n" data-field="victimsIdentified">${num(r.victimsIdentified)}</td>
          <td>${esc(REPORTING_LABEL[r.reporting] ?? r.reporting)}</td>
          <td>${esc(r.note ?? '')}${citationList(r.citations)}</td></tr>`).join('')}</tbody>
      </table>` : '<p>No law-enforcement figures recorded.</p>'}
    </section>

    <section aria-labelledby="h-stats"><h2 id="h-stats">Statistics</h2>
      ${unavailable(errors, 'statistics') ? '<p class="notice" role="status">Statistics are unavailable right now.</p>'
        : c.statistics.length ? `<table class="data" id="statistics"><caption>Published figures about victims and people at risk</caption>
        <thead><tr><th scope="col">Figure</th><th scope="col">Year</th><th scope="col">Value</th><th scope="col">Reported by</th><th scope="col">Source, in its words</th></tr></thead>
        <tbody>${c.statistics.map((s) => `<tr><th scope="row">${esc(s.metric)}${s.description ? `<br><span class="muted small">${esc(s.description)}</span>` : ''}</th><td>${s.year ?? '<span class="muted">not stated</span>'}</td>
          <td class="n">${s.value === null ? num(null) : `${s.lowerBound ? 'more than ' : ''}${num(s.value)}${s.upperValue != null ? `–${num(s.upperValue)}` : ''}${unit(s.unit)}`}</td>
          <td>${esc(REPORTING_LABEL[s.reporting] ?? s.reporting)}</td><td>${citationList(s.citations)}</td></tr>`).join('')}</tbody>
      </table>` : '<p>No statistics recorded.</p>'}
    </section>

    <section aria-labelledby="h-paths"><h2 id="h-paths">Recruitment pathways</h2>
      ${unavailable(errors, 'recruitmentPathways') ? '<p class="notice" role="status">Recruitment pathways are unavailable right now.</p>'
        : c.recruitmentPathways.length ? c.recruitmentPathways.map((p) => `<article class="card">
          <h3>${esc(p.origin.name)} → ${esc(p.destination.name)}${p.sector ? `: ${esc(p.sector)}` : ''}</h3>
          ${p.description ? `<p>${esc(p.description)}</p>` : ''}
          <dl class="facts">
            <dt>Recruiter</dt><dd>${esc(p.recruiter)}</dd>
            <dt>Exploitation</dt><dd>${p.exploitation.map(title).map(esc).join(', ')}</dd>
            ${p.means.length ? `<dt>Means</dt><dd>${p.means.map(esc).join('; ')}</dd>` : ''}
            <dt>Estimated victims</dt><dd>${p.estimatedVictims === null ? num(null) : `${p.lowerBound ? 'more than ' : ''}${num(p.estimatedVictims)}`}</dd>
            ${datePrecise(p.periodStart, p.periodStartPrecision) || datePrecise(p.periodEnd, p.periodEndPrecision) ? `<dt>Period</dt><dd>${esc(datePrecise(p.periodStart, p.periodStartPrecision) ?? '…')} – ${esc(datePrecise(p.periodEnd, p.periodEndPrecision) ?? 'ongoing')}</dd>` : ''}
            <dt>Official complicity reported</dt><dd>${p.officialComplicity ? 'Yes' : 'No'}</dd>
            <dt>Source, in its words</dt><dd>${citationList(p.citations)}</dd>
          </dl></article>`).join('') : '<p>No recruitment pathways recorded.</p>'}
    </section>

    <section aria-labelledby="h-recs"><h2 id="h-recs">Recommendations</h2>
      ${unavailable(errors, 'recommendations') ? '<p class="notice" role="status">Recommendations are unavailable right now.</p>'
        : c.recommendations.length ? `<div id="recommendations">${c.recommendations.map(recommendationHtml).join('')}</div>` : '<p>No recommendations recorded.</p>'}
    </section>`, c.name);

  if (c.assessments.length) tierChart(c.assessments);
}

function tierChart(assessments) {
  const points = [...assessments].sort((a, b) => a.reportYear - b.reportYear);
  const rank = (t) => TIERS.indexOf(t) + 1;
  charts.push(new Chart(document.getElementById('tier-chart'), {
    type: 'line',
    data: {
      labels: points.map((a) => String(a.reportYear)),
      datasets: [{ label: 'Tier', data: points.map((a) => rank(a.tier)), stepped: true, borderColor: '#1d4f91', backgroundColor: '#1d4f91', pointRadius: 5 }],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx) => TIER_LABEL[TIERS[ctx.parsed.y - 1]] } } },
      scales: {
        y: { reverse: true, min: 1, max: 5, ticks: { stepSize: 1, callback: (v) => TIER_LABEL[TIERS[v - 1]] ?? '' } },
        x: { title: { display: true, text: 'Report year' } },
      },
    },
  }));
}

function recommendationHtml(r) {
  const showBy = r.history.some((h) => h.recordedBy);
  const d = drafts.get(r.id) ?? {};
  return `<article class="card recommendation" id="rec-${esc(r.id)}" data-id="${esc(r.id)}" aria-labelledby="rec-h-${esc(r.id)}">
    <h3 id="rec-h-${esc(r.id)}">${esc(r.id)} <span class="muted">· ${r.reportYear ? `${r.reportYear} report` : 'undated source'} · ${esc(title(r.pillar))}</span></h3>
    <p>${esc(r.text)}</p>
    <details class="evidence"><summary>Source, in its words</summary>${citationList(r.citations)}</details>
    <p class="meta">Status: <span class="status status-${r.status}" data-status>${STATUS_LABEL[r.status]}</span>
      · version <span data-version>${r.version}</span> · made ${r.yearsOutstanding} ${r.yearsOutstanding === 1 ? 'year' : 'years in a row'}</p>
    ${partnerViewsHtml(r, { esc, STATUS_LABEL, link })}
    <div class="message" role="status" aria-live="polite"></div>
    ${r.history.length ? `<table class="data history"><caption>Implementation history of ${esc(r.id)}</caption>
      <thead><tr><th scope="col">Recorded</th><th scope="col">Status</th><th scope="col">Note</th><th scope="col">Evidence</th>${showBy ? '<th scope="col">Recorded by</th>' : ''}</tr></thead>
      <tbody>${r.history.map((h) => `<tr><td>${esc(new Date(h.recordedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }))}</td>
        <td>${STATUS_LABEL[h.status]}</td><td class="note">${esc(h.note)}</td><td>${h.evidenceUrl ? link(h.evidenceUrl, 'evidence') : '—'}</td>
        ${showBy ? `<td class="recorded-by">${esc(h.recordedBy ?? '')}</td>` : ''}</tr>`).join('')}</tbody>
    </table>` : '<p class="muted">No implementation update recorded yet.</p>'}
    ${isAdmin() ? `<details class="update" ${d.note ? 'open' : ''}><summary>Record an implementation update</summary>
      <form class="update-form" data-id="${esc(r.id)}" aria-label="Record an implementation update for ${esc(r.id)}">
      <fieldset><legend>New update for ${esc(r.id)}</legend>
        <input type="hidden" name="expectedVersion" value="${r.version}">
        <label>New status <select name="status" required>${STATUSES.map((s) => `<option value="${s}" ${(d.status ?? r.status) === s ? 'selected' : ''}>${STATUS_LABEL[s]}</option>`).join('')}</select></label>
        <label>Note <textarea name="note" rows="3" required maxlength="4000">${esc(d.note ?? '')}</textarea></label>
        <label>Evidence URL <input type="url" name="evidenceUrl" placeholder="https://…" value="${esc(d.evidenceUrl ?? '')}"></label>
        <p class="hint">Recorded against version ${r.version}.</p>
        <button type="submit" class="primary">Record update</button>
      </fieldset></form></details>` : ''}
  </article>`;
}

async function reloadRecommendation(id, countryCode) {
  const { data } = await gql(`query($country: ID) { recommendations(country: $country) { ${RECOMMENDATION_FIELDS} } }`, { country: countryCode });
  const r = data.recommendations.find((x) => x.id === id);
  const old = document.getElementById(`rec-${id}`);
  if (r && old) old.outerHTML = recommendationHtml(r);
  return document.getElementById(`rec-${id}`);
}

main.addEventListener('input', (e) => {
  const form = e.target.closest('form.update-form');
  if (!form) return;
  const f = new FormData(form);
  drafts.set(form.dataset.id, { status: f.get('status'), note: f.get('note'), evidenceUrl: f.get('evidenceUrl') });
});

main.addEventListener('submit', async (e) => {
  const form = e.target.closest('form.update-form');
  if (!form) return;
  e.preventDefault();
  const id = form.dataset.id;
  const countryCode = id.split('-')[0];
  const f = new FormData(form);
  const draft = { status: f.get('status'), note: f.get('note'), evidenceUrl: f.get('evidenceUrl') };
  drafts.set(id, draft);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  const say = (el, cls, text) => { const m = el.querySelector('.message'); m.className = `message ${cls}`; m.textContent = text; };
  try {
    const { body } = await post(
      'mutation($input: ImplementationUpdateInput!) { recordImplementationUpdate(input: $input) { id version status } }',
      { input: { recommendationId: id, status: draft.status, note: draft.note, evidenceUrl: draft.evidenceUrl || null, expectedVersion: Number(f.get('expectedVersion')) } },
    );
    const errors = body.errors ?? [];
    const code = errors[0]?.extensions?.code;
    if (!errors.length) {
      drafts.delete(id);
      const el = await reloadRecommendation(id, countryCode);
      say(el, 'ok', `Update recorded: now ${STATUS_LABEL[body.data.recordImplementationUpdate.status]}, version ${body.data.recordImplementationUpdate.version}.`);
    } else if (code === 'CONFLICT') {
      const el = await reloadRecommendation(id, countryCode); // draft kept: the typed note is still in the form
      say(el, 'conflict', 'Someone else updated this recommendation first. Its current state is shown below; your note is kept — check it and record it again.');
      el.querySelector('textarea[name=note]')?.focus();
    } else {
      const text = code === 'FORBIDDEN' ? 'You may not record implementation updates.'
        : code === 'BAD_USER_INPUT' ? `Please check the form: ${errors[0].message}`
          : code === 'UNAUTHENTICATED' ? 'Your session has ended; sign in again (your note is kept in this tab).'
            : code === 'UNAVAILABLE' ? 'Recommendations cannot be updated right now; try again later.'
              : `The update was not recorded: ${errors[0].message}`;
      say(form.closest('article'), 'error', text);
      button.disabled = false;
    }
  } catch (err) {
    say(form.closest('article'), 'error', `The update was not recorded: ${err.message}`);
    button.disabled = false;
  }
});

async function progressPage(params) {
  const year = Number(params.get('year')) || null;
  const { data } = await gql(`query($year: Int) { recommendations(year: $year) { id reportYear status country { code name } } all: recommendations { reportYear } }`, { year });
  const years = [...new Set(data.all.map((r) => r.reportYear).filter((y) => y !== null))].sort((a, b) => b - a);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const byCountry = new Map();
  for (const r of data.recommendations) {
    counts[r.status] += 1;
    const row = byCountry.get(r.country.code) ?? { name: r.country.name, code: r.country.code, ...Object.fromEntries(STATUSES.map((s) => [s, 0])) };
    row[r.status] += 1;
    byCountry.set(r.country.code, row);
  }
  const total = data.recommendations.length;
  show(`<h1>Progress of recommendations</h1>
    <form class="filters" id="progress-filters" aria-label="Filter recommendations">
      <label>Report year <select name="year"><option value="">All years</option>${years.map((y) => `<option ${y === year ? 'selected' : ''}>${y}</option>`).join('')}</select></label>
      <button type="submit">Show</button>
    </form>
    <p class="summary">${total} recommendations${year ? ` from the ${year} report` : ''}; ${counts.IMPLEMENTED} implemented.</p>
    <div class="chart"><canvas id="status-chart" role="img" aria-label="Recommendations by status: ${STATUSES.map((s) => `${STATUS_LABEL[s]} ${counts[s]}`).join(', ')}"></canvas></div>
    <table class="data" id="status-table"><caption>Recommendations by status</caption>
      <thead><tr><th scope="col">Status</th><th scope="col">Recommendations</th></tr></thead>
      <tbody>${STATUSES.map((s) => `<tr><th scope="row">${STATUS_LABEL[s]}</th><td class="n" data-status="${s}">${counts[s]}</td></tr>`).join('')}</tbody>
    </table>
    <table class="data" id="country-progress"><caption>By country</caption>
      <thead><tr><th scope="col">Country</th>${STATUSES.map((s) => `<th scope="col">${STATUS_LABEL[s]}</th>`).join('')}</tr></thead>
      <tbody>${[...byCountry.values()].sort((a, b) => a.name.localeCompare(b.name)).map((row) => `<tr><th scope="row"><a href="#/country/${esc(row.code)}">${esc(row.name)}</a></th>
        ${STATUSES.map((s) => `<td class="n">${row[s]}</td>`).join('')}</tr>`).join('')}</tbody>
    </table>`, 'Progress');
  charts.push(new Chart(document.getElementById('status-chart'), {
    type: 'bar',
    data: {
      labels: STATUSES.map((s) => STATUS_LABEL[s]),
      datasets: [{ label: 'Recommendations', data: STATUSES.map((s) => counts[s]), backgroundColor: STATUSES.map((s) => STATUS_COLOR[s]) }],
    },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  }));
  document.getElementById('progress-filters').addEventListener('submit', (e) => {
    e.preventDefault();
    const y = new FormData(e.target).get('year');
    location.hash = y ? `#/progress?year=${y}` : '#/progress';
  });
}

// ---------------------------------------------------------------- routing

/** What partners.js's pages share with this file. */
const partnerContext = () => ({ gql, post, show, esc, link, STATUSES, STATUS_LABEL });

async function route() {
  const [path, query] = (location.hash.replace(/^#/, '') || '/countries').split('?');
  const params = new URLSearchParams(query ?? '');
  const page = path.split('/')[1];
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (!user) { welcome(); return; }
  main.setAttribute('aria-busy', 'true');
  try {
    if (page === 'country' && path.split('/')[2]) await countryPage(decodeURIComponent(path.split('/')[2]));
    else if (page === 'progress') await progressPage(params);
    else if (page === 'organization') await organizationPage(partnerContext(), params.get('edit'));
    else if (page === 'review') await reviewPage(partnerContext());
    else await countriesPage(params);
  } catch (err) {
    showError(err);
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

document.addEventListener('click', (e) => {
  if (e.target.closest('[data-action="sign-in"]')) signIn();
});
window.addEventListener('hashchange', () => { route().then(() => main.focus({ preventScroll: true })); });

async function start() {
  const url = new URL(location.href);
  if (url.searchParams.has('code') && url.searchParams.has('state')) {
    try {
      const signedIn = await userManager.signinRedirectCallback();
      history.replaceState(null, '', `/${typeof signedIn.state === 'string' ? signedIn.state : '#/countries'}`);
    } catch (err) {
      history.replaceState(null, '', '/');
      console.error('sign-in failed', err);
    }
  } else if (url.searchParams.has('error')) {
    history.replaceState(null, '', '/');
  }
  user = await userManager.getUser();
  if (user?.expired) {
    user = await userManager.signinSilent().catch(() => null);
  }
  renderAuth();
  await route();
}

start();
