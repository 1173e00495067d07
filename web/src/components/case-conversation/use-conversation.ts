import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type CaseMessage,
  type ConversationPage,
  loadConversation,
  markRead,
  type ReadState,
  sendMessage,
  streamUrl,
} from './api';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

type State = {
  messages: CaseMessage[];
  readState: ReadState;
  me: ConversationPage['me'] | null;
  hasOlder: boolean;
};

const PAGE = 100;

/** Adds or replaces messages by number, keeping them in order (the stream and the POST both deliver). */
function merge(current: CaseMessage[], incoming: CaseMessage[]): CaseMessage[] {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

const maxRead = (a: ReadState, b: Partial<ReadState>): ReadState => ({
  applicant: Math.max(a.applicant, b.applicant ?? 0),
  office: Math.max(a.office, b.office ?? 0),
});

/**
 * The conversation of one case: loaded once, then kept current by server-sent events. The
 * browser's EventSource reconnects by itself and resumes after the last message id it saw; when
 * the server refuses the stream outright (too many tabs, session ended) it is opened again later.
 */
export function useConversation(caseId: string) {
  const [state, setState] = useState<State>({
    messages: [],
    readState: { applicant: 0, office: 0 },
    me: null,
    hasOlder: false,
  });
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [round, setRound] = useState(0);
  const lastSeq = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;

    const connect = () => {
      if (stopped) return;
      setLive('connecting');
      source = new EventSource(streamUrl(caseId, lastSeq.current), { withCredentials: true });
      source.addEventListener('ready', () => setLive('live'));
      source.addEventListener('message', (e: MessageEvent<string>) => {
        const m = JSON.parse(e.data) as CaseMessage;
        lastSeq.current = Math.max(lastSeq.current, m.seq);
        setState((s) => ({ ...s, messages: merge(s.messages, [m]) }));
      });
      source.addEventListener('read', (e: MessageEvent<string>) => {
        const r = JSON.parse(e.data) as Partial<ReadState>;
        setState((s) => ({ ...s, readState: maxRead(s.readState, r) }));
      });
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED) {
          setLive('reconnecting');
          return;
        }
        // Refused (not a dropped connection): try again in a while, from where we are.
        setLive('reconnecting');
        source = null;
        retry = setTimeout(connect, 15_000);
      };
    };

    setLoading(true);
    setError(null);
    loadConversation(caseId, '', controller.signal).then(
      (page) => {
        lastSeq.current = page.items.at(-1)?.seq ?? 0;
        setState({
          messages: page.items,
          readState: page.readState,
          me: page.me,
          hasOlder: (page.items[0]?.seq ?? 1) > 1,
        });
        setLoading(false);
        connect();
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      stopped = true;
      controller.abort();
      source?.close();
      if (retry) clearTimeout(retry);
    };
  }, [caseId, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);

  const loadOlder = useCallback(async () => {
    const first = state.messages[0]?.seq;
    if (!first) return;
    const page = await loadConversation(caseId, `?before=${first}&limit=${PAGE}`);
    setState((s) => ({ ...s, messages: merge(s.messages, page.items), hasOlder: (page.items[0]?.seq ?? 1) > 1 }));
  }, [caseId, state.messages]);

  const send = useCallback(
    async (text: string, uploadIds: string[]) => {
      const m = await sendMessage(caseId, text, uploadIds);
      lastSeq.current = Math.max(lastSeq.current, m.seq);
      setState((s) => ({
        ...s,
        messages: merge(s.messages, [m]),
        readState: s.me?.side ? maxRead(s.readState, { [s.me.side]: m.seq }) : s.readState,
      }));
    },
    [caseId],
  );

  // Read receipts: what is on screen while the page is visible counts as read.
  const side = state.me?.side ?? null;
  const newest = state.messages.at(-1)?.seq ?? 0;
  const myRead = side ? state.readState[side] : newest;
  useEffect(() => {
    if (!side || newest <= myRead) return;
    const report = () => {
      if (document.visibilityState !== 'visible') return;
      markRead(caseId, newest).then(
        (r) => setState((s) => ({ ...s, readState: maxRead(s.readState, r.readState) })),
        () => undefined,
      );
    };
    const timer = setTimeout(report, 500);
    document.addEventListener('visibilitychange', report);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', report);
    };
  }, [caseId, side, newest, myRead]);

  return { ...state, error, loading, live, reload, loadOlder, send };
}
