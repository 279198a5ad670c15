import { useQuery } from '@apollo/client/react';
import { useSession } from '../../session/hooks/use-session';
import { StaffDirectory } from '../ticket-operations';
import type { StaffMember } from '../ticket-types';

/** Active staff who can own tickets, and the signed-in person's own id (their user record's, else the token's subject). */
export function useStaffDirectory(): { staff: StaffMember[]; myId: string } {
  const { subject } = useSession();
  const { data } = useQuery(StaffDirectory);
  const staff = (data?.users ?? []).filter((user) => user.active && ['agent', 'lead', 'admin'].includes(user.role));
  const me = staff.find((user) => user.email === subject || user.id === subject);
  return { staff, myId: me?.id ?? subject };
}
