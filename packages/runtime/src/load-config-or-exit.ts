import { ConfigError, loadConfig, type PlatformConfig, type SubgraphAddress } from './config.js';

/**
 * For entry points (`npm start`, each service's main): the configuration, or one plain line on
 * stderr naming each invalid variable and exit code 1 — a person fixing an `.env` needs no stack trace.
 */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env, subgraphs: readonly SubgraphAddress[] = []): PlatformConfig {
  try {
    return loadConfig(env, subgraphs);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Support Graph cannot start. ${error.message}\n`);
    process.exit(1);
  }
}
