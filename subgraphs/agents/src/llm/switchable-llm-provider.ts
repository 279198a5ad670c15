import type { LlmCallOptions, LlmProvider, LlmRequest, LlmStreamEvent } from '@support-graph/support-agents';

/**
 * The LLM port the agents hold for their whole life, delegating to the provider chain in force:
 * the playground's `model` version labelled `production` replaces the chain without a restart
 * (`use`). A call keeps the chain it started with, so a switch never cuts a reply in two.
 */
export class SwitchableLlmProvider implements LlmProvider {
  constructor(private current: LlmProvider) {}

  get name(): string {
    return this.current.name;
  }

  use(provider: LlmProvider): void {
    this.current = provider;
  }

  stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent> {
    return this.current.stream(request, options);
  }
}
