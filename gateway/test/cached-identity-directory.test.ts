import { InProcessEventBus } from '@support-graph/runtime';
import { CachedIdentityDirectory } from '../src/authentication/adapters/cached-identity-directory.js';
import type { DirectoryUser, IdentityDirectory } from '../src/authentication/identity-directory.js';

/** A directory whose answers the test releases by hand, counting the lookups it was asked for. */
class SlowDirectory implements IdentityDirectory {
  lookups = 0;
  answer: DirectoryUser | null = { role: 'agent', active: true };
  fail = false;
  private pending: (() => void)[] = [];

  async userByEmail(): Promise<DirectoryUser | null> {
    this.lookups += 1;
    await new Promise<void>((resolve) => this.pending.push(resolve));
    if (this.fail) throw new Error('timeout');
    return this.answer;
  }

  async partnerForApiKey(): Promise<string | null> {
    return null;
  }

  release(): void {
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('cached identity directory under a burst', () => {
  it('makes one lookup for 550 concurrent requests with the same token', async () => {
    const inner = new SlowDirectory();
    const directory = new CachedIdentityDirectory(inner);
    const answers = Array.from({ length: 550 }, () => directory.userByEmail('agent@support.local'));
    await tick();
    inner.release();
    expect(new Set((await Promise.all(answers)).map((user) => user?.role))).toEqual(new Set(['agent']));
    expect(inner.lookups).toBe(1);
  });

  it('serves the last answer when a refresh fails, but never one a directory event invalidated', async () => {
    const inner = new SlowDirectory();
    const bus = new InProcessEventBus();
    const directory = new CachedIdentityDirectory(inner, 0);
    await directory.listen(bus);
    const first = directory.userByEmail('ann@support.local');
    await tick();
    inner.release();
    expect(await first).toEqual({ role: 'agent', active: true });

    inner.fail = true;
    const stale = directory.userByEmail('ann@support.local');
    await tick();
    inner.release();
    expect(await stale).toEqual({ role: 'agent', active: true });

    await bus.publish({ id: 'e1', type: 'directory.user_updated', aggregateId: 'u', occurredAt: new Date().toISOString(), payload: { email: 'ann@support.local' } });
    await tick();
    const afterChange = directory.userByEmail('ann@support.local');
    await tick();
    inner.release();
    await expect(afterChange).rejects.toThrow('timeout');
  });

  it('does not keep an answer that was under way when the user changed', async () => {
    const inner = new SlowDirectory();
    const bus = new InProcessEventBus();
    const directory = new CachedIdentityDirectory(inner);
    await directory.listen(bus);
    const before = directory.userByEmail('bob@support.local');
    await tick();
    await bus.publish({ id: 'e2', type: 'directory.user_updated', aggregateId: 'u', occurredAt: new Date().toISOString(), payload: { email: 'bob@support.local' } });
    await tick();
    inner.answer = { role: 'agent', active: false };
    const after = directory.userByEmail('bob@support.local');
    await tick();
    inner.release();
    await before;
    expect(await after).toEqual({ role: 'agent', active: false });
    expect(inner.lookups).toBe(2);
  });
});
