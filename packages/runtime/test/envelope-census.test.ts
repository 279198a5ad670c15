import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelopeKeysInFiles } from '../src/crypto/envelope-census.js';
import { FieldEnvelopes } from '../src/crypto/field-envelope.js';
import { createEphemeralKeyring } from '../src/crypto/create-keyring.js';

it('names every file under DATA_DIR that holds envelopes, by key id, and skips the key file', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'census-'));
  const keyring = createEphemeralKeyring();
  const keyId = keyring.activeKey().id;
  const sealed = new FieldEnvelopes(keyring).encrypt('Rosalind lost her card', { field: 'agent_runs.output', recordId: 'r1' });
  writeFileSync(join(dataDir, 'agents.sqlite'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`row ${sealed} row`, 'latin1')]));
  mkdirSync(join(dataDir, 'attachments', 'ab'), { recursive: true });
  writeFileSync(join(dataDir, 'attachments', 'ab', 'file'), `${sealed}`);
  writeFileSync(join(dataDir, 'roadmap.sqlite-wal'), 'enc:v1:old-key:AAAA enc:v1:old-key:BBBB');
  writeFileSync(join(dataDir, 'tickets.sqlite'), 'no envelopes here');
  mkdirSync(join(dataDir, 'keys'));
  writeFileSync(join(dataDir, 'keys', 'data-keys.json'), `{"activeKeyId":"${keyId}","note":"enc:v1:${keyId}:not-an-envelope"}`);

  const census = envelopeKeysInFiles(dataDir);
  expect(census.get(keyId)?.sort()).toEqual(['agents.sqlite', join('attachments', 'ab', 'file')]);
  expect(census.get('old-key')).toEqual(['roadmap.sqlite-wal']);
  expect([...census.keys()].sort()).toEqual([keyId, 'old-key'].sort());
});
