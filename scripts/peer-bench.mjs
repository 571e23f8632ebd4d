// The peer benchmark's Squiggle half: a cost model of the shape cloudsplit samples, in
// Squiggle 0.10 (what a modeller would reach for), timed in node. Shared triangular
// assumptions (prices, egress, storage, runtime, labour, growth, price decline, salary
// growth), N workloads with their own volumes and mixes, H months of volume growth, price
// decline and salary growth, summed to one horizon total per sample, then its P10, P50, P90.
//   node peer-bench.mjs SQUIGGLE_DIR SAMPLES WORKLOADS MONTHS RUNS
// Prints one line: `[peer] squiggle ... median <ms> ms`.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [dir, samples = '10000', workloads = '100', months = '36', runs = '3'] = process.argv.slice(2);
const { run, defaultEnvironment } = await import(
  pathToFileURL(path.join(dir, 'node_modules/@quri/squiggle-lang/dist/index.js')).href
);

// Deterministic per-workload quantities (no Math.random: the same model every run).
function code(n, h) {
  const lines = [
    'priceIn = triangular(1.6, 2.0, 2.6)',
    'priceOut = triangular(6.4, 8.0, 10.4)',
    'priceCached = triangular(0.4, 0.5, 0.65)',
    'egress = triangular(0.05, 0.087, 0.09)',
    'storage = triangular(0.018, 0.023, 0.03)',
    'runtime = triangular(0.08, 0.1, 0.14)',
    'hourly = triangular(60, 75, 95)',
    'growth = triangular(0, 0.03, 0.06)',
    'decline = triangular(0, 0.25, 0.5)',
    'salary = triangular(0.02, 0.03, 0.05)',
    'growthStep = 1 + growth',
    'declineStep = growthStep * (1 - decline) ^ (1 / 12)',
    'labourStep = (1 + salary) ^ (1 / 12)',
    `months = List.upTo(0, ${h - 1})`,
    // A modeller sums each monthly scaling once (the closed form cloudsplit uses too), not
    // per workload-month: written per workload-month the same model took 42.6 s here.
    'growthSum = List.reduce(months, 0, {|acc, m| acc + growthStep ^ m})',
    'declineSum = List.reduce(months, 0, {|acc, m| acc + declineStep ^ m})',
    'labourSum = List.reduce(months, 0, {|acc, m| acc + labourStep ^ m})',
  ];
  const terms = [];
  for (let i = 0; i < n; i++) {
    const tokensIn = 2 + (i * 7) % 50, tokensOut = 1 + (i * 3) % 20, cached = (i * 5) % 9;
    const gb = [50, 2000, 20000][i % 3], hours = (i % 4) * 180, people = 2 + (i % 5);
    lines.push(
      `w${i} = (${tokensIn} * priceIn + ${tokensOut} * priceOut + ${cached} * priceCached) * declineSum` +
        ` + ${gb / 10} * egress * growthSum + (${gb} * storage + ${hours} * runtime) * ${h}` +
        ` + ${people} * hourly * labourSum`,
    );
    terms.push(`w${i}`);
  }
  lines.push(`total = ${terms.join(' + ')}`);
  lines.push('[SampleSet.toList(total) -> List.length, quantile(total, 0.1), quantile(total, 0.5), quantile(total, 0.9)]');
  return lines.join('\n');
}

const source = code(Number(workloads), Number(months));
const environment = { ...defaultEnvironment, sampleCount: Number(samples), seed: 'cloudsplit' };
const times = [];
let result = '';
for (let r = 0; r <= Number(runs); r++) {
  const t0 = performance.now();
  const out = await run(source, { environment });
  const ms = performance.now() - t0;
  if (!out.result.ok) {
    console.error('[peer] squiggle failed:', out.result.value.toString());
    process.exit(1);
  }
  result = out.result.value.result.toString();
  if (r > 0) times.push(ms); // the first run warms the JIT up
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`[peer] squiggle 0.10.0 result ${result}`);
console.log(`[peer] squiggle ${samples} samples x ${workloads} workloads x ${months} months: median ${median.toFixed(1)} ms of ${times.length} runs (${times.map(t => t.toFixed(0)).join(', ')})`);
