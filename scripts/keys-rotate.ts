import { parseArgs } from 'node:util';
import { addActiveDataKey, configuredDataKeys, envelopeKeysInFiles, openAuditLog, dataKeyFilePath, KEYRING_REFRESH_MS, loadConfigOrExit, loadOrCreateDataKeyFile, lockDataKeyFile, retireInactiveDataKeys } from '@support-graph/runtime';
import { createTicketStore } from '@support-graph/tickets';

/**
 * `npm run keys:rotate [-- --reencrypt-only] [--retire-old] [--batch-size 200]`: rotates the data
 * keys of encryption at rest while the platform keeps running, and prints a JSON summary.
 *
 * Embedded mode (keys in DATA_DIR/keys/data-keys.json): adds a key and makes it active, waits until
 * running processes have picked it up (they re-read the file within KEYRING_REFRESH_MS), then
 * re-encrypts every envelope under it. Production (DATA_ENCRYPTION_KEYS): add the new key to the
 * configuration everywhere first, then make it DATA_ENCRYPTION_ACTIVE_KEY, then run this to
 * re-encrypt. `--retire-old` then drops (or, in production, names) the keys nothing uses any more,
 * and refuses while any envelope or plaintext value still needs them. Re-running is safe: it only
 * rewrites what is not yet under the active key.
 */
const { values } = parseArgs({
  options: { 'reencrypt-only': { type: 'boolean', default: false }, 'retire-old': { type: 'boolean', default: false }, 'batch-size': { type: 'string', default: '200' } },
});
const batchSize = Number(values['batch-size']);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  process.stderr.write('usage: npm run keys:rotate [-- --reencrypt-only] [--retire-old] [--batch-size 200]\n');
  process.exit(2);
}

const config = loadConfigOrExit();
const configured = configuredDataKeys(config);
const keyFile = configured ? undefined : dataKeyFilePath(config.DATA_DIR);
if (keyFile) loadOrCreateDataKeyFile(keyFile);
const releaseLock = keyFile ? lockDataKeyFile(keyFile) : () => {};
try {
  const addedKeyId = keyFile && !values['reencrypt-only'] ? addActiveDataKey(keyFile) : undefined;
  // Running processes re-read the key file at most once per interval; give them two before re-encrypting.
  if (addedKeyId) await new Promise((resolve) => setTimeout(resolve, 2 * KEYRING_REFRESH_MS));
  const store = await createTicketStore(config);
  try {
    const reencrypted = await store.reencryptToActiveKey({ batchSize });
    const envelopesByKey = await store.countEnvelopesByKey();
    const activeKeyId = store.activeKeyId();
    // The other stores that seal fields (agents, roadmap, attachments) have no sweep: in the embedded
    // mode their files are scanned, so a key they still use is never retired (it stays until they rewrite).
    const inFiles = keyFile ? envelopeKeysInFiles(config.DATA_DIR) : new Map<string, string[]>();
    const stillNeeded = [...new Set([...Object.keys(envelopesByKey), ...inFiles.keys()])].filter((keyId) => keyId !== activeKeyId);
    const knownKeyIds = configured ? [...configured.keys.keys()] : [...loadOrCreateDataKeyFile(keyFile as string).keys.keys()];
    const unused = knownKeyIds.filter((keyId) => keyId !== activeKeyId && !stillNeeded.includes(keyId));
    let retired: string[] = [];
    if (values['retire-old']) {
      if (stillNeeded.length > 0) {
        const files = stillNeeded.flatMap((keyId) => inFiles.get(keyId) ?? []);
        throw new Error(`Not retiring: values still use ${stillNeeded.join(', ')}${files.length > 0 ? ` (in ${[...new Set(files)].join(', ')})` : ''}; run keys:rotate again`);
      }
      // In production the keys live in configuration: say which ones can go, the operator removes them.
      retired = keyFile ? retireInactiveDataKeys(keyFile) : unused;
    }
    const filesByKey = Object.fromEntries([...inFiles].map(([keyId, files]) => [keyId, files.length]));
    const summary = { mode: keyFile ? 'key-file' : 'configured', activeKeyId, addedKeyId: addedKeyId ?? null, reencrypted, envelopesByKey, filesByKey, retired, ...(configured && retired.length > 0 ? { removeFromDataEncryptionKeys: retired } : {}) };
    // An admin action: on the tickets chain, beside the data it re-encrypted (key ids only, never key material).
    const audit = await openAuditLog(config, 'tickets');
    await audit
      .append([{ actor: { subject: 'cli', role: 'cli' }, action: 'keys.rotated', target: { type: 'data_key', id: activeKeyId }, details: { addedKeyId: addedKeyId ?? null, retiredKeyIds: retired, customersRewritten: reencrypted.customers.rewritten, ticketsRewritten: reencrypted.tickets.rewritten } }])
      .finally(() => audit.close());
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await store.close();
  }
} finally {
  releaseLock();
}
