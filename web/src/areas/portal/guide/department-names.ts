import { useEffect, useState } from 'react';
import { apiGet } from '../../../api/client';

type CentreRow = { id: string; name: string };
type CentreDetail = CentreRow & { departments: { id: string; name: string }[] };

/**
 * Department id → name within a centre, for naming a joint item's departments. The guide knows only
 * the centre's name, so the centre is found by name first; nothing is fetched for other items.
 */
export function useDepartmentNames(centre: { id?: string; name?: string } | null): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const id = centre?.id;
  const name = centre?.name;
  useEffect(() => {
    if (!id && !name) return;
    const controller = new AbortController();
    const signal = controller.signal;
    const load = async () => {
      const centreId =
        id ?? (await apiGet<CentreRow[]>('/api/org/centres', { signal })).find((c) => c.name === name)?.id;
      if (!centreId) return;
      const detail = await apiGet<CentreDetail>(`/api/org/centres/${centreId}`, { signal });
      setNames(Object.fromEntries(detail.departments.map((d) => [d.id, d.name])));
    };
    // Without the names the ids are shown; nothing to tell the reader.
    load().catch(() => undefined);
    return () => controller.abort();
  }, [id, name]);
  return names;
}
