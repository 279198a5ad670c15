import { roles } from '@support-graph/runtime';

/** Export and erasure are admin actions (rows in docs/security.md's role matrix). */
const admin = roles('admin');

export const privacyQueryPermissions = { exportCustomerData: admin };
export const privacyMutationPermissions = { eraseCustomer: admin };
export const privacyTypePermissions = { CustomerErasure: admin, SubgraphErasure: admin };
