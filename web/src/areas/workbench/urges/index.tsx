import { useStaffT } from '../account/i18n';
import { PostHeading } from '../home/post-heading';
import { UrgeList } from './urge-list';

/** 督办件 (R-SUP-1): the urges of this window's (or department's) cases; each is replied to on its case page. */
export default function UrgesPage() {
  const t = useStaffT().urges.list;
  return (
    <section className="tb-staff-page" data-testid="urges-page">
      <PostHeading />
      <div className="tb-staff-panel">
        <h2 className="tb-staff-panel__title">{t.title}</h2>
        <p className="tb-staff-lead">{t.hint}</p>
        <UrgeList />
      </div>
    </section>
  );
}
