import { useState } from 'react';
import { PostHeading } from '../../workbench/home/post-heading';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { LegacyList } from './legacy-list';
import { useExchangeT } from './i18n';

/**
 * 数据交换 (R-APP-11): cases out to the centre's existing approval database as a file, its old
 * cases in from one, and the imported history to search. The API for other systems is documented
 * in the OpenAPI page (GET /api/exchange/cases).
 */
export default function ExchangePage() {
  const t = useExchangeT();
  const [round, setRound] = useState(0);
  return (
    <section className="tb-staff-page" data-testid="supervision-exchange">
      <PostHeading />
      <h1 className="tb-page-title">{t.title}</h1>
      <p className="tb-staff-lead">{t.lead}</p>
      <ExportPanel />
      <ImportPanel onImported={() => setRound((n) => n + 1)} />
      <LegacyList round={round} />
    </section>
  );
}
