import { Empty, Pagination, Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { publishedPath, type PublicKind, type PublishedPage } from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { LoadError } from '../catalogue/load-error';
import { dateOnly } from '../my-cases/format';
import { useParticipationT } from './texts';

const PAGE_SIZE = 10;
const kinds: PublicKind[] = ['consult', 'complaint', 'mailbox', 'suggestion'];

/** 已公开答复: questions and answers the writers agreed to publish, without personal data. */
export function PublishedList({ centreId }: { centreId: string }) {
  const t = useParticipationT();
  const [kind, setKind] = useState<PublicKind | undefined>(undefined);
  const [page, setPage] = useState(1);
  const state = useLoad<PublishedPage>(publishedPath({ centreId, kind, page, pageSize: PAGE_SIZE }));
  return (
    <div data-testid="participation-published">
      <Select<PublicKind | 'all'>
        className="tbq-kind-filter"
        value={kind ?? 'all'}
        onChange={(v) => {
          setKind(v === 'all' ? undefined : v);
          setPage(1);
        }}
        options={[{ value: 'all', label: t.published.all }, ...kinds.map((k) => ({ value: k, label: t.kind[k] }))]}
        aria-label={t.published.all}
      />
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.loading && <Spin />}
      {state.data && state.data.items.length === 0 && (
        <Empty description={t.published.empty} data-testid="participation-published-empty" />
      )}
      <ol className="tbq-qa">
        {state.data?.items.map((q) => (
          <li key={q.messageNo} className="tbq-card" data-testid="participation-published-item" data-no={q.messageNo}>
            <h3>
              <Tag>{t.kind[q.kind]}</Tag> {q.subject}
            </h3>
            <p className="tbq-text">
              <strong className="tbq-qa__mark">{t.published.question}</strong>
              {q.body}
            </p>
            <p className="tbq-text tbq-answer">
              <strong className="tbq-qa__mark">{t.published.answer}</strong>
              {q.answer}
            </p>
            <p className="tbq-muted">
              {[q.centreName, q.windowNumber && `${q.windowNumber} ${q.windowName ?? ''}`, dateOnly(q.answeredAt)]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
      {state.data && state.data.total > PAGE_SIZE && (
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={state.data.total}
          onChange={setPage}
          showSizeChanger={false}
          showTotal={t.published.total}
          size="small"
        />
      )}
    </div>
  );
}
