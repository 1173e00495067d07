import { Button, Descriptions, Form, Input, Modal, Select, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import {
  answerMessage,
  closeMessage,
  contactsPath,
  publishMessage,
  reassignMessage,
  type CentreContacts,
  type StaffMessage,
} from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { useParticipationT } from '../../portal/participation/texts';
import { ErrorAlert } from '../account/error-alert';
import { useVersionedChange } from '../account/use-versioned-change';
import { dateTime } from '../cases/format';
import { statusColor } from './message-list';

/**
 * One message with what the officer may do to it: answer (or revise), and for a supervisor
 * reassign, publish, close. Every change is sent at the version on screen; a 409 reloads it.
 */
export function MessageDialog({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const t = useParticipationT();
  const s = t.staff;
  const detail = useLoad<StaffMessage>(`/api/participation/messages/${id}`);
  const changed = () => {
    detail.reload();
    onChanged();
  };
  const m = detail.data;
  return (
    <Modal
      open
      width={760}
      title={m ? s.dialog(m.messageNo) : ''}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="message-dialog-close">
          {s.dismiss}
        </Button>
      }
      destroyOnHidden
    >
      <div data-testid="message-dialog" data-status={m?.status}>
        <ErrorAlert error={detail.error} onReload={detail.reload} />
        {detail.loading && !m && <Spin />}
        {m && <MessageBody m={m} onChanged={changed} />}
      </div>
    </Modal>
  );
}

function MessageBody({ m, onChanged }: { m: StaffMessage; onChanged: () => void }) {
  const t = useParticipationT();
  const s = t.staff;
  return (
    <>
      <h3>
        <Tag>{t.kind[m.kind]}</Tag> {m.subject} <Tag color={statusColor[m.status]}>{t.status[m.status]}</Tag>
      </h3>
      <p className="tbq-text" data-testid="message-body">
        {m.body}
      </p>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={s.writer}>
          {m.writerName || s.anonymous}
          {m.loggedIn && <Tag className="tbq-tag">{m.fromStaff ? s.fromStaff : s.loggedIn}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={s.phone}>
          {m.phone ? <a href={`tel:${m.phone}`}>{m.phone}</a> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={s.col.window}>
          {m.centreName} · {m.windowNumber ? `${m.windowNumber} ${m.windowName ?? ''}` : s.route[m.routedTo]}
        </Descriptions.Item>
        <Descriptions.Item label={s.consent}>{m.publishConsent ? s.yes : s.no}</Descriptions.Item>
        <Descriptions.Item label={s.received}>{dateTime(m.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={s.col.due}>
          {dateTime(m.dueAt)} {m.overdue && <Tag color="red">{s.overdue}</Tag>}
        </Descriptions.Item>
        {m.caseNo && <Descriptions.Item label={s.caseNo}>{m.caseNo}</Descriptions.Item>}
      </Descriptions>
      {m.answer && (
        <>
          <h4 className="tbq-gap">{s.answer}</h4>
          <p className="tbq-text tbq-answer" data-testid="message-answer">
            {m.answer}
          </p>
          <p className="tbq-muted">
            {s.answeredBy(m.answeredBy ?? '', dateTime(m.answeredAt))}
            {m.answeredLate && (
              <Tag color="orange" className="tbq-tag">
                {s.late}
              </Tag>
            )}
          </p>
        </>
      )}
      {m.endedAt && (
        <p className="tbq-muted">
          {s.ended(m.endedBy ?? '', dateTime(m.endedAt))}
          {m.closeNote ? ` · ${m.closeNote}` : ''}
        </p>
      )}
      {/* Keyed by version: after an answer is saved the form folds again behind 修改答复. */}
      {m.can.answer && <AnswerForm key={m.version} m={m} onChanged={onChanged} />}
      <SupervisorActions m={m} onChanged={onChanged} />
    </>
  );
}

function AnswerForm({ m, onChanged }: { m: StaffMessage; onChanged: () => void }) {
  const s = useParticipationT().staff;
  const [text, setText] = useState(m.answer ?? '');
  const [tried, setTried] = useState(false);
  const { busy, error, send } = useVersionedChange(onChanged, s.conflict);
  // An answer already given is shown above; revising it is asked for, not laid open.
  const [revising, setRevising] = useState(m.answer === null);
  const short = text.trim().length < 5;
  if (!revising)
    return (
      <Button className="tbq-gap" onClick={() => setRevising(true)} data-testid="message-answer-revise">
        {s.answerRevise}
      </Button>
    );
  return (
    <Form
      layout="vertical"
      className="tbq-gap"
      data-testid="message-answer-form"
      onFinish={() => {
        setTried(true);
        if (!short) void send(() => answerMessage(m.id, { answer: text.trim(), version: m.version }), s.answered);
      }}
    >
      <Form.Item
        label={s.answer}
        htmlFor="tbq-answer"
        required
        validateStatus={tried && short ? 'error' : undefined}
        help={tried && short ? s.answerShort : undefined}
      >
        <p className="tbq-muted">{s.answerHint}</p>
        <Input.TextArea
          id="tbq-answer"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={2000}
          showCount
          data-testid="message-answer-input"
        />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="message-answer-submit">
        {m.answer ? s.answerRevise : s.answerSubmit}
      </Button>
    </Form>
  );
}

/** Reassign (open messages), publish (answered, with consent), close: the supervisor's moves. */
function SupervisorActions({ m, onChanged }: { m: StaffMessage; onChanged: () => void }) {
  const s = useParticipationT().staff;
  const [windowId, setWindowId] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const { busy, error, send } = useVersionedChange(onChanged, s.conflict);
  const contacts = useLoad<CentreContacts>(m.can.reassign ? contactsPath(m.centreId) : null);
  if (!m.can.reassign && !m.can.publish && !m.can.close) return null;
  const others = (contacts.data?.windows ?? []).filter((w) => w.id !== m.windowId);
  return (
    <div className="tbq-gap" data-testid="message-supervisor-actions">
      <ErrorAlert error={error} />
      {m.can.reassign && (
        <Space.Compact block className="tbq-gap">
          <Select
            className="tbq-grow"
            placeholder={s.reassignTo}
            value={windowId}
            onChange={setWindowId}
            loading={contacts.loading}
            options={others.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            data-testid="message-reassign-window"
          />
          <Button
            disabled={!windowId}
            loading={busy}
            onClick={() =>
              windowId && void send(() => reassignMessage(m.id, { windowId, version: m.version }), s.reassignDone)
            }
            data-testid="message-reassign"
          >
            {s.reassign}
          </Button>
        </Space.Compact>
      )}
      {/* A problem report is about the system, never published: no publish button for it. */}
      {m.status === 'answered' && m.kind !== 'feedback' && (
        <Space wrap>
          <Button
            type="primary"
            disabled={!m.can.publish}
            title={m.publishConsent ? undefined : s.noConsent}
            loading={busy}
            onClick={() => void send(() => publishMessage(m.id, { version: m.version }), s.publishDone)}
            data-testid="message-publish"
          >
            {s.publish}
          </Button>
          {!m.publishConsent && <span className="tbq-muted">{s.noConsent}</span>}
        </Space>
      )}
      {m.can.close && (
        <Form layout="vertical" className="tbq-gap">
          <Form.Item
            label={s.closeNote}
            validateStatus={noteMissing ? 'error' : undefined}
            help={noteMissing ? s.closeNoteRequired : undefined}
          >
            <Input
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              data-testid="message-close-note"
            />
          </Form.Item>
          <Button
            danger
            loading={busy}
            onClick={() => {
              if (!note.trim()) return setNoteMissing(true);
              setNoteMissing(false);
              void send(() => closeMessage(m.id, { note: note.trim(), version: m.version }), s.closeDone);
            }}
            data-testid="message-close"
          >
            {s.close}
          </Button>
        </Form>
      )}
    </div>
  );
}
