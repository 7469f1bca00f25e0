// Runs after the other browser tests (file order): no log of the stack (.run/logs) holds a token or a
// demo user's e-mail address or full name, though every user signed in through the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOGS = join(ROOT, '.run', 'logs');
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./;

test('no log of the stack holds a token or a demo user\'s personal data', { skip: !existsSync(LOGS) && 'no .run/logs here (stack started elsewhere)' }, () => {
  // The demo users are a demo-only import beside the realm file (deploy/keycloak.sh imports both).
  const demo = JSON.parse(readFileSync(join(ROOT, 'deploy', 'keycloak', 'demo', 'tip-monitor-demo.json'), 'utf8'));
  const personal = demo.users.flatMap((u) => [u.email, u.firstName && u.lastName ? `${u.firstName} ${u.lastName}` : null])
    .filter(Boolean);
  assert.ok(personal.includes('alice@tip-monitor.example'));
  const findings = [];
  for (const file of readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort()) {
    readFileSync(join(LOGS, file), 'latin1').split('\n').forEach((line, i) => {
      if (JWT.test(line)) findings.push(`${file}:${i + 1} a token`);
      for (const value of personal) if (line.includes(value)) findings.push(`${file}:${i + 1} '${value}'`);
    });
  }
  assert.deepEqual(findings, []);
});
