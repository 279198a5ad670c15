import { parseArgs } from 'node:util';
import { isRole, issueDevToken, loadConfigOrExit, loadOrCreateDevKeys, ROLES } from '@support-graph/runtime';

/**
 * `npm run -s token -- --role agent [--sub ID] [--name NAME]`: prints a dev token signed with the
 * local key under DATA_DIR (just the token). For a customer, --sub is the customer's email.
 */
const { values } = parseArgs({
  options: { role: { type: 'string' }, sub: { type: 'string' }, name: { type: 'string' }, ttl: { type: 'string' } },
});
if (!isRole(values.role)) {
  process.stderr.write(`usage: npm run -s token -- --role <${ROLES.join('|')}> [--sub ID] [--name NAME] [--ttl 12h]\n`);
  process.exit(2);
}
const config = loadConfigOrExit();
const keys = await loadOrCreateDevKeys(config.DATA_DIR);
const subject = values.sub ?? (values.role === 'customer' ? 'customer@example.com' : `${values.role}@support.local`);
const token = await issueDevToken(
  {
    role: values.role,
    subject,
    ...(values.name ? { name: values.name } : {}),
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ...(values.ttl ? { expiresIn: values.ttl } : {}),
  },
  keys.jwtPrivateKey,
);
process.stdout.write(`${token}\n`);
