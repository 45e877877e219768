// Throughput of the domain rules on the real seed report: run with `pnpm --filter @cchc/domain bench`
// (after a build). Prints a Markdown table for docs/benchmarks.md.
import {
  SNGV_M9_2020_NOW,
  SNGV_M9_2020_REPORT,
  SNGV_M9_2020_TEXT,
  checkCitations,
  extractReport,
  findCitations,
  parseDocumentSymbol,
  validateReport,
} from '../dist/index.js';

function measure(name, iterations, work) {
  for (let i = 0; i < Math.min(50, iterations); i++) work(); // warm up
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { name, iterations, perOpUs: (ms * 1000) / iterations, opsPerSec: Math.round((iterations / ms) * 1000) };
}

const symbols = ['565/KH-SNgV', '20/2013/QĐ-UBND', '05-NQ/TU', '2231/SNV-CCHC&PC', '02/2015/TTLT-BNG-BNV', 'not a symbol'];
const citations = findCitations(SNGV_M9_2020_TEXT);
const results = [
  measure('parseDocumentSymbol (6 symbols)', 20_000, () => symbols.forEach((s) => parseDocumentSymbol(s))),
  measure('findCitations (seed text, 15 kB)', 500, () => findCitations(SNGV_M9_2020_TEXT)),
  measure('checkCitations (24 citations)', 5_000, () => checkCitations(citations, { reportDate: '2020-09-30', window: { from: '2019-12-15', to: '2020-09-14' } })),
  measure('validateReport (seed report)', 300, () => validateReport(SNGV_M9_2020_REPORT, { now: SNGV_M9_2020_NOW })),
  measure('extractReport (seed text, 15 kB)', 200, () => extractReport(SNGV_M9_2020_TEXT)),
];

console.log('| operation | iterations | per call | calls/s |');
console.log('|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.iterations} | ${r.perOpUs.toFixed(1)} µs | ${r.opsPerSec.toLocaleString('en')} |`);
