import { openAuditChains, openAuditLog } from '../src/audit/create-audit-log.js';
import { auditLogContract } from './audit-log-contract.js';
import { connectMongoForTest } from './support/mongo-availability.js';

/** Runs the contract when a MongoDB answers at MONGODB_URL; says so when it does not. */
auditLogContract('MongoDB', async () => {
  const mongo = await connectMongoForTest('MongoDB audit log contract');
  if (!mongo) return undefined;
  const { url, client } = mongo;
  const services: string[] = [];
  const config = { DATA_DIR: '', MONGODB_URL: url };
  return {
    openLog: (service) => (services.push(service), openAuditLog(config, service)),
    openChains: () => openAuditChains(config),
    dispose: async () => {
      // Each run uses fresh service names: remove only those (the collection may be shared).
      await client.db(new URL(url).pathname.slice(1) || 'support_graph').collection('audit_entries').deleteMany({ service: { $in: services } });
      await client.close();
    },
  };
});
