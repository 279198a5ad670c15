import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { openAuditChains, openAuditLog } from '../src/audit/create-audit-log.js';
import { auditLogContract } from './audit-log-contract.js';

/** The contract on a MongoDB at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

auditLogContract(
  'MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
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
  },
  mongo.skipReason,
);
