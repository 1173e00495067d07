import { Empty, Table } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import type { WindowCounts, WindowRow, WindowSummary } from '../../../api/urges';
import { useLang } from '../../../i18n';
import { useStaffT } from '../../workbench/account/i18n';

type Key = keyof WindowCounts;

/** A count of cards linked to the queue filtered by that card (the server filters it in SQL, R-NEW-3). */
function CardCount({ n, card, testId }: { n: number; card: 'red' | 'yellow'; testId: string }) {
  if (n === 0) return <span data-testid={testId}>0</span>;
  return (
    <Link
      to={`/workbench/cases?view=all&warning=${card}`}
      className={card === 'red' ? 'tbs-red' : 'tbs-yellow'}
      data-testid={testId}
    >
      {n}
    </Link>
  );
}

const cell = (key: Key, r: WindowCounts, testId: string): ReactNode => {
  if (key === 'redCards') return <CardCount n={r.redCards} card="red" testId={testId} />;
  if (key === 'yellowCards') return <CardCount n={r.yellowCards} card="yellow" testId={testId} />;
  const late = key === 'overdueUrges' && r.overdueUrges > 0;
  return (
    <span className={late ? 'tbc-late' : undefined} data-testid={testId}>
      {r[key]}
    </span>
  );
};

const keys: readonly Key[] = ['openCases', 'yellowCards', 'redCards', 'openUrges', 'overdueUrges'];

/**
 * 各窗口在办件与红黄牌 (R-NEW-3, R-SUP-3): per window in the supervisor's reach, the open cases, their
 * yellow and red cards and the urges waiting for a reply, with the totals line; computed by the server.
 */
export function WindowTable({ summary, loading }: { summary: WindowSummary | undefined; loading: boolean }) {
  const t = useStaffT().urges.windows;
  const { lang } = useLang();
  const titles: Record<Key, string> = {
    openCases: t.open,
    yellowCards: t.yellow,
    redCards: t.red,
    openUrges: t.urges,
    overdueUrges: t.overdueUrges,
  };
  return (
    <Table<WindowRow>
      rowKey="windowId"
      size="small"
      loading={loading}
      dataSource={summary?.rows ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="window-cards"
      onRow={(r) =>
        ({ 'data-testid': 'window-cards-row', 'data-window-number': r.windowNumber }) as HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
      columns={[
        { title: t.window, key: 'window', render: (_, r) => `${r.windowNumber} ${r.windowName}` },
        {
          title: t.centre,
          key: 'centre',
          render: (_, r) => (lang === 'en' && r.centreNameEn ? r.centreNameEn : r.centreName),
        },
        ...keys.map((key) => ({
          title: titles[key],
          key,
          align: 'right' as const,
          render: (_: unknown, r: WindowRow) => cell(key, r, `cards-${key}`),
        })),
      ]}
      summary={() =>
        summary && summary.rows.length > 0 ? (
          <Table.Summary.Row data-testid="window-cards-total">
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t.total}</strong>
            </Table.Summary.Cell>
            {keys.map((key, i) => (
              <Table.Summary.Cell key={key} index={i + 2} align="right">
                <strong>{cell(key, summary.total, `total-${key}`)}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
