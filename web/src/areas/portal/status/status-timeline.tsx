import { Timeline } from 'antd';
import type { PublicMove } from '../../../api/cases';
import { dateTime } from '../my-cases/format';
import { useCasesT, useStatusText } from '../my-cases/i18n';
import './status.css';

type Props = {
  history: readonly PublicMove[];
  /** Show only the latest moves, newest first (the kiosk's screen has room for a few). */
  latest?: number;
};

/**
 * 办理过程 of the public look-up: when the case moved and where to — the action names are the ones
 * 我的办件 uses (portal-cases `detail.eventAction`); who moved it and why stay on the applicant's
 * own page. A status is named only where it changed, as the applicant's history does.
 */
export function StatusTimeline({ history, latest }: Props) {
  const t = useCasesT();
  const status = useStatusText();
  const moves = history.map((m, i) => ({ ...m, changed: i === 0 || history[i - 1]!.status !== m.status }));
  const shown = latest ? moves.slice(-latest).reverse() : moves;
  return (
    <section className="tbs-progress" aria-labelledby="tbs-progress-title" data-testid="status-timeline">
      <h3 id="tbs-progress-title" className="tbs-progress__title">
        {t.lookup.progress}
        {latest && moves.length > latest && <small>{t.lookup.latest(latest)}</small>}
      </h3>
      <Timeline
        className="tbs-progress__list"
        items={shown.map((m, i) => ({
          key: `${m.at}-${i}`,
          color: (latest ? i === 0 : i === shown.length - 1) ? 'blue' : 'gray',
          content: (
            <div className="tbs-move" data-testid="status-move" data-action={m.action}>
              <strong>{t.detail.eventAction[m.action] ?? m.action}</strong>
              {m.changed && <span className="tbs-move__status">→ {status.label(m.status)}</span>}
              <time className="tbs-move__at" dateTime={m.at}>
                {dateTime(m.at)}
              </time>
            </div>
          ),
        }))}
      />
    </section>
  );
}
