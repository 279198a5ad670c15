import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';

describe('platform configuration', () => {
  it('names the variable of an invalid value, without quoting the value', () => {
    expect(() => loadConfig({ LLM_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: 'soon' })).toThrow(/LLM_TIMEOUT_MS/);
    expect(() => loadConfig({ TRIAGE_CACHE_THRESHOLD: '1.5' })).toThrow(/TRIAGE_CACHE_THRESHOLD/);
    expect(() => loadConfig({ OIDC_ISSUER: 'not a url with secret-7' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ ANTHROPIC_BASE_URL: 'secret-7' })).not.toThrow(/secret-7/);
  });

  it('reads the LLM, triage and console sign-in settings, with their defaults', () => {
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({ LLM_TIMEOUT_MS: 30_000, ANTHROPIC_MODEL: 'claude-sonnet-4-6', TRIAGE_RULES_THRESHOLD: 0.5, ESCALATION_THRESHOLD: 0.5, OIDC_CLIENT_ID: 'support-graph-console' });
    expect(defaults.TRIAGE_ML_THRESHOLD).toBeUndefined();
    expect(defaults.ANTHROPIC_API_KEY).toBeUndefined();
    const set = loadConfig({ LLM_TIMEOUT_MS: '250', OPENAI_MODEL: 'gpt-x', TRIAGE_ML_THRESHOLD: '0.4', OIDC_ISSUER: 'https://id.example.com', ANTHROPIC_API_KEY: '' });
    expect(set).toMatchObject({ LLM_TIMEOUT_MS: 250, OPENAI_MODEL: 'gpt-x', TRIAGE_ML_THRESHOLD: 0.4, OIDC_ISSUER: 'https://id.example.com' });
    expect(set.ANTHROPIC_API_KEY).toBeUndefined(); // an empty value (a blank .env line) means unset
  });

  it('is documented: every variable has a README row, and every README row is a variable', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| `[A-Z][A-Z0-9_]+`/.test(line));
    const documented = new Set(rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!)));
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });
});
