import { readFileSync } from 'node:fs';

/**
 * `node bench/dist/cpu-profile-summary.js <file.cpuprofile> [top] [last-seconds]`: the functions with
 * the most self time in a V8 CPU profile (node --cpu-prof), as JSON: share of samples, where each is
 * defined, and the share per package. `last-seconds` keeps only the end of the profile (the load
 * legs, not the start-up and seeding before them).
 */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly endTime: number;
  readonly startTime: number;
}

const [file, top = '25', lastSeconds] = process.argv.slice(2);
if (!file) {
  process.stderr.write('Usage: cpu-profile-summary <file.cpuprofile> [top]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const selfSamples = new Map<string, number>();
const packageSamples = new Map<string, number>();
const from = lastSeconds ? profile.endTime - Number(lastSeconds) * 1_000_000 : -Infinity;
let busy = 0;
let at = profile.startTime;
for (const [index, id] of profile.samples.entries()) {
  at += profile.timeDeltas[index] ?? 0;
  const frame = frameOf.get(id);
  if (at < from || !frame || frame.functionName === '(idle)') continue;
  busy += 1;
  // Shorten node_modules paths to the package, and ours to the repository path.
  const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(gateway|subgraphs|packages|support_agents)\//, '$1/');
  const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
  selfSamples.set(key, (selfSamples.get(key) ?? 0) + 1);
  const owner = /^(@[^/]+\/[^/]+|[^/:]+\/?[^/]*)/.exec(where)?.[1] ?? '(native)';
  packageSamples.set(owner, (packageSamples.get(owner) ?? 0) + 1);
}
const share = (samples: number) => Math.round((samples / busy) * 1000) / 10;
const ranked = [...selfSamples].sort((a, b) => b[1] - a[1]).slice(0, Number(top));
const packages = [...packageSamples].sort((a, b) => b[1] - a[1]).slice(0, 15);
process.stdout.write(
  `${JSON.stringify({ busy_samples: busy, self_time_by_package: Object.fromEntries(packages.map(([name, samples]) => [name, share(samples)])), top_self_time: ranked.map(([fn, samples]) => ({ fn, percent: share(samples) })) }, null, 2)}\n`,
);
