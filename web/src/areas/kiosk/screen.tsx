import { ArrowLeftOutlined, HomeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n';

export const KIOSK_HOME = '/kiosk';

type Props = {
  title: string;
  lead?: string;
  /** A step back within the screen's own area (e.g. from an item to the list it came from). */
  back?: { to: string; label: string };
  testId: string;
  children: ReactNode;
};

/**
 * One kiosk screen: its title, what it holds, and at the bottom, where a finger reaches on a tall
 * standing screen, the big way back home (and one level up, where there is one). The bar stays in
 * view however long the content is.
 */
export function KioskScreen({ title, lead, back, testId, children }: Props) {
  const t = useT().kiosk;
  return (
    <section className="tbk-screen" data-testid={testId} aria-labelledby="tbk-screen-title">
      <header className="tbk-screen__head">
        <h1 id="tbk-screen-title" className="tbk-screen__title">
          {title}
        </h1>
        {lead && <p className="tbk-screen__lead">{lead}</p>}
      </header>
      <div className="tbk-screen__body">{children}</div>
      <nav className="tbk-screen__nav" aria-label={t.nav.label}>
        {back && (
          <Link to={back.to} className="tbk-nav-button" data-testid="kiosk-back">
            <ArrowLeftOutlined aria-hidden /> {back.label}
          </Link>
        )}
        <Link to={KIOSK_HOME} className="tbk-nav-button tbk-nav-button--home" data-testid="kiosk-home">
          <HomeOutlined aria-hidden /> {t.nav.home}
        </Link>
      </nav>
    </section>
  );
}
