import { roles } from '@support-graph/runtime';

/** Field rules of retention; rows in docs/security.md's role matrix. Admins only, as for erasure. */
const admin = roles('admin');

export const retentionQueryPermissions = { retentionRuns: admin };
export const retentionMutationPermissions = { runRetention: admin };
export const retentionTypePermissions = { RetentionRun: admin };
