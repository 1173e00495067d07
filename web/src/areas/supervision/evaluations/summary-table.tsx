import { Empty, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import type { EvaluationSummary, EvaluationSummaryRow } from '../../../api/evaluations';
import { levelsBestFirst, useEvaluationLabels } from '../../../components/evaluation/labels';
import { useStaffT } from '../../workbench/account/i18n';

type Counts = Omit<EvaluationSummaryRow, 'windowId' | 'windowNumber' | 'windowName' | 'centreName'>;

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

/** The figures of one row, window or overall, in the table's column order after the names. */
function figures(r: Counts) {
  return [
    ...levelsBestFirst.map((level) => ({ key: `level-${level}`, value: String(r.counts[level - 1]) })),
    { key: 'total', value: String(r.total) },
    { key: 'satisfaction', value: percent(r.satisfaction) },
    { key: 'open', value: String(r.openFollowUps) },
    { key: 'overdue', value: String(r.overdueFollowUps) },
  ];
}

/**
 * 按窗口统计 (R-SUP-4 by window): each window's ratings at each level, the satisfaction rate and its
 * follow-ups still open or overdue, computed by the server for the supervisor's centres.
 */
export function SummaryTable({ summary, loading }: { summary: EvaluationSummary | undefined; loading: boolean }) {
  const t = useStaffT().evaluation.supervision;
  const l = useEvaluationLabels();
  const late = (n: number) => (n > 0 ? 'tbc-late' : undefined);
  return (
    <Table<EvaluationSummaryRow>
      rowKey="windowId"
      size="small"
      loading={loading}
      dataSource={summary?.rows ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="evaluation-summary"
      onRow={(r) =>
        ({ 'data-testid': 'summary-row', 'data-window-number': r.windowNumber }) as HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
      columns={[
        { title: t.window, key: 'window', render: (_, r) => `${r.windowNumber} ${r.windowName}` },
        { title: t.centre, key: 'centre', dataIndex: 'centreName' },
        ...levelsBestFirst.map((level) => ({
          title: l.levels[level],
          key: `level-${level}`,
          align: 'right' as const,
          render: (_: unknown, r: EvaluationSummaryRow) => (
            <span data-testid={`summary-level-${level}`}>{r.counts[level - 1]}</span>
          ),
        })),
        {
          title: t.total,
          key: 'total',
          align: 'right',
          render: (_, r) => <span data-testid="summary-total">{r.total}</span>,
        },
        {
          title: t.satisfaction,
          key: 'satisfaction',
          align: 'right',
          render: (_, r) => <span data-testid="summary-satisfaction">{percent(r.satisfaction)}</span>,
        },
        {
          title: t.open,
          key: 'open',
          align: 'right',
          render: (_, r) => <span data-testid="summary-open">{r.openFollowUps}</span>,
        },
        {
          title: t.overdue,
          key: 'overdue',
          align: 'right',
          render: (_, r) => (
            <span className={late(r.overdueFollowUps)} data-testid="summary-overdue">
              {r.overdueFollowUps}
            </span>
          ),
        },
      ]}
      summary={() =>
        summary && summary.rows.length > 0 ? (
          <Table.Summary.Row data-testid="summary-overall">
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t.overall}</strong>
            </Table.Summary.Cell>
            {figures(summary.overall).map((f, i) => (
              <Table.Summary.Cell key={f.key} index={i + 2} align="right">
                <strong data-testid={`overall-${f.key}`}>{f.value}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
