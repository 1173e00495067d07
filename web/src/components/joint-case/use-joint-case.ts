import { useEffect, useRef, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { jointOfCasePath, streamPath, type JointCase } from './api';

/**
 * The joint case of a case page (`null` when the case is not joint), kept current without
 * reloading the page: the server's stream says "change n happened" and the view (which differs
 * per reader) is fetched again. EventSource reconnects by itself and sends Last-Event-ID, so a
 * missed change is caught up at once. A move of the case itself (the lead case's decision, which is
 * not a change of the joint case) reaches it as a new `caseVersion` from the page around it.
 */
export function useJointCase(caseId: string, caseVersion?: number) {
  const loaded = useLoad<{ joint: JointCase | null }>(jointOfCasePath(caseId));
  const { reload } = loaded;
  const seenVersion = useRef(caseVersion);
  useEffect(() => {
    if (caseVersion === undefined || caseVersion === seenVersion.current) return;
    seenVersion.current = caseVersion;
    reload();
  }, [caseVersion, reload]);
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
