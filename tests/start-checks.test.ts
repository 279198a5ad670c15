import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const run = promisify(execFile);
/** A child process loads the whole platform before it reads its configuration: slow on a busy machine. */
const CHILD_TIMEOUT_MS = 60_000;

/** Exit code, stdout and stderr of a child process that is expected to fail. */
async function failing(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    await run(file, args, { cwd: ROOT, env, timeout: CHILD_TIMEOUT_MS });
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
  throw new Error(`${file} ${args.join(' ')} succeeded`);
}

/** A Node other than 24 on this machine (`which -a node`), to start with; probed before the tests register. */
function unsupportedNode(): string | undefined {
  let candidates: string[] = [];
  try {
    candidates = execFileSync('which', ['-a', 'node'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  return candidates.find((node) => !execFileSync(node, ['-v'], { encoding: 'utf8' }).startsWith('v24.'));
}
const oldNode = unsupportedNode();
if (!oldNode) process.stderr.write('start checks: no Node other than 24 on this machine: the unsupported-Node test is skipped\n');

describe('npm start refuses to start wrong', () => {
  it('stops on an invalid setting with one line naming the variable (the built entry point)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-graph-start-'));
    try {
      const { code, stderr } = await failing(process.execPath, ['gateway/dist/start-all.js'], { ...process.env, DATA_DIR: dataDir, LLM_TIMEOUT_MS: 'soon' });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Support Graph cannot start\. Invalid configuration: LLM_TIMEOUT_MS: /);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS);

  (oldNode ? it : it.skip)(`stops on an unsupported Node before building (${oldNode ?? 'no other Node installed'})`, async () => {
    // npm from the same folder as that Node, as on a machine where it is the only one.
    const path = `${dirname(oldNode!)}:${process.env['PATH']}`;
    const { code, stdout, stderr } = await failing('npm', ['start'], { ...process.env, PATH: path });
    const version = execFileSync(oldNode!, ['-v'], { encoding: 'utf8' }).trim();
    expect(code).toBe(1);
    expect(stderr).toContain(`Support Graph needs Node 24 LTS (found ${version})`);
    expect(stdout).not.toContain('build:');
  }, CHILD_TIMEOUT_MS);
});
