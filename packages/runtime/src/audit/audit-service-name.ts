/** Service names become file names (`DATA_DIR/audit/<service>.sqlite`): lower-case words only, so no path can be smuggled in. */
const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export class AuditServiceNameError extends Error {}

export function checkedAuditServiceName(service: string): string {
  if (!SERVICE_NAME.test(service)) throw new AuditServiceNameError(`not an audit service name: ${JSON.stringify(service).slice(0, 60)}`);
  return service;
}
