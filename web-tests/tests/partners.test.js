// Partner organizations in the browser (issue 12): carol (Freedom Network) writes a draft of her
// organization's view of a recommendation and submits it; dave (Safe Passage Alliance) does not see it;
// alice (admin) publishes it from the review queue; then dave sees it, named, beside the official status
// on the recommendation. The assessment goes to CUB-2025-07; every run adds one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, signIn, screenshot } from './browser.js';

const run = `${Date.now().toString(36)}`;
const note = `browser ${run}: the decree on shelters is in force in two provinces`;
const RECOMMENDATION = 'CUB-2025-07';
let carol; let alice; let dave;

before(async () => {
  const res = await fetch(`${BASE_URL}/q/health/ready`).catch((e) => ({ ok: false, statusText: e.message }));
  assert.ok(res.ok, `the gateway is not ready at ${BASE_URL}; start the stack with deploy/run.sh`);
});
after(async () => {
  for (const b of [carol, alice, dave]) await b?.close();
});

async function open(page, hash, heading) {
  await page.goto('about:blank');
  await page.goto(`${BASE_URL}/${hash}`);
  await page.locator('h1', { hasText: heading }).waitFor();
  await page.locator('main[aria-busy="false"]').waitFor();
}

const mine = (page) => page.locator('article.assessment', { hasText: note });

test('carol writes a draft for Freedom Network and submits it for review', async () => {
  carol = await openBrowser();
  const { page } = carol;
  await signIn(page, 'carol');
  await open(page, '#/organization', 'Freedom Network');
  const form = page.locator('#assessment-form');
  await form.locator('select[name=recommendationId]').selectOption(RECOMMENDATION);
  await form.locator('select[name=status]').selectOption('PARTIALLY_IMPLEMENTED');
  await form.locator('textarea[name=note]').fill(note);
  await form.locator('textarea[name=evidenceUrls]').fill('https://freedom.example/shelters');
  await form.locator('button[type=submit]').click();
  await page.locator('#state-DRAFT article.assessment', { hasText: note }).waitFor();
  await mine(page).locator('[data-action="submit-assessment"]').click();
  await page.locator('#state-SUBMITTED article.assessment', { hasText: note }).waitFor();
  assert.equal(await page.locator('#state-DRAFT article.assessment', { hasText: note }).count(), 0);
  await screenshot(page, 'organization-page');
  assert.deepEqual(carol.problems, []);
});

test("dave (another organization) does not see Freedom Network's submitted assessment", async () => {
  dave = await openBrowser();
  const { page } = dave;
  await signIn(page, 'dave');
  await open(page, '#/organization', 'Safe Passage Alliance');
  assert.equal(await page.locator('article.assessment', { hasText: note }).count(), 0);
  await open(page, '#/country/CUB', 'Cuba');
  assert.equal(await page.locator('.partner-view', { hasText: note }).count(), 0);
  assert.deepEqual(dave.problems, []);
});

test('alice (admin) publishes it from the review queue', async () => {
  alice = await openBrowser();
  const { page } = alice;
  await signIn(page, 'alice');
  await open(page, '#/review', 'Review of partner assessments');
  const item = page.locator('#review-queue article.assessment', { hasText: note });
  await item.waitFor();
  assert.match(await item.textContent(), /Freedom Network/);
  await item.locator('[data-action="publish"]').click();
  await page.locator('.message.ok', { hasText: 'published' }).waitFor();
  assert.equal(await page.locator('#review-queue article.assessment', { hasText: note }).count(), 0);
  await screenshot(page, 'review-queue');
  assert.deepEqual(alice.problems, []);
});

test('dave now sees the published view, named, beside the official status', async () => {
  const { page } = dave;
  await open(page, '#/country/CUB', 'Cuba');
  const view = page.locator(`article.recommendation[data-id="${RECOMMENDATION}"] .partner-view`, { hasText: note });
  await view.waitFor();
  assert.match(await view.textContent(), /Freedom Network/);
  assert.match(await page.locator(`article.recommendation[data-id="${RECOMMENDATION}"] .partner-views h4`).textContent(), /official status/);
  await screenshot(page, 'partner-view', page.locator(`article.recommendation[data-id="${RECOMMENDATION}"]`));
  assert.deepEqual(dave.problems, []);
});
