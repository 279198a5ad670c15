import { MongoClient } from 'mongodb';
import { openAuditChains, openAuditLog } from '../src/audit/create-audit-log.js';
import { auditLogContract } from './audit-log-contract.js';

const url = process.env['MONGODB_URL'];

/** Runs the contract when a MongoDB answers at MONGODB_URL; says so when it does not. */
auditLogContract('MongoDB', async () => {
  if (!url) {
    process.stderr.write('MONGODB_URL not set: MongoDB audit log contract skipped\n');
    return undefined;
  }
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500 });
  try {
    await client.connect();
  } catch {
    await client.close();
    process.stderr.write(`MongoDB at ${url} did not answer: audit log contract skipped\n`);
    return undefined;
  }
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
