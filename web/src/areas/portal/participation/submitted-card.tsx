import { CheckCircleFilled, CopyOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { Link } from 'react-router';
import type { Submitted } from '../../../api/participation';
import { dateTime } from '../my-cases/format';
import { useParticipationT } from './texts';

/** The number and code, large, each with a copy button: the code is shown only this once. */
export function SubmittedCard({ done, onAnother }: { done: Submitted; onAnother: () => void }) {
  const t = useParticipationT();
  const { message } = App.useApp();
  const copy = (text: string) => {
    // The clipboard API needs a secure context; where it is missing the values stay selectable.
    void navigator.clipboard?.writeText(text).then(
      () => message.success(t.done.copied),
      () => undefined,
    );
  };
  return (
    <section className="tbq-done" role="status" aria-live="polite" data-testid="participation-done">
      <h2>
        <CheckCircleFilled className="tbq-done__icon" /> {t.done.title}
      </h2>
      <dl className="tbq-done__pair">
        <div>
          <dt>{t.done.number}</dt>
          <dd>
            <span className="tbq-done__value" data-testid="participation-done-number">
              {done.messageNo}
            </span>
            <Button
              size="small"
              icon={<CopyOutlined />}
              onClick={() => copy(done.messageNo)}
              aria-label={`${t.done.copy} ${t.done.number}`}
            >
              {t.done.copy}
            </Button>
          </dd>
        </div>
        <div>
          <dt>{t.done.code}</dt>
          <dd>
            <span className="tbq-done__value" data-testid="participation-done-code">
              {done.queryCode}
            </span>
            <Button
              size="small"
              icon={<CopyOutlined />}
              onClick={() => copy(done.queryCode)}
              aria-label={`${t.done.copy} ${t.done.code}`}
            >
              {t.done.copy}
            </Button>
          </dd>
        </div>
      </dl>
      <p className="tbq-done__hint">{t.done.copyHint}</p>
      <p className="tbq-intro">{t.done.due(dateTime(done.dueAt))}</p>
      <Space wrap>
        <Link
          to={`/portal/participation?tab=lookup&messageNo=${encodeURIComponent(done.messageNo)}`}
          data-testid="participation-done-lookup"
        >
          {t.done.lookup}
        </Link>
        <Button onClick={onAnother}>{t.done.another}</Button>
      </Space>
    </section>
  );
}
