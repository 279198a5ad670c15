import { loadConfigOrExit, openAuditChains, verifyAuditChain, type AuditChainVerdict } from '@support-graph/runtime';

/**
 * `npm run -s audit:verify`: walks every audit chain (DATA_DIR/audit/*.sqlite, or MongoDB when
 * MONGODB_URL is set) and checks each entry's sequence, link and hash. Prints a JSON summary and
 * exits 0 when every chain verifies; otherwise names the first bad entry of each broken chain
 * (service, sequence, what is wrong) on stderr and exits 1.
 */
const config = loadConfigOrExit();
const chains = await openAuditChains(config);
try {
  const verdicts: AuditChainVerdict[] = [];
  for (const service of await chains.services()) verdicts.push(await verifyAuditChain(service, chains.read(service)));
  const broken = verdicts.filter((verdict) => !verdict.ok);
  for (const verdict of broken) {
    if (!verdict.ok) process.stderr.write(`audit chain ${verdict.service} is broken at sequence ${verdict.sequence}: ${verdict.problem}\n`);
  }
  process.stdout.write(`${JSON.stringify({ ok: broken.length === 0, store: config.MONGODB_URL ? 'mongodb' : 'sqlite', chains: verdicts }, null, 2)}\n`);
  process.exitCode = broken.length === 0 ? 0 : 1;
} finally {
  await chains.close();
}
