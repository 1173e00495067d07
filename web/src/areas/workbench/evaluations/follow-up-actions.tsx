import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { answerFollowUp, reviewFollowUp, type Evaluation } from '../../../api/evaluations';
import { ErrorAlert } from '../account/error-alert';
import { useVersionedChange } from '../account/use-versioned-change';
import { useStaffT } from '../account/i18n';
import './evaluations.css';

const MIN_ANSWER = 5;
const MAX_ANSWER = 2000;
const MAX_NOTE = 500;

/** One change at the version on screen; a 409 reloads with a word of why (see useVersionedChange). */
function useChange(onChanged: () => void) {
  return useVersionedChange(onChanged, useStaffT().evaluation.conflict);
}

/** 整改/回访说明: the window's answer to a poor rating (again after a supervisor sent it back). */
export function AnswerForm({ evaluation, onChanged }: { evaluation: Evaluation; onChanged: () => void }) {
  const t = useStaffT().evaluation.answer;
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, send } = useChange(onChanged);
  const short = text.trim().length < MIN_ANSWER;
  return (
    <Form
      layout="vertical"
      className="tbc-gap-top"
      data-testid="follow-up-answer-form"
      onFinish={() => {
        setTried(true);
        if (short) return;
        void send(
          () => answerFollowUp(evaluation.caseId, { answer: text.trim(), version: evaluation.version }),
          t.done,
        );
      }}
    >
      <Form.Item
        label={t.label}
        htmlFor="tbe-answer"
        required
        validateStatus={tried && short ? 'error' : undefined}
        help={tried && short ? t.tooShort : undefined}
      >
        {/* Above the box: below it the hint would run into the character count. */}
        <p className="tbc-muted tbe-hint" id="tbe-answer-hint">
          {t.hint}
        </p>
        <Input.TextArea
          id="tbe-answer"
          aria-describedby="tbe-answer-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={MAX_ANSWER}
          showCount
          data-testid="follow-up-answer"
        />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="follow-up-answer-submit">
        {t.submit}
      </Button>
    </Form>
  );
}

/** The supervisor closes the follow-up or sends the answer back to the window with a note. */
export function ReviewForm({ evaluation, onChanged }: { evaluation: Evaluation; onChanged: () => void }) {
  const t = useStaffT().evaluation.review;
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, send } = useChange(onChanged);
  const review = (accept: boolean) => {
    const trimmed = note.trim();
    if (!accept && !trimmed) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void send(
      () => reviewFollowUp(evaluation.caseId, { accept, note: trimmed, version: evaluation.version }),
      accept ? t.closed : t.sentBack,
    );
  };
  return (
    <Form layout="vertical" className="tbc-gap-top" data-testid="follow-up-review-form">
      <Form.Item
        label={t.label}
        htmlFor="tbe-review-note"
        validateStatus={missing ? 'error' : undefined}
        help={missing ? t.noteRequired : undefined}
      >
        <p className="tbc-muted tbe-hint" id="tbe-review-hint">
          {t.hint}
        </p>
        <Input.TextArea
          id="tbe-review-note"
          aria-describedby="tbe-review-hint"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            if (e.target.value.trim()) setMissing(false);
          }}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={MAX_NOTE}
          showCount
          data-testid="follow-up-review-note"
        />
      </Form.Item>
      <ErrorAlert error={error} />
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => review(true)} data-testid="follow-up-close">
          {t.close}
        </Button>
        <Button danger loading={busy} onClick={() => review(false)} data-testid="follow-up-send-back">
          {t.sendBack}
        </Button>
      </Space>
    </Form>
  );
}
