import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';

/**
 * Sends one change made at the version on screen (a follow-up's answer, an urge's reply…). A 409
 * means someone else acted first: say so (`conflict`) and reload rather than show an error to act
 * on; other refusals stay beside the form (`error`).
 */
export function useVersionedChange(onChanged: () => void, conflict: string) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function send(change: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await change();
      void message.success(done);
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        void message.warning(conflict);
        onChanged();
      } else setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, send };
}
