import { useEffect, useState } from 'react';
import { apiGet } from '../api/client';

/** The part of GET /api/site the shell shows. */
export type SiteInfo = { centreName: string; centreNameEn: string; demo: boolean };

let pending: Promise<SiteInfo> | null = null;

function loadSite(): Promise<SiteInfo> {
  if (!pending) {
    pending = apiGet<SiteInfo>('/api/site');
    // A failed load is retried by the next page that asks, not cached.
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/** Site information, or null while loading or when the server cannot be reached. */
export function useSite(): SiteInfo | null {
  const [site, setSite] = useState<SiteInfo | null>(null);
  useEffect(() => {
    let live = true;
    loadSite().then(
      (info) => {
        if (live) setSite(info);
      },
      () => {
        // The header still works without the centre's name.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return site;
}
