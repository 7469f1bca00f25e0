// Partner organizations in the web client (issue 12): the organization page (its drafts, submitted,
// returned and published assessments; create, edit, submit), the admins' review queue (publish, or
// return with a reason), and the published partner views shown beside a recommendation's official
// status. app.js hands in what it shares (the GraphQL helpers, escaping, labels), so this file has no
// state of its own beyond its page.

const STATES = ['DRAFT', 'RETURNED', 'SUBMITTED', 'PUBLISHED'];
const STATE_LABEL = { DRAFT: 'Drafts', RETURNED: 'Returned to you', SUBMITTED: 'Submitted for review', PUBLISHED: 'Published' };
const FIELDS = 'id state status note evidenceUrls asOf version returnReason submittedAt publishedAt organization { id name } recommendation { id text status }';

/** The published partner views of one recommendation, beside its official status (app.js's card). */
export function partnerViewsHtml(r, { esc, STATUS_LABEL, link }) {
  const published = (r.partnerAssessments ?? []).filter((a) => a.state === 'PUBLISHED');
  if (!published.length) return '';
  return `<section class="partner-views" aria-label="Partner views of ${esc(r.id)}">
    <h4>Partner organizations' views <span class="muted">(beside the official status: ${esc(STATUS_LABEL[r.status])})</span></h4>
    <ul>${published.map((a) => `<li class="partner-view" data-organization="${esc(a.organization.id)}">
      <strong>${esc(a.organization.name)}</strong>: <span class="status status-${esc(a.status)}">${esc(STATUS_LABEL[a.status])}</span>
      as of ${esc(a.asOf)} — <span class="note">${esc(a.note)}</span>
      ${(a.evidenceUrls ?? []).map((u) => link(u, 'evidence')).join(' ')}</li>`).join('')}</ul>
  </section>`;
}

function formHtml(a, recommendations, { esc, STATUSES, STATUS_LABEL }) {
  const today = new Date().toISOString().slice(0, 10);
  return `<form id="assessment-form" class="assessment-form" aria-label="${a ? `Edit assessment ${esc(a.id)}` : 'New assessment'}">
    <fieldset><legend>${a ? `Edit assessment ${esc(a.id)} (version ${a.version})` : 'New assessment'}</legend>
      ${a ? `<input type="hidden" name="id" value="${esc(a.id)}"><input type="hidden" name="expectedVersion" value="${a.version}">` : ''}
      <label>Recommendation <select name="recommendationId" required ${a ? 'disabled' : ''}>
        ${recommendations.map((r) => `<option value="${esc(r.id)}" ${a?.recommendation.id === r.id ? 'selected' : ''}>${esc(r.id)} — ${esc(r.text.slice(0, 80))}</option>`).join('')}
      </select></label>
      <label>Your view of its status <select name="status" required>${STATUSES.map((s) => `<option value="${s}" ${a?.status === s ? 'selected' : ''}>${esc(STATUS_LABEL[s])}</option>`).join('')}</select></label>
      <label>Note <textarea name="note" rows="3" required maxlength="4000">${esc(a?.note ?? '')}</textarea></label>
      <label>Evidence links, one per line <textarea name="evidenceUrls" rows="2" placeholder="https://…">${esc((a?.evidenceUrls ?? []).join('\n'))}</textarea></label>
      <label>As of <input type="date" name="asOf" required max="${today}" value="${esc(a?.asOf ?? today)}"></label>
      <button type="submit" class="primary">${a ? 'Save changes' : 'Save draft'}</button>
    </fieldset>
    <div class="message" role="status" aria-live="polite"></div>
  </form>`;
}

function assessmentHtml(a, { esc, STATUS_LABEL, link }, actions) {
  return `<article class="card assessment" id="assessment-${esc(a.id)}" data-id="${esc(a.id)}" data-state="${esc(a.state)}" data-version="${a.version}">
    <h3>${esc(a.recommendation.id)} <span class="muted">· ${esc(a.organization.name)} · version ${a.version}</span></h3>
    <p class="muted">${esc(a.recommendation.text)}</p>
    <p class="meta">Official status: <span class="status status-${esc(a.recommendation.status)}">${esc(STATUS_LABEL[a.recommendation.status])}</span>
      · partner view: <span class="status status-${esc(a.status)}" data-status>${esc(STATUS_LABEL[a.status])}</span> as of ${esc(a.asOf)}</p>
    <p class="note">${esc(a.note)}</p>
    ${a.evidenceUrls.length ? `<p>${a.evidenceUrls.map((u) => link(u, 'evidence')).join(' · ')}</p>` : ''}
    ${a.returnReason ? `<p class="notice return-reason">Returned: ${esc(a.returnReason)}</p>` : ''}
    ${actions}
    <div class="message" role="status" aria-live="polite"></div>
  </article>`;
}

const say = (el, cls, text) => { const m = el.querySelector('.message'); if (m) { m.className = `message ${cls}`; m.textContent = text; } };

function explain(errors) {
  const e = errors[0];
  const code = e?.extensions?.code;
  return code === 'CONFLICT' ? `Someone changed it first, or it can no longer change: ${e.message}`
    : code === 'BAD_USER_INPUT' ? `Please check the form: ${e.message}`
      : code === 'FORBIDDEN' ? `Not allowed: ${e.message}`
        : e?.message ?? 'failed';
}

