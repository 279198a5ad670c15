import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildPersistedQueryManifest, MANIFEST_PATH, serializeManifest } from '../../codegen.js';
import { readPersistedOperations } from '../src/persisted-operations/persisted-query-manifest.js';

describe('schema/persisted-query-manifest.json is generated and current', () => {
  it('matches what codegen builds from the operation files (run `npm run codegen` when this fails)', async () => {
    const manifest = await buildPersistedQueryManifest();
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(serializeManifest(manifest));
  });

  it('holds the partner set, each id being the sha256 of its body', () => {
    const operations = [...readPersistedOperations().values()];
    expect(operations.map((operation) => operation.name).sort()).toEqual(
      expect.arrayContaining(['PartnerAddMessage', 'PartnerCreateTicket', 'PartnerTicket', 'PartnerTickets']),
    );
    for (const operation of operations) expect(createHash('sha256').update(operation.body).digest('hex')).toBe(operation.id);
  });
});
