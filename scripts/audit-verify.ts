import { auditAnchorFiles, loadConfig, openAuditChains, resolveAuditAnchorKey, verifyAuditChain, type AuditChainVerdict } from '@support-graph/runtime';

/**
 * `npm run -s audit:verify`: walks every audit chain (DATA_DIR/audit/*.sqlite, or MongoDB when
 * MONGODB_URL is set) and checks each entry's sequence, link and hash, and the chain against its
 * latest signed anchor (DATA_DIR/audit/anchors: a rewrite with recomputed hashes, or a cut tail,
 * no longer matches it; a chain whose anchor is missing fails too). Prints a JSON summary and
 * exits 0 when every chain verifies; otherwise names the first bad entry of each broken chain
 * (service, sequence, what is wrong) on stderr and exits 1.
 */
const config = loadConfig();
const chains = await openAuditChains(config);
try {
  const verdicts: AuditChainVerdict[] = [];
  const anchors = auditAnchorFiles(config.DATA_DIR);
  const key = resolveAuditAnchorKey(config);
  // A chain deleted whole still has its anchor: it is verified (as empty) and fails.
  const services = [...new Set([...(await chains.services()), ...anchors.services()])].sort();
  for (const service of services) verdicts.push(await verifyAuditChain(service, chains.read(service), { anchor: anchors.read(service), key }));
  const broken = verdicts.filter((verdict) => !verdict.ok);
  for (const verdict of broken) {
    if (!verdict.ok) process.stderr.write(`audit chain ${verdict.service} is broken at sequence ${verdict.sequence}: ${verdict.problem}\n`);
  }
  process.stdout.write(`${JSON.stringify({ ok: broken.length === 0, store: config.MONGODB_URL ? 'mongodb' : 'sqlite', chains: verdicts }, null, 2)}\n`);
  process.exitCode = broken.length === 0 ? 0 : 1;
} finally {
  await chains.close();
}