/** #/organization: the signed-in member's organization and its assessments by state. */
export async function organizationPage(ctx, editId = null) {
  const { gql, post, show, esc } = ctx;
  const { data } = await gql(`{ myOrganization { id name } recommendations { id text } }`);
  const org = data.myOrganization;
  if (!org) {
    show('<h1>My organization</h1><p class="notice">You belong to no partner organization.</p>', 'My organization');
    return;
  }
  const { data: mine } = await gql(`query($org: ID) { partnerAssessments(organization: $org) { ${FIELDS} } }`, { org: org.id });
  const list = mine.partnerAssessments;
  const editing = list.find((a) => a.id === editId && (a.state === 'DRAFT' || a.state === 'RETURNED')) ?? null;
  const actions = (a) => (a.state === 'DRAFT' || a.state === 'RETURNED'
    ? `<p><a href="#/organization?edit=${esc(a.id)}" class="edit">Edit</a>
       <button type="button" class="primary" data-action="submit-assessment" data-id="${esc(a.id)}" data-version="${a.version}">Submit for review</button></p>` : '');
  show(`<h1 id="organization-name">${esc(org.name)}</h1>
    <p class="muted">Your organization's own views of how far recommendations have been implemented. Drafts, submitted and
    returned ones are seen only by your organization and by the monitor's admins and analysts; published ones by every partner.</p>
    ${formHtml(editing, data.recommendations, ctx)}
    ${STATES.map((s) => {
    const of = list.filter((a) => a.state === s);
    return `<section id="state-${s}" aria-labelledby="h-${s}"><h2 id="h-${s}">${STATE_LABEL[s]} (${of.length})</h2>
      ${of.length ? of.map((a) => assessmentHtml(a, ctx, actions(a))).join('') : '<p class="muted">None.</p>'}</section>`;
  }).join('')}`, 'My organization');

  const main = document.getElementById('main');
  document.getElementById('assessment-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    const f = new FormData(form);
    const id = f.get('id');
    const input = {
      recommendationId: id ? editing.recommendation.id : f.get('recommendationId'),
      status: f.get('status'),
      note: f.get('note'),
      evidenceUrls: String(f.get('evidenceUrls') ?? '').split('\n').map((u) => u.trim()).filter(Boolean),
      asOf: f.get('asOf'),
    };
    const { body } = await post(`mutation($id: ID, $v: Int, $input: PartnerAssessmentInput!) {
      savePartnerAssessment(id: $id, expectedVersion: $v, input: $input) { id state version } }`,
    { id: id || null, v: id ? Number(f.get('expectedVersion')) : null, input });
    if (body.errors?.length) { say(form, 'error', explain(body.errors)); return; }
    location.hash = '#/organization';
    await organizationPage(ctx);
    say(document.getElementById('assessment-form'), 'ok', `Saved: assessment ${body.data.savePartnerAssessment.id}, ${body.data.savePartnerAssessment.state.toLowerCase()}.`);
  });
  main.querySelectorAll('[data-action="submit-assessment"]').forEach((button) => button.addEventListener('click', async () => {
    const { body } = await post('mutation($id: ID!, $v: Int!) { submitPartnerAssessment(id: $id, expectedVersion: $v) { id state } }',
      { id: button.dataset.id, v: Number(button.dataset.version) });
    if (body.errors?.length) { say(button.closest('article'), 'error', explain(body.errors)); return; }
    await organizationPage(ctx);
  }));
}

/** #/review: admins publish or return submitted assessments. */
export async function reviewPage(ctx) {
  const { gql, post, show, esc } = ctx;
  const { data } = await gql(`{ partnerAssessments(state: SUBMITTED) { ${FIELDS} } }`);
  const queue = data.partnerAssessments;
  show(`<h1>Review of partner assessments</h1>
    <p class="muted">Submitted by partner organizations. Publishing shows an assessment to every partner with the
    organization's name, beside the official status; it cannot change afterwards. Returning sends it back with your reason.</p>
    <section id="review-queue" aria-label="Submitted assessments">
    ${queue.length ? queue.map((a) => assessmentHtml(a, ctx, `<form class="review-form" data-id="${esc(a.id)}" data-version="${a.version}" aria-label="Review assessment ${esc(a.id)}">
        <button type="button" class="primary" data-action="publish">Publish</button>
        <label>Reason to return <input type="text" name="reason" maxlength="2000"></label>
        <button type="submit" data-action="return">Return with reason</button></form>`)).join('')
    : '<p class="muted" id="queue-empty">Nothing waits for review.</p>'}</section>`, 'Review');
  document.querySelectorAll('form.review-form').forEach((form) => {
    const act = async (mutation, variables) => {
      const { body } = await post(mutation, variables);
      if (body.errors?.length) { say(form.closest('article'), 'error', explain(body.errors)); return; }
      await reviewPage(ctx);
      const m = document.querySelector('#review-queue');
      m.insertAdjacentHTML('beforebegin', `<p class="message ok" role="status">Assessment ${esc(variables.id)} ${mutation.includes('publish') ? 'published' : 'returned'}.</p>`);
    };
    form.querySelector('[data-action="publish"]').addEventListener('click', () => act(
      'mutation($id: ID!, $v: Int!) { publishPartnerAssessment(id: $id, expectedVersion: $v) { id state } }',
      { id: form.dataset.id, v: Number(form.dataset.version) }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = new FormData(form).get('reason');
      if (!String(reason ?? '').trim()) { say(form.closest('article'), 'error', 'Please say why you return it.'); return; }
      act('mutation($id: ID!, $v: Int!, $reason: String!) { returnPartnerAssessment(id: $id, expectedVersion: $v, reason: $reason) { id state } }',
        { id: form.dataset.id, v: Number(form.dataset.version), reason });
    });
  });
}
