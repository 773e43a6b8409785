// Wrapping labels without a font engine: Latin at spaces, Chinese between characters, never a line that starts
// with closing punctuation.
import { escapeXml, textWidth, wrapText } from '../../src/diagram/text';

test('Latin text breaks at spaces and keeps every word', () => {
  const lines = wrapText('On-premises conferencing server', 120, 12);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe('On-premises conferencing server');
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
});

test('Chinese text breaks between characters, and a comma stays with the character before it', () => {
  const text = '使用者・訊號：本地（留在您的網路內），前往內部部署的前端伺服器';
  const lines = wrapText(text, 100, 10);
  expect(lines.join('')).toBe(text);
  for (const line of lines) expect(line).not.toMatch(/^[，、。：；）]/);
  expect(lines.length).toBeGreaterThan(2);
});

test('a word wider than the line stays whole on its own line', () => {
  expect(wrapText('ExpressRoute', 20, 12)).toEqual(['ExpressRoute']);
});

test('a wide character counts a full em, a Latin one less', () => {
  expect(textWidth('網路', 10)).toBe(20);
  expect(textWidth('ab', 10)).toBeLessThan(20);
});

test('markup in a label is escaped', () => {
  expect(escapeXml(`<a href="x">O'Neil & co</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;O&#39;Neil &#38; co&#60;/a&#62;');
});
