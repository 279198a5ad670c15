import { createContext, useContext } from 'react';
import type { Session } from '../session';

export interface SessionContextValue extends Session {
  signOut(): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a signed-in session above it');
  return session;
}
