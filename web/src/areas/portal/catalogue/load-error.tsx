import { Alert, Button } from 'antd';
import { ApiError } from '../../../api/client';
import type { PortalDictionary } from '../../../i18n/portal-zh';
import { usePortalT } from '../i18n';

/** The server's message (already in the user's language), or a generic one for anything else. */
export function errorText(error: unknown, t: PortalDictionary): string {
  return error instanceof ApiError ? error.message : t.common.unknownError;
}

/** A failed load, said plainly, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = usePortalT();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="load-error"
      title={t.common.loadFailed}
      description={errorText(error, t)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t.common.retry}
          </Button>
        )
      }
    />
  );
}
