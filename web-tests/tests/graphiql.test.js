// GraphiQL at /q/graphql-ui: a browser without a session is sent to the Keycloak login page; after
// signing in, GraphiQL renders (under its own Content-Security-Policy) and runs a query with the session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, fillKeycloakLogin, openBrowser, screenshot } from './browser.js';

test('alice signs in to GraphiQL through Keycloak and runs a query', async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    const query = '{ countries(tier: TIER_3, year: 2025) { code name } }';
    await page.goto(`${BASE_URL}/q/graphql-ui/?query=${encodeURIComponent(query)}`);
    await page.waitForURL((url) => url.port === '8180' || url.pathname.includes('/realms/'));
    await fillKeycloakLogin(page, 'alice');
    const [callback] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${BASE_URL}/q/graphql-ui`) && r.url().includes('code=')),
      page.locator('#kc-login').click(),
    ]);
    assert.notEqual(callback.status(), 401, 'the sign-in callback is accepted');
    await page.waitForURL((url) => url.origin === BASE_URL && url.pathname.startsWith('/q/graphql-ui')
      && !url.searchParams.has('code'));
    // GraphiQL's own page, rendered: its editor and its run button.
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor();
    const answer = page.waitForResponse((r) => r.url() === `${BASE_URL}/graphql` && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('TIER_3'));
    await run.click();
    const json = await (await answer).json();
    assert.equal(json.errors, undefined, JSON.stringify(json.errors));
    assert.deepEqual(json.data.countries.map((c) => c.code).sort(), ['CUB', 'RUS']);
    await page.locator('.graphiql-response', { hasText: 'Cuba' }).waitFor();
    await screenshot(page, 'graphiql');
    assert.deepEqual(b.problems.filter((p) => !p.startsWith('CSP')), []);
  } finally {
    await b.close();
  }
});
