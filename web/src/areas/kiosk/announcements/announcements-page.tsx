import { useSearchParams } from 'react-router';
import { useLoad } from '../../../api/use-load';
import { useT } from '../../../i18n';
import { KioskPager, pageParam } from '../pager';
import type { Announcement, AnnouncementPage } from '../../../api/announcements';
import { KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import './announcements.css';

/** Large cards: as many as a portrait screen shows without scrolling. */
const PAGE_SIZE = 5;

function AnnouncementCard({ a }: { a: Announcement }) {
  const t = useT().notices.announcements;
  const row = (label: string, value: string) => (
    <div className="tbk-notice__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li className="tbk-notice" data-testid="kiosk-announcement" data-certificate-no={a.certificateNo}>
      <h2 className="tbk-notice__title">{a.itemName}</h2>
      <dl className="tbk-notice__facts">
        {row(t.holderName, a.holderName)}
        {row(t.certificateType, a.certificateType)}
        {row(t.certificateNo, a.certificateNo)}
        {row(t.issuer, a.issuer)}
        {row(t.decidedOn, a.decidedOn)}
        {row(t.validUntil, a.validUntil ?? t.longTerm)}
      </dl>
    </li>
  );
}

/**
 * 公示公告 on the kiosk (R-KIO-2): what the website publishes under 许可公示 (Art. 40), newest
 * first, in large type, a page at a time behind big buttons.
 */
export function KioskAnnouncementsPage() {
  const t = useT().kiosk.announcements;
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const { data, error, loading, reload } = useLoad<AnnouncementPage>(
    `/api/announcements?page=${page}&pageSize=${PAGE_SIZE}`,
  );

  return (
    <KioskScreen title={t.title} lead={t.lead} testId="kiosk-announcements">
      {error ? (
        <KioskError error={error} onRetry={reload} />
      ) : !data ? (
        <KioskLoading />
      ) : data.items.length === 0 ? (
        <KioskEmpty text={t.empty} testId="kiosk-announcements-empty" />
      ) : (
        <>
          <p className="tbk-notices__total" data-testid="kiosk-announcements-total">
            {t.total(data.total)}
          </p>
          <ol className="tbk-notices" aria-busy={loading}>
            {data.items.map((a) => (
              <AnnouncementCard key={`${a.certificateNo}-${a.decidedOn}`} a={a} />
            ))}
          </ol>
        </>
      )}
      {data && (
        // The page shown, as the server answered it: the number changes with the cards, not before.
        <KioskPager
          page={data.page}
          pages={Math.ceil(data.total / PAGE_SIZE)}
          onChange={(next) => setParams({ page: String(next) })}
        />
      )}
    </KioskScreen>
  );
}
