import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Tag } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { lookupMessage, type LookedUp } from '../../../api/participation';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { dateTime } from '../my-cases/format';
import { useParticipationT } from './texts';

type Values = { messageNo: string; queryCode: string };

/** 留言查询: the message and its answer by number and code (the name and phone come back masked). */
export function LookupPanel({ initialNo }: { initialNo: string }) {
  const t = useParticipationT();
  const pt = usePortalT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [found, setFound] = useState<LookedUp | null>(null);
  const round = useRef(0);

  async function look(v: Values) {
    const mine = ++round.current;
    setBusy(true);
    setError(null);
    setFound(null);
    try {
      const r = await lookupMessage(v.messageNo.trim(), v.queryCode.trim());
      if (mine === round.current) setFound(r);
    } catch (err) {
      if (mine === round.current) setError(err);
    } finally {
      if (mine === round.current) setBusy(false);
    }
  }
  const problem =
    error instanceof ApiError && error.status === 429 ? t.lookup.tooMany : error ? errorText(error, pt) : null;
  return (
    <div data-testid="participation-lookup">
      <Form<Values>
        layout="vertical"
        requiredMark={false}
        initialValues={{ messageNo: initialNo, queryCode: '' }}
        onFinish={(v) => void look(v)}
      >
        <Form.Item
          name="messageNo"
          label={t.lookup.number}
          rules={[{ required: true, whitespace: true, min: 6, max: 40 }]}
        >
          <Input autoComplete="off" spellCheck={false} maxLength={40} data-testid="participation-lookup-number" />
        </Form.Item>
        <Form.Item
          name="queryCode"
          label={t.lookup.code}
          rules={[{ required: true, whitespace: true, min: 4, max: 16 }]}
        >
          <Input
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={16}
            data-testid="participation-lookup-code"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          icon={<SearchOutlined />}
          loading={busy}
          data-testid="participation-lookup-submit"
        >
          {t.lookup.submit}
        </Button>
      </Form>
      <div aria-live="polite" className="tbq-gap">
        {problem && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t.lookup.failed}
            description={problem}
            data-testid="participation-lookup-error"
          />
        )}
        {found && (
          <section className="tbq-card" data-testid="participation-lookup-result" data-status={found.status}>
            <h3>
              <Tag>{t.kind[found.kind]}</Tag> {found.subject}{' '}
              <Tag color={found.answer ? 'green' : 'gold'}>{t.status[found.status]}</Tag>
            </h3>
            <p className="tbq-text">{found.body}</p>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t.lookup.writer}>{found.writerName || '—'}</Descriptions.Item>
              <Descriptions.Item label={t.lookup.phone}>{found.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t.lookup.due}>{dateTime(found.dueAt)}</Descriptions.Item>
            </Descriptions>
            <h4>{t.lookup.answer}</h4>
            {found.answer ? (
              <p className="tbq-text tbq-answer" data-testid="participation-lookup-answer">
                {found.answer}
                <span className="tbq-muted">
                  {' '}
                  — {[found.windowName, dateTime(found.answeredAt)].filter(Boolean).join(' · ')}
                </span>
              </p>
            ) : (
              <p className="tbq-muted">{t.lookup.noAnswer}</p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
