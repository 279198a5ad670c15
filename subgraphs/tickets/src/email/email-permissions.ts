import { roles } from '@support-graph/runtime';

/** Delivery states are the support team's working information (docs/security.md); no personal data in them. */
const team = roles('agent', 'lead', 'admin', 'service', 'analyst');

export const emailMessagePermissions = { emailDelivery: team };
