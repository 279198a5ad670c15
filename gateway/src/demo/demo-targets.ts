import { createPeerClient } from '@support-graph/runtime';
import type { DemoTargets } from './load-demo-workspace.js';

/** Who the demo is loaded as: an admin, signed with the internal key (it never goes through the gateway). */
const DEMO_LOADER = { subject: 'demo-loader', role: 'admin' } as const;

export function demoTargets(urls: { readonly tickets: () => string; readonly knowledge: () => string; readonly agents: () => string }, signingKey: Buffer): DemoTargets {
  // Importing a few dozen tickets also teaches triage their categories: allow minutes, not seconds, on a busy machine.
  const client = (peer: string, url: () => string) => createPeerClient({ peer, url, signingKey, identity: DEMO_LOADER, timeoutMs: 300_000 });
  return { tickets: client('tickets', urls.tickets), knowledge: client('knowledge', urls.knowledge), agents: client('agents', urls.agents) };
}
