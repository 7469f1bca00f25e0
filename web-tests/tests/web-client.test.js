// The web client in a real browser against the running stack (gateway, Keycloak, services): each
// role sees what it may, an admin records an implementation update, a stale version is shown as a
// conflict without losing the typed note, partners can neither see the form nor call the mutation.
// Updates go to CUB-2025-05 and -06 (the e2e suite uses -01 and -03); every run adds to their history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, signIn, accessToken, graphql, screenshot } from './browser.js';

const RECORD = `mutation($input: ImplementationUpdateInput!) {
  recordImplementationUpdate(input: $input) { id version status history { note } } }`;
const run = `${Date.now().toString(36)}`; // tells this run's notes apart from earlier runs'

let alice; let bob; let carol;
before(async () => {
  const res = await fetch(`${BASE_URL}/q/health/ready`).catch((e) => ({ ok: false, statusText: e.message }));
  assert.ok(res.ok, `the gateway is not ready at ${BASE_URL} (${res.status ?? res.statusText}); start the stack with deploy/run.sh`);
});
after(async () => {
  for (const b of [alice, bob, carol]) await b?.close();
});

async function open(page, hash, heading) {
  await page.goto('about:blank'); // a full load each time, even when only the hash would change
  await page.goto(`${BASE_URL}/${hash}`);
  await page.locator('h1', { hasText: heading }).waitFor();
  await page.locator('main[aria-busy="false"]').waitFor();
}

/** The recommendation card, e.g. CUB-2025-03, on the open country page. */
const card = (page, id) => page.locator(`article.recommendation[data-id="${id}"]`);

test('the page is public and offers sign-in; data needs a token', async () => {
  const b = await openBrowser();
  try {
    await b.page.goto(`${BASE_URL}/`);
    await b.page.locator('h1', { hasText: 'TIP Monitor' }).waitFor();
    assert.equal(await b.page.locator('#who').textContent(), 'Not signed in');
    assert.ok(await b.page.locator('#sign-in').isVisible());
    assert.equal(await b.page.locator('table').count(), 0, 'no data without signing in');
    await screenshot(b.page, 'signed-out');
    const answer = await b.page.evaluate(async () => (await fetch('/graphql', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ countries { code } }' }),
    })).json());
    assert.equal(answer.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('alice (admin) signs in through Keycloak and sees her name, role and the countries of a report year', async () => {
  alice = await openBrowser();
  const { page } = alice;
  await page.goto(`${BASE_URL}/`);
  await page.locator('#sign-in').click();
  await page.locator('#username').waitFor();
  await screenshot(page, 'keycloak-login');
  await signIn(page, 'alice');
  assert.equal(await page.locator('#user-role').textContent(), 'admin');
  await page.locator('#countries-table').waitFor();
  await screenshot(page, 'countries');

  // Filter: Tier 3 in the newest report year lists Russia and Cuba, not the United States (Tier 1).
  await page.locator('#country-filters select[name=tier]').selectOption('TIER_3');
  await page.locator('#country-filters button[type=submit]').click();
  await page.locator('#countries-table caption', { hasText: 'Tier 3' }).waitFor();
  const names = await page.locator('#countries-table tbody th').allTextContents();
  assert.ok(names.includes('Russia') && names.includes('Cuba'), names.join(', '));
  assert.ok(!names.includes('United States'), names.join(', '));
  // Region filter on top: Europe leaves Russia only.
  await page.locator('#country-filters select[name=region]').selectOption('Europe');
  await page.locator('#country-filters button[type=submit]').click();
  await page.locator('#countries-table caption', { hasText: 'Europe' }).waitFor();
  assert.deepEqual(await page.locator('#countries-table tbody th').allTextContents(), ['Russia']);
  assert.deepEqual(alice.problems, []);
});

test("Cuba's country page: 19 convictions in 2023, a tier history chart, statistics or a clear outage notice", async () => {
  const { page } = alice;
  await open(page, '#/country/CUB', 'Cuba');
  const row2023 = page.locator('#law-enforcement tbody tr[data-year="2023"]');
  assert.equal((await row2023.locator('[data-field=convictions]').textContent()).trim(), '19');
  assert.equal(await page.locator('#tier-chart').count(), 1);
  assert.match(await page.locator('#tier-table tbody').textContent(), /2025\s*Tier 3/);
  // victim-service may be down: then the page says so instead of showing empty tables.
  const stats = await page.locator('#statistics, section:has(#h-stats) .notice').first().textContent();
  assert.ok(stats.includes('unavailable right now') || stats.length > 0);
  assert.ok(await page.locator('#recommendations article').count() > 0);
});

test('a service outage shows "unavailable right now" instead of empty statistics', async () => {
  const { page } = alice;
  // The gateway's partial answer when victim-service is down: empty lists and UNAVAILABLE errors.
  await page.route('**/graphql', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    if (json.data?.country?.statistics) {
      json.data.country.statistics = [];
      json.data.country.recruitmentPathways = [];
      json.errors = ['statistics', 'recruitmentPathways'].map((field) => ({
        message: 'victim-service is unavailable; its fields are left empty',
        path: ['country', field], extensions: { code: 'UNAVAILABLE' },
      }));
    }
    await route.fulfill({ response, json });
  });
  try {
    await open(page, '#/country/CUB', 'Cuba');
    const notices = await page.locator('section .notice').allTextContents();
    assert.deepEqual(notices, ['Statistics are unavailable right now.', 'Recruitment pathways are unavailable right now.']);
    assert.equal(await page.locator('#statistics').count(), 0);
    assert.equal((await page.locator('#law-enforcement tbody tr[data-year="2023"] [data-field=convictions]').textContent()).trim(), '19',
      'the rest of the page is still shown');
    await page.locator('#h-stats').evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'statistics-unavailable');
  } finally {
    await page.unroute('**/graphql');
  }
});

