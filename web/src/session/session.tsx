import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiGet, apiPost, setCsrfToken } from '../api/client';
import type { Me, PersonMe, StaffMe } from './types';

type SessionValue = {
  /** undefined while the first look-up runs. */
  me: Me | undefined;
  staff: StaffMe | null;
  person: PersonMe | null;
  /** Re-reads /api/auth/me (after login, role switch, TOTP enrolment …). */
  refresh: () => Promise<Me>;
  /** Stores a /api/auth/me-shaped answer (login responses have that shape). */
  accept: (me: Me) => void;
  logout: (everywhere?: boolean) => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

/**
 * The logged-in user, shared by every area. The CSRF token lives only in memory (api/client);
 * the session cookie is HttpOnly, so /api/auth/me is how a reloaded page learns who it is.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | undefined>(undefined);

  const accept = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
  }, []);

  const refresh = useCallback(async () => {
    const next = await apiGet<Me>('/api/auth/me');
    accept(next);
    return next;
  }, [accept]);

  const logout = useCallback(
    async (everywhere = false) => {
      try {
        await apiPost('/api/auth/logout', { everywhere });
      } finally {
        accept({ actor: null, csrfToken: null });
      }
    },
    [accept],
  );

  useEffect(() => {
    refresh().catch(() => accept({ actor: null, csrfToken: null }));
  }, [refresh, accept]);

  const value = useMemo<SessionValue>(
    () => ({
      me,
      staff: me?.actor?.kind === 'staff' ? me.actor : null,
      person: me?.actor?.kind === 'person' ? me.actor : null,
      refresh,
      accept,
      logout,
    }),
    [me, refresh, accept, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
