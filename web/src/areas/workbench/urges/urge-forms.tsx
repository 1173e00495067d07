import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { replyToUrge, urgeCase, URGE_LIMITS, type Urge } from '../../../api/urges';
import { ErrorAlert } from '../account/error-alert';
import { useVersionedChange } from '../account/use-versioned-change';
import { useStaffT } from '../account/i18n';
import './urges.css';

const dayChoices = [1, 2, 3, 4, 5] as const;

/** One change at the version on screen; a 409 reloads with a word of why (see useVersionedChange). */
function useChange(onChanged: () => void) {
  return useVersionedChange(onChanged, useStaffT().urges.panel.conflict);
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
