import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Empty, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { apiGet } from '../../../api/client';
import type { CaseDetail } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import type { CatalogueEntry, CataloguePage, Guide } from '../../portal/catalogue/types';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import type { Authorisation } from '../agent/types';
import { PostHeading } from '../home/post-heading';
import { ApplicationForm } from './application-form';

/** Items the resident's authorisation covers (all, or by basic or implementation code). */
function covers(a: Authorisation, g: Guide | undefined): boolean {
  if (!g || a.allItems) return true;
  return a.itemCodes.includes(g.definition.basicCode) || a.itemCodes.includes(g.definition.implementationCode);
}

/** Searches the public catalogue for items that can be applied for online. */
function useItemSearch(q: string) {
  const [items, setItems] = useState<CatalogueEntry[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const query = new URLSearchParams({ limit: '30', ...(q.trim() ? { q: q.trim() } : {}) });
    apiGet<CataloguePage>(`/api/catalogue?${query.toString()}`, { signal: controller.signal }).then(
      (page) => {
        setItems(page.items.filter((i) => i.onlineApplication));
        setLoading(false);
      },
      () => {
        if (!controller.signal.aborted) setLoading(false);
      },
    );
    return () => controller.abort();
  }, [q]);
  return { items, loading };
}

/**
 * 代办申报 (Art. 29): an agent applies for a resident who signed an authorisation — pick the
 * resident and the item, then fill in the application as the resident would online.
 */
export default function AgentApplyPage() {
  const t = useStaffT();
  const x = t.cases.apply;
  const navigate = useNavigate();
  const { itemId } = useParams();
  const [params] = useSearchParams();
  const forPersonId = params.get('forPersonId') ?? undefined;
  const auths = useLoad<Authorisation[]>('/api/agent/authorisations');
  const guide = useLoad<Guide>(itemId ? `/api/catalogue/items/${itemId}` : null);
  const [q, setQ] = useState('');
  const search = useItemSearch(q);
  const [done, setDone] = useState<CaseDetail | null>(null);

  const valid = (auths.data ?? []).filter((a) => a.status === 'valid');
  const resident = valid.find((a) => a.personId === forPersonId);
  const go = (item: string | undefined, person: string | undefined) =>
    void navigate(`/workbench/cases/apply${item ? `/${item}` : ''}${person ? `?forPersonId=${person}` : ''}`, {
      replace: true,
    });

  if (done) {
    return (
      <section className="tb-staff-page" data-testid="agent-apply-page">
        <PostHeading />
        <div className="tb-staff-panel tbc-done" data-testid="apply-done">
          <CheckCircleFilled className="tbc-done__icon" aria-hidden />
          <h2>{x.doneTitle}</h2>
          <p>{x.doneBody(done.caseNo, done.queryCode)}</p>
          <div className="tb-staff-actions">
            <Button type="primary" onClick={() => void navigate(`/workbench/cases/${done.id}`)}>
              {t.intake.openCase}
            </Button>
            <Button onClick={() => void navigate('/workbench/cases?view=all')}>{t.cases.queueTitle}</Button>
          </div>
        </div>
      </section>
    );
  }

  return (
    <section className="tb-staff-page" data-testid="agent-apply-page">
      <PostHeading />
      <section className="tb-staff-panel" aria-labelledby="tbc-apply-title">
        <h2 id="tbc-apply-title">{x.title}</h2>
        <p className="tb-staff-lead">{x.lead}</p>
        <ErrorAlert error={auths.error} onReload={auths.reload} />
        {auths.data && valid.length === 0 ? (
          <Empty description={x.noResidents}>
            <Link to="/workbench/agent">{x.toAuthorisations}</Link>
          </Empty>
        ) : (
          <div className="tbc-apply-pickers">
            <label className="tbc-field">
              <span>{x.resident}</span>
              <Select<string>
                value={resident?.personId}
                loading={auths.loading}
                placeholder={x.pickResident}
                options={valid.map((a) => ({
                  value: a.personId,
                  label: `${a.personName} ${a.idNumberMasked}${a.allItems ? '' : `（${x.someItems}）`}`,
                }))}
                onChange={(person) => go(itemId, person)}
                data-testid="apply-resident"
              />
            </label>
            <label className="tbc-field">
              <span>{x.item}</span>
              <Select<string>
                value={itemId}
                showSearch={{ filterOption: false, onSearch: setQ }}
                loading={search.loading}
                placeholder={x.pickItem}
                options={[
                  ...(guide.data && !search.items.some((i) => i.itemId === guide.data?.itemId)
                    ? [{ value: guide.data.itemId, label: guide.data.definition.name }]
                    : []),
                  ...search.items.map((i) => ({ value: i.itemId, label: `${i.name} · ${i.departmentName}` })),
                ]}
                onChange={(item) => go(item, forPersonId)}
                data-testid="apply-item"
              />
            </label>
          </div>
        )}
        {resident && guide.data && !covers(resident, guide.data) && (
          <Alert type="warning" showIcon className="tbc-gap-top" title={x.notCovered} />
        )}
      </section>
      {itemId && resident && (
        <ApplicationForm
          key={`${itemId}:${resident.personId}`}
          itemId={itemId}
          forPersonId={resident.personId}
          onSubmitted={setDone}
        />
      )}
    </section>
  );
}
