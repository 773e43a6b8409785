// Prints the JSON size of every sample card (every card kind, both locales) against Teams' 28 KB limit.
// Run: node bin/run.js scripts/card-sizes
import { sampleCards } from '../src/cards';

const LIMIT = 28 * 1024;
const rows = sampleCards().map((s) => ({ locale: s.locale, card: s.name, bytes: Buffer.byteLength(JSON.stringify(s.card), 'utf8') }));
const width = Math.max(...rows.map((r) => r.card.length));
for (const r of rows) console.log(`${r.locale.padEnd(5)}  ${r.card.padEnd(width)}  ${String(r.bytes).padStart(6)} B`);
const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
console.log(`\n${rows.length} cards; largest ${largest.bytes} B (${largest.locale} ${largest.card}), limit ${LIMIT} B`);
if (largest.bytes >= LIMIT) process.exitCode = 1;
