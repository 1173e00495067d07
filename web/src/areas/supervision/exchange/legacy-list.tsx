import { Empty, Input, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { legacyCasesPath, type LegacyCase, type LegacyPage } from '../../../api/exchange';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useExchangeT } from './i18n';

/** 历史办件: the imported cases of the centres in reach, searchable, so nobody re-keys the old history. */
export function LegacyList({ round }: { round: number }) {
  const t = useExchangeT().legacy;
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad<LegacyPage>(legacyCasesPath(q, page));
  // `round` changes after an import: the same query, loaded again.
  useEffect(() => {
    if (round > 0) reload();
  }, [round, reload]);
  return (
    <section className="tb-staff-panel" aria-labelledby="tbx-legacy-title" data-testid="exchange-legacy">
      <h2 id="tbx-legacy-title">{t.title}</h2>
      <Input.Search
        allowClear
        placeholder={t.search}
        aria-label={t.search}
        onSearch={(v) => {
          setQ(v);
          setPage(1);
        }}
        style={{ maxWidth: 420, marginBottom: 12 }}
        data-testid="exchange-legacy-search"
      />
      <ErrorAlert error={error} onReload={reload} />
      <Table<LegacyCase>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="exchange-legacy-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q ? t.noMatch : t.empty} />,
        }}
        columns={[
          { title: t.legacyNo, dataIndex: 'legacyNo' },
          { title: t.item, key: 'item', render: (_: unknown, r: LegacyCase) => `${r.itemName}（${r.itemCode}）` },
          {
            title: t.applicant,
            key: 'applicant',
            render: (_: unknown, r: LegacyCase) => (
              <>
                {r.applicantName} <Tag>{t.kind[r.applicantKind]}</Tag>
              </>
            ),
          },
          { title: t.certificate, dataIndex: 'certificateNoMasked' },
          { title: t.received, dataIndex: 'receivedOn' },
          {
            title: t.decided,
            key: 'decided',
            render: (_: unknown, r: LegacyCase) =>
              r.outcome ? `${t.outcome[r.outcome]} ${r.decidedOn ?? ''}` : t.pending,
          },
          { title: t.licence, dataIndex: 'licenceNo', render: (v: string | null) => v ?? '—' },
          { title: t.centre, dataIndex: 'centreName' },
        ]}
      />
    </section>
  );
}
