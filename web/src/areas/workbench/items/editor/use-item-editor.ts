import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, apiGet, apiPost, apiPut } from '../../../../api/client';
import { useSession } from '../../../../session/session';
import type { ItemDefinition } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import type { ItemDetail } from '../types';
import { blankDefinition } from './blank-definition';
import { clientProblems, serverProblems, type Problem } from './problems';

export type FormTexts = { schema: string; ui: string };
type Centre = { address: string | null; telephone: string | null };

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

function parseObject(text: string): { value: Record<string, unknown> } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: '{ … }' };
    return { value: value as Record<string, unknown> };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The editor's state: the server's item, the working copy of its definition, the JSON texts of the
 * online form, and what is wrong with them. Saving sends the version read (409 → conflict).
 */
export function useItemEditor(id: string | undefined) {
  const t = usePortalT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { staff } = useSession();
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [draft, setDraft] = useState<ItemDefinition | null>(null);
  const [saved, setSaved] = useState('');
  const [texts, setTextsState] = useState<FormTexts>({ schema: '', ui: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [round, setRound] = useState(0);

  const take = useCallback((d: ItemDetail) => {
    setDetail(d);
    setDraft(d.definition);
    setSaved(JSON.stringify(d.definition));
    setTextsState({ schema: pretty(d.definition.formSchema), ui: pretty(d.definition.formUi) });
  }, []);

  const acting = staff?.acting;
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    setLoadError(null);
    setConflict(false);
    setProblems([]);
    if (id) {
      // After the first save of a new item the URL gains its id; what we hold is already current.
      if (detail?.id === id && round === 0) return;
      apiGet<ItemDetail>(`/api/items/${id}`, { signal }).then(take, (err: unknown) => {
        if (!signal.aborted) setLoadError(err);
      });
    } else {
      const blank = blankDefinition({ window: acting?.windowName ?? '', address: '', telephone: '' });
      setDetail(null);
      setDraft(blank);
      setSaved(JSON.stringify(blank));
      setTextsState({ schema: pretty(blank.formSchema), ui: pretty(blank.formUi) });
      if (acting) {
        // The centre's address and telephone are the usual answer; untouched, it is still "unchanged".
        const untouched = JSON.stringify(blank);
        apiGet<Centre>(`/api/org/centres/${acting.centreId}`, { signal }).then(
          (c) => {
            const filled = {
              ...blank,
              office: { ...blank.office, address: c.address ?? '', telephone: c.telephone ?? '' },
            };
            setDraft((d) => (d && JSON.stringify(d) === untouched ? filled : d));
            setSaved((prev) => (prev === untouched ? JSON.stringify(filled) : prev));
          },
          () => undefined,
        );
      }
    }
    return () => controller.abort();
    // `detail` and `take` are read, not watched: only a new id or an explicit reload loads again.
  }, [id, round, acting?.centreId]);

  const jsonErrors = useMemo(() => {
    const schema = parseObject(texts.schema);
    const ui = parseObject(texts.ui);
    return { schema: 'error' in schema ? schema.error : null, ui: 'error' in ui ? ui.error : null };
  }, [texts]);

  const setTexts = (next: FormTexts) => {
    setTextsState(next);
    const schema = parseObject(next.schema);
    const ui = parseObject(next.ui);
    setDraft(
      (d) =>
        d && {
          ...d,
          formSchema: 'value' in schema ? schema.value : d.formSchema,
          formUi: 'value' in ui ? ui.value : d.formUi,
        },
    );
  };

  /** Changes the working copy; a structural change (rows added, moved, removed) drops stale problems. */
  const update = (fn: (d: ItemDefinition) => ItemDefinition, structural = false) => {
    setDraft((d) => d && fn(d));
    if (structural) setProblems([]);
  };

  const dirty = draft !== null && JSON.stringify(draft) !== saved;

  const save = async (): Promise<ItemDetail | null> => {
    if (!draft) return null;
    setActionError(null);
    const local = clientProblems(draft, t);
    if (jsonErrors.schema || jsonErrors.ui) local.push({ path: 'formSchema', message: t.editor.notSaved });
    if (local.length) {
      setProblems(local);
      return null;
    }
    setBusy('save');
    try {
      const next = detail
        ? await apiPut<ItemDetail>(`/api/items/${detail.id}/draft`, { version: detail.version, definition: draft })
        : await apiPost<ItemDetail>('/api/items', { definition: draft });
      take(next);
      setProblems([]);
      void message.success(t.editor.saved);
      if (!detail) void navigate(`/workbench/items/${next.id}`, { replace: true });
      return next;
    } catch (err) {
      fail(err);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const fail = (err: unknown) => {
    const fields = serverProblems(err, t);
    if (fields) setProblems(fields);
    else if (err instanceof ApiError && err.status === 409 && err.code === 'resource.version_conflict')
      setConflict(true);
    else setActionError(err);
  };

  const submit = async () => {
    const current = dirty || !detail ? await save() : detail;
    if (!current) return;
    setBusy('submit');
    setActionError(null);
    try {
      take(await apiPost<ItemDetail>(`/api/items/${current.id}/submit`, { version: current.version }));
      void message.success(t.editor.submitted);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  return {
    detail,
    draft,
    texts,
    setTexts,
    jsonErrors,
    update,
    dirty,
    problems,
    loadError,
    actionError,
    conflict,
    busy,
    save,
    submit,
    reload: () => setRound((n) => n + 1),
  };
}

export type ItemEditorState = ReturnType<typeof useItemEditor>;
