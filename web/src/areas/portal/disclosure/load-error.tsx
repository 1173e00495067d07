import { Alert, Button } from 'antd';
import { ApiError } from '../../../api/client';
import { useContentT } from '../../../components/content/i18n';

/** A failed load of the website's content: the server's words, and 重试. */
export function ContentLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useContentT();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="content-error"
      title={t.loadFailed}
      description={error instanceof ApiError ? error.message : undefined}
      action={
        <Button size="small" onClick={onRetry} data-testid="content-retry">
          {t.retry}
        </Button>
      }
    />
  );
}
