import { Button, Input, Space } from 'antd';
import { useStaffT } from '../../workbench/account/i18n';
import { type Period, periodsProblem } from './types';

/** The working periods of one day (e.g. 08:30–12:00, 13:30–17:30), with the problem shown beside them. */
export function PeriodsEditor({
  label,
  periods,
  onChange,
}: {
  label: string;
  periods: Period[];
  onChange: (periods: Period[]) => void;
}) {
  const t = useStaffT().calendar;
  const problem = periodsProblem(periods);
  const set = (index: number, patch: Partial<Period>) =>
    onChange(periods.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const message =
    problem === 'required' ? t.periodRequired : problem === 'format' ? t.periodFormat : problem ? t.periodOrder : null;
  return (
    <div className="tb-calendar-day" data-testid="calendar-periods" data-label={label}>
      <span className="tb-calendar-day__label">{label}</span>
      <Space wrap>
        {periods.map((p, i) => (
          <Space.Compact key={i}>
            <Input
              aria-label={`${label} ${i + 1} start`}
              value={p.start}
              onChange={(e) => set(i, { start: e.target.value.trim() })}
              placeholder="08:30"
              maxLength={5}
              style={{ width: 72 }}
              status={problem ? 'error' : ''}
            />
            <Input
              aria-label={`${label} ${i + 1} end`}
              value={p.end}
              onChange={(e) => set(i, { end: e.target.value.trim() })}
              placeholder="12:00"
              maxLength={5}
              style={{ width: 72 }}
              status={problem ? 'error' : ''}
            />
            <Button onClick={() => onChange(periods.filter((_, j) => j !== i))} aria-label={t.removePeriod}>
              −
            </Button>
          </Space.Compact>
        ))}
        {periods.length < 4 && (
          <Button
            type="dashed"
            onClick={() => onChange([...periods, { start: periods.at(-1)?.end ?? '08:30', end: '17:30' }])}
          >
            {t.addPeriod}
          </Button>
        )}
      </Space>
      {message && (
        <div className="tb-calendar-day__problem" role="alert">
          {message}
        </div>
      )}
    </div>
  );
}
