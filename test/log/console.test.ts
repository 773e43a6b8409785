// What dependencies print with console.* becomes one JSON log line per call: botbuilder's "Available keys: <PEM>"
// loses its key, an error loses its stack, and nothing long and key-like survives.
import { generateKeyPairSync } from 'node:crypto';
import { routeConsoleToLog } from '../../src/consoleLog';
import { createLogger } from '../../src/log';

const original = { ...console };
afterEach(() => Object.assign(console, original));

function captured(print: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  routeConsoleToLog(createLogger('debug', (line) => lines.push(line)));
  print();
  Object.assign(console, original);
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

it("turns botbuilder's rejected-token message into one JSON line without the key", () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const [line] = captured(() => console.error(`Error finding key for token. Available keys: ${pem}`));
  expect(line).toMatchObject({ level: 'error', event: 'console', source: 'dependency' });
  expect(String(line.detail)).toBe('Error finding key for token. Available keys: [key removed]');
});

it('keeps an error to its name and message', () => {
  const error = new Error('jwt expired');
  error.name = 'TokenExpiredError';
  const [line] = captured(() => console.error(error));
  expect(line.detail).toBe('TokenExpiredError: jwt expired');
  expect(JSON.stringify(line)).not.toContain(' at ');
});

it('removes stack frames and long key-like runs from any text, and caps its length', () => {
  const [first, second] = captured(() => {
    console.warn('failed\n    at verify (/app/node_modules/jsonwebtoken/verify.js:1:1)\n    at next (x.js:2:2)', 'x5c=' + 'A'.repeat(300));
    console.log('y'.repeat(2000));
  });
  expect(first).toMatchObject({ level: 'warn', detail: 'failed [removed]' });
  expect(String(second.detail).length).toBeLessThanOrEqual(401);
});
