import type { LlmSettingName, PlatformConfig } from '@support-graph/runtime';

/**
 * The LLM port's settings: the `LLM_*`, model, base-URL and key entries of the one platform
 * configuration (validated in `@support-graph/runtime`'s `loadConfig`; documented in the README).
 */
export type LlmConfig = Readonly<Pick<PlatformConfig, LlmSettingName>>;
