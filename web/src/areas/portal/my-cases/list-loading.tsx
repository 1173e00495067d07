import { Skeleton } from 'antd';
import { useT } from '../../../i18n';

/** A list on its way over a slow connection: the shape of what is coming, announced once. */
export function ListLoading() {
  const t = useT();
  return (
    <div role="status" className="tbm-loading" data-testid="list-loading">
      <span className="tb-visually-hidden">{t.loading}</span>
      <Skeleton active title={false} paragraph={{ rows: 4 }} />
    </div>
  );
}
