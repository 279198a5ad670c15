import { roles } from '@support-graph/runtime';

/** The audit log is for admins only (rows in docs/security.md's role matrix). */
const admin = roles('admin');

export const auditQueryPermissions = { auditLog: admin };

export const auditTypePermissions = {
  AuditEntry: admin,
  AuditLogPage: admin,
};
