// Shared helpers: a fresh headless Debian Chromium per user, sign-in through the real Keycloak login page.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.TIP_WEB_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = process.env.TIP_SCREENSHOTS
  ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser of its own (fresh --user-data-dir) with one page. Call close() when done. */
export async function openBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'tip-web-test-'));
  // launchPersistentContext passes the directory as --user-data-dir.
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, locale: 'en-GB',
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A script, style or connection the Content-Security-Policy blocks is a problem of the page.
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`); });
  return {
    page,
    problems,
    async close() { await context.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/**
 * Fills Keycloak's login form, leaving the final "Sign In" click to the caller (who waits for its own
 * callback). With Keycloak Organizations on, the login asks for the user name first (identity-first), then
 * for the password on a second form.
 */
export async function fillKeycloakLogin(page, username, password = username) {
  await page.locator('#username').fill(username);
  if (!(await page.locator('#password').isVisible())) {
    await page.locator('#kc-login').click();
  }
  await page.locator('#password').fill(password);
}

/** Signs in from the web client's own button through the Keycloak login form. */
export async function signIn(page, username, password = username) {
  await page.goto(`${BASE_URL}/`);
  await page.locator('#sign-in').click();
  await page.waitForURL((url) => url.port === '8180' || url.pathname.includes('/realms/'));
  await fillKeycloakLogin(page, username, password);
  await Promise.all([
    page.waitForURL((url) => url.origin === BASE_URL && !url.searchParams.has('code')),
    page.locator('#kc-login').click(),
  ]);
  await page.locator('#user-name', { hasText: username }).waitFor();
}

/** The signed-in user's access token, as oidc-client-ts keeps it in session storage. */
export async function accessToken(page) {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
  });
}

/** A GraphQL call from inside the page (same origin), with the given token. */
export async function graphql(page, token, query, variables = {}) {
  return page.evaluate(async ({ token, query, variables }) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  }, { token, query, variables });
}

/** Waits for the page to finish loading its data (main[aria-busy=false]). */
export async function settled(page) {
  await page.locator('main[aria-busy="false"]').waitFor();
}

/** Saves docs/screenshots/<name>.png: what the window shows, or one element of the page. */
export async function screenshot(page, name, element = null) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path });
}