test('alice records an implementation update and it appears in the history, with her name', async () => {
  const { page } = alice;
  await open(page, '#/country/CUB', 'Cuba');
  const rec = card(page, 'CUB-2025-05');
  const before = Number(await rec.locator('[data-version]').textContent());
  await rec.locator('summary', { hasText: 'Record an implementation update' }).click();
  const note = `Web test ${run}: ministry published a draft contract template.`;
  await rec.locator('select[name=status]').selectOption('IN_PROGRESS');
  await rec.getByLabel('Note').fill(note);
  await rec.getByLabel('Evidence URL').fill('https://example.org/evidence/contract-template');
  await rec.getByRole('button', { name: 'Record update' }).click();
  const updated = card(page, 'CUB-2025-05');
  await updated.locator('.message.ok').waitFor();
  assert.equal(Number(await updated.locator('[data-version]').textContent()), before + 1);
  assert.equal(await updated.locator('[data-status]').textContent(), 'In progress');
  const entry = updated.locator('table.history tbody tr', { hasText: note });
  assert.equal(await entry.count(), 1);
  assert.equal(await entry.locator('.recorded-by').textContent(), 'alice');
  await screenshot(page, 'recommendation-update', updated);
  await open(page, '#/country/CUB', 'Cuba');
  await screenshot(page, 'country-cuba');
  assert.deepEqual(alice.problems, []);
});

test('a stale version shows the conflict, reloads the current state and keeps the typed note', async () => {
  const { page } = alice;
  await open(page, '#/country/CUB', 'Cuba');
  const rec = card(page, 'CUB-2025-06');
  const shown = Number(await rec.locator('[data-version]').textContent());
  // Someone else records an update first, against the same version.
  const other = await graphql(page, await accessToken(page), RECORD, {
    input: { recommendationId: 'CUB-2025-06', status: 'IN_PROGRESS', note: `Concurrent update ${run}`, expectedVersion: shown },
  });
  assert.equal(other.errors, undefined, JSON.stringify(other.errors));
  // Alice, still looking at the old version, types her note and submits.
  await rec.locator('summary', { hasText: 'Record an implementation update' }).click();
  const note = `Web test ${run}: labour inspectors trained (typed before the conflict).`;
  await rec.locator('select[name=status]').selectOption('PARTIALLY_IMPLEMENTED');
  await rec.getByLabel('Note').fill(note);
  await rec.getByRole('button', { name: 'Record update' }).click();
  const after = card(page, 'CUB-2025-06');
  const message = after.locator('.message.conflict');
  await message.waitFor();
  assert.match(await message.textContent(), /someone else updated this recommendation first/i);
  assert.equal(Number(await after.locator('[data-version]').textContent()), shown + 1, 'the current version is shown');
  assert.equal(await after.locator('table.history tbody tr', { hasText: `Concurrent update ${run}` }).count(), 1, 'the current history is shown');
  assert.equal(await after.getByLabel('Note').inputValue(), note, 'the typed note is kept');
  assert.equal(await after.locator('select[name=status]').inputValue(), 'PARTIALLY_IMPLEMENTED');
  await screenshot(page, 'conflict', after);
  // Submitting again records it against the current version.
  await after.getByRole('button', { name: 'Record update' }).click();
  const done = card(page, 'CUB-2025-06');
  await done.locator('.message.ok').waitFor();
  assert.equal(await done.locator('table.history tbody tr', { hasText: note }).count(), 1);
  assert.equal(Number(await done.locator('[data-version]').textContent()), shown + 2);
});

test('the progress view counts recommendations by status, with a chart', async () => {
  const { page } = alice;
  await open(page, '#/progress', 'Progress of recommendations');
  assert.equal(await page.locator('#status-chart').count(), 1);
  const counts = await page.locator('#status-table td[data-status]').allTextContents();
  assert.equal(counts.length, 5);
  assert.ok(Number(await page.locator('#status-table td[data-status=IN_PROGRESS]').textContent()) >= 1);
  await screenshot(page, 'progress');
});

