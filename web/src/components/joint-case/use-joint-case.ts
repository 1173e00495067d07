import { useEffect, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { jointOfCasePath, streamPath, type JointCase } from './api';

/**
 * The joint case of a case page (`null` when the case is not joint), kept current without
 * reloading the page: the server's stream says "change n happened" and the view (which differs
 * per reader) is fetched again. EventSource reconnects by itself and sends Last-Event-ID, so a
 * missed change is caught up at once.
 */
export function useJointCase(caseId: string) {
  const loaded = useLoad<{ joint: JointCase | null }>(jointOfCasePath(caseId));
  const { reload } = loaded;
  const data = loaded.data?.joint ?? undefined;
  const [live, setLive] = useState(false);
  const jointId = data?.id ?? null;

  useEffect(() => {
    if (!jointId || typeof EventSource === 'undefined') return;
    const source = new EventSource(streamPath(jointId));
    source.addEventListener('ready', () => setLive(true));
    source.addEventListener('changed', () => reload());
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [jointId, reload]);

  return { ...loaded, data, notJoint: loaded.data !== undefined && loaded.data.joint === null, live };
}
