import { Result, Spin } from 'antd';
import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n';

export function PageLoading() {
  const t = useT();
  return (
    <div className="tb-page-loading" role="status">
      <Spin size="large" />
      <span className="tb-visually-hidden">{t.loading}</span>
    </div>
  );
}

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{t.notFound.title}</h1>}
      subTitle={t.notFound.subTitle}
      extra={
        <Link to="/" className="tb-button-link">
          {t.construction.backHome}
        </Link>
      }
    />
  );
}

function LoadFailed() {
  const t = useT();
  return (
    <Result
      status="error"
      title={<h1 className="tb-result-title">{t.loadFailed.title}</h1>}
      subTitle={t.loadFailed.subTitle}
      extra={
        <button type="button" className="tb-button-link" onClick={() => window.location.reload()}>
          {t.loadFailed.retry}
        </button>
      }
    />
  );
}

type BoundaryState = { failed: boolean };

/**
 * Catches a failed area bundle download (flaky network, or a deploy replaced the hashed files)
 * so the header stays usable and the user is told to reload instead of seeing a blank page.
 */
export class AreaBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}
