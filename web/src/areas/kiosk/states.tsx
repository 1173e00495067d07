import { ExclamationCircleOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { ApiError } from '../../api/client';
import { useT } from '../../i18n';

/** The server's message (already in the kiosk's language), or a plain one for anything else. */
export function useErrorText(): (error: unknown) => string {
  const t = useT().kiosk;
  return (error) => (error instanceof ApiError ? error.message : t.states.unknownError);
}

/** Loading, said in words as well: a spinner alone means nothing to someone standing at a kiosk. */
export function KioskLoading() {
  const t = useT().kiosk;
  return (
    <div className="tbk-state" role="status" data-testid="kiosk-loading">
      <Spin size="large" />
      <p className="tbk-state__text">{t.states.loading}</p>
    </div>
  );
}

/** A failed load: what went wrong (the server's words, e.g. the network is down) and 重试. */
export function KioskError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT().kiosk;
  const text = useErrorText();
  return (
    <div className="tbk-state tbk-state--error" role="alert" data-testid="kiosk-error">
      <ExclamationCircleOutlined className="tbk-state__icon" aria-hidden />
      <p className="tbk-state__title">{t.states.failed}</p>
      <p className="tbk-state__text">{text(error)}</p>
      <Button type="primary" size="large" icon={<ReloadOutlined />} onClick={onRetry} data-testid="kiosk-retry">
        {t.states.retry}
      </Button>
    </div>
  );
}

/** Nothing to show, said plainly. */
export function KioskEmpty({ text, testId = 'kiosk-empty' }: { text: string; testId?: string }) {
  return (
    <div className="tbk-state" data-testid={testId}>
      <InboxOutlined className="tbk-state__icon" aria-hidden />
      <p className="tbk-state__text">{text}</p>
    </div>
  );
}