/** A new browser signed in as `user`, checked to hold `role`, on Cuba's page. */
async function signedInOnCuba(user, role) {
  const session = await openBrowser();
  await signIn(session.page, user);
  assert.equal(await session.page.locator('#user-role').textContent(), role);
  await open(session.page, '#/country/CUB', 'Cuba');
  return session;
}

test('bob (analyst) sees who recorded each update but no form', async () => {
  bob = await signedInOnCuba('bob', 'analyst');
  const { page } = bob;
  assert.equal(await page.locator('form.update-form, details.update').count(), 0);
  const rec = card(page, 'CUB-2025-05');
  assert.ok(await rec.locator('th', { hasText: 'Recorded by' }).count() === 1);
  assert.ok((await rec.locator('.recorded-by').allTextContents()).includes('alice'));
  assert.deepEqual(bob.problems, []);
});

test('a refused token is renewed once (refresh token) and the request retried', async () => {
  const { page } = bob;
  const before = await accessToken(page);
  await page.route('**/graphql', (route) => route.fulfill({ status: 401, body: '' }), { times: 1 });
  await open(page, '#/progress', 'Progress of recommendations');
  await page.locator('#status-table').waitFor();
  const after = await accessToken(page);
  assert.ok(after && after !== before, 'a new access token');
  assert.equal(await page.locator('#user-name').textContent(), 'bob');
});

test('Russia: figures that were not reported show as "not reported", never 0', async () => {
  const { page } = bob;
  await open(page, '#/country/RUS', 'Russia');
  // The 2024 report's figures for 2023: the government reported none of the four (NOT_REPORTED).
  const row = page.locator('#law-enforcement tbody tr[data-year="2023"]');
  assert.equal(await row.count(), 1);
  for (const field of ['investigations', 'prosecutions', 'convictions', 'victimsIdentified']) {
    assert.equal((await row.locator(`[data-field=${field}]`).textContent()).trim(), 'not reported', field);
  }
  assert.equal(await page.locator('#law-enforcement td.n', { hasText: /^0$/ }).count(), 0);
  await page.locator('#h-le').evaluate((h) => h.scrollIntoView());
  await screenshot(page, 'country-russia');
});

test('every statistic and pathway shows its source in its words, next to the figure', async () => {
  const { page } = bob;
  await open(page, '#/country/CUB', 'Cuba');
  const rows = page.locator('#statistics tbody tr');
  const n = await rows.count();
  assert.ok(n > 0);
  for (let i = 0; i < n; i++) {
    const quote = (await rows.nth(i).locator('blockquote.quote').first().textContent()).trim();
    assert.ok(quote.length > 10, `statistic ${i} has a quote`);
  }
  const cards = page.locator('section[aria-labelledby=h-paths] article.card');
  for (let i = 0; i < await cards.count(); i++) {
    assert.ok(await cards.nth(i).locator('blockquote.quote').count() >= 1, `pathway ${i} has a quote`);
  }
  await page.locator('#statistics').evaluate((t) => t.scrollIntoView());
  await screenshot(page, 'statistics-quotes');
});

test('carol (partner) sees neither the form nor who recorded updates, and the mutation is FORBIDDEN', async () => {
  carol = await signedInOnCuba('carol', 'partner');
  const { page } = carol;
  const rec = card(page, 'CUB-2025-05');
  assert.ok(await rec.locator('table.history tbody tr').count() >= 1, 'partners see the history itself');
  assert.equal(await page.locator('form.update-form, details.update').count(), 0);
  assert.equal(await page.locator('th', { hasText: 'Recorded by' }).count(), 0);
  assert.equal(await page.locator('.recorded-by').count(), 0);
  assert.doesNotMatch(await page.locator('main').textContent(), /\balice\b/);
  await screenshot(page, 'recommendation-partner', rec);

  const version = Number(await rec.locator('[data-version]').textContent());
  const answer = await graphql(page, await accessToken(page), RECORD, {
    input: { recommendationId: 'CUB-2025-05', status: 'IMPLEMENTED', note: 'partner attempt', expectedVersion: version },
  });
  assert.equal(answer.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(answer));
  await page.reload();
  await page.locator('h1', { hasText: 'Cuba' }).waitFor();
  assert.equal(Number(await card(page, 'CUB-2025-05').locator('[data-version]').textContent()), version, 'nothing was recorded');
  assert.deepEqual(carol.problems, []);
});

test('sign-out ends the session and hides the data', async () => {
  const { page } = carol;
  await page.locator('#sign-out').click();
  await page.waitForURL((url) => url.origin === BASE_URL);
  await page.locator('#who', { hasText: 'Not signed in' }).waitFor();
  assert.equal(await page.locator('table').count(), 0);
});
