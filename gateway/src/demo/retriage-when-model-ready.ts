import type { Logger } from '@support-graph/runtime';
import type { DemoTargets } from './load-demo-workspace.js';

export interface RetriageOptions {
  /** Default 5 s. */
  readonly pollMs?: number;
  /** Give up after this long without a READY model. Default 30 minutes. */
  readonly timeoutMs?: number;
  readonly logger?: Logger;
}

export interface Retriage {
  /** Resolves with the number of tickets triaged again (0 when stopped or timed out). */
  readonly done: Promise<number>;
  stop(): void;
}

/**
 * On a first start the demo's new tickets reach the pipeline while the triage model is still
 * training from BANKING77, so triage decides them on rules alone (mostly "no category, escalate").
 * Once the model is READY, this triages them again through the public `runAgent`, so the demo
 * queue shows what triage does with a trained model. Nothing else waits for it.
 */
export function retriageWhenModelReady(targets: DemoTargets, ticketIds: readonly string[], options: RetriageOptions = {}): Retriage {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: () => void = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const run = async (): Promise<number> => {
    const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
    while (!stopped && Date.now() < deadline) {
      const { triageModelStatus } = await targets.agents.request<{ triageModelStatus: { state: string } }>('{ triageModelStatus { state } }');
      if (triageModelStatus.state === 'READY') break;
      await sleep(options.pollMs ?? 5_000);
    }
    if (stopped || Date.now() >= deadline) return 0;
    let triaged = 0;
    for (const ticketId of ticketIds) {
      if (stopped) break;
      await targets.agents.request('mutation($t: ID!) { runAgent(ticketId: $t, agent: "triage") { id } }', { t: ticketId });
      triaged += 1;
    }
    options.logger?.info({ tickets: triaged }, 'demo tickets triaged again with the trained model');
    return triaged;
  };
  const done = run().catch((error: unknown) => {
    options.logger?.warn({ err: error }, 'demo tickets not triaged again');
    return 0;
  });
  return {
    done,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake();
    },
  };
}
