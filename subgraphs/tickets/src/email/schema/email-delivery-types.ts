import { registerEnumType } from 'type-graphql';

// Keys equal values: clients see QUEUED, SENT, FAILED.
export const EmailDeliveryState = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type EmailDeliveryState = (typeof EmailDeliveryState)[keyof typeof EmailDeliveryState];

registerEnumType(EmailDeliveryState, {
  name: 'EmailDeliveryState',
  description: 'How the email of a reply is getting on: QUEUED (waiting, or retrying after a failure), SENT (the relay took it), FAILED (every attempt failed)',
});
