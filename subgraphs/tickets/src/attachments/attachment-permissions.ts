import { roles } from '@support-graph/runtime';

/** Files are read and added by the ticket's customer and the support team (docs/security.md); never by analysts or partners. */
const ticketPeople = roles('customer', 'agent', 'lead', 'admin', 'service');

export const attachmentMutationPermissions = { addAttachment: ticketPeople };
export const attachmentTicketPermissions = { attachments: ticketPeople };
export const attachmentTypePermissions = {
  Attachment: {
    id: ticketPeople,
    filename: ticketPeople,
    contentType: ticketPeople,
    size: ticketPeople,
    image: ticketPeople,
    source: ticketPeople,
    createdAt: ticketPeople,
    contentBase64: ticketPeople,
  },
};
