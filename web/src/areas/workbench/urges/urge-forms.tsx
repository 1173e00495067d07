import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { replyToUrge, urgeCase, URGE_LIMITS, type Urge } from '../../../api/urges';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import './urges.css';

const dayChoices = [1, 2, 3, 4, 5] as const;

/**
 * Sends one change. A 409 means someone else urged or replied first, or the case ended: say so
 * and reload rather than show an error to act on; other refusals stay beside the form.
 */
function useChange(onChanged: () => void) {
  const t = useStaffT().urges.panel;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function send(change: () => Promise<Urge>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await change();
      void message.success(done);
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        void message.warning(t.conflict);
        onChanged();
      } else setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, send };
}

/** 督办: the supervisor's note and the reply time limit in working days (1–5). */
export function UrgeForm({
  caseId,
  defaultDays,
  onChanged,
}: {
  caseId: string;
  defaultDays: number;
  onChanged: () => void;
}) {
  const t = useStaffT().urges.urge;
  const [note, setNote] = useState('');
  const [days, setDays] = useState(defaultDays);
  const [tried, setTried] = useState(false);
  const { busy, error, send } = useChange(onChanged);
  const empty = note.trim().length === 0;
  return (
    <Form
      layout="vertical"
      className="tbc-gap-top"
      data-testid="urge-form"
      onFinish={() => {
        setTried(true);
        if (empty) return;
        void send(() => urgeCase(caseId, { note: note.trim(), replyDays: days }), t.done);
      }}
    >
      <h3>{t.title}</h3>
      <Form.Item
        label={t.noteLabel}
        htmlFor="tbu-note"
        required
        validateStatus={tried && empty ? 'error' : undefined}
        help={tried && empty ? t.noteRequired : undefined}
      >
        <p className="tbc-muted tbu-hint" id="tbu-note-hint">
          {t.noteHint}
        </p>
        <Input.TextArea
          id="tbu-note"
          aria-describedby="tbu-note-hint"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={URGE_LIMITS.noteChars}
          showCount
          data-testid="urge-note"
        />
      </Form.Item>
      <Form.Item label={t.daysLabel} htmlFor="tbu-days" extra={t.daysHint}>
        <Select<number>
          id="tbu-days"
          value={days}
          onChange={setDays}
          options={dayChoices.map((n) => ({ value: n, label: t.days(n) }))}
          className="tbu-days"
          data-testid="urge-days"
        />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="urge-submit">
        {t.submit}
      </Button>
    </Form>
  );
}

/** 回复: the window's answer to an open urge, at the version on screen. */
export function ReplyForm({ urge, onChanged }: { urge: Urge; onChanged: () => void }) {
  const t = useStaffT().urges.reply;
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, send } = useChange(onChanged);
  const empty = text.trim().length === 0;
  return (
    <Form
      layout="vertical"
      className="tbc-gap-top"
      data-testid="urge-reply-form"
      onFinish={() => {
        setTried(true);
        if (empty) return;
        void send(() => replyToUrge(urge.id, { reply: text.trim(), version: urge.version }), t.done);
      }}
    >
      <Form.Item
        label={t.label}
        htmlFor="tbu-reply"
        required
        validateStatus={tried && empty ? 'error' : undefined}
        help={tried && empty ? t.required : undefined}
      >
        <p className="tbc-muted tbu-hint" id="tbu-reply-hint">
          {t.hint}
        </p>
        <Input.TextArea
          id="tbu-reply"
          aria-describedby="tbu-reply-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={URGE_LIMITS.replyChars}
          showCount
          data-testid="urge-reply"
        />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="urge-reply-submit">
        {t.submit}
      </Button>
    </Form>
  );
}
