import { Alert, Select, Spin } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../../api/use-load';
import { useActing } from '../../workbench/account/gate';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { PostHeading } from '../../workbench/home/post-heading';
import { DaysPanel } from './days-panel';
import { SettingsPanel } from './settings-panel';
import { type CalendarView, calendarPath } from './types';
import './calendar.css';

const thisYear = new Date().getFullYear();

/**
 * 工作日历 (/supervision/calendar): the calendar of the centre the supervisor acts for. While the
 * centre inherits (from a centre above, or the national arrangement) the page says so; the first
 * change creates the centre's own copy on the server.
 */
export default function CalendarPage() {
  const t = useStaffT().calendar;
  const { acting } = useActing();
  const [year, setYear] = useState(thisYear);
  const { data, error, loading, reload } = useLoad<CalendarView>(`${calendarPath(acting.centreId)}?year=${year}`);

  const lastYear = Math.max(thisYear, Number(data?.coverage?.to.slice(0, 4) ?? thisYear)) + 1;
  const years = Array.from({ length: lastYear - (thisYear - 2) + 1 }, (_, i) => thisYear - 2 + i);

  return (
    <section className="tb-staff-page" data-testid="calendar-page">
      <PostHeading />
      <div className="tb-staff-panel">
        <h2 className="tb-staff-panel__title">{t.title}</h2>
        <p className="tb-staff-lead">{t.lead}</p>
        <div className="tb-calendar-bar">
          <span>{t.year}</span>
          <Select<number>
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            data-testid="calendar-year"
          />
        </div>
        {data && (
          <Alert
            type={data.inheritedFrom === null ? 'success' : 'info'}
            showIcon
            data-testid="calendar-inheritance"
            data-inherited={data.inheritedFrom ?? 'own'}
            title={
              data.inheritedFrom === null
                ? t.own
                : data.inheritedFrom === 'national'
                  ? t.inheritedNational
                  : t.inheritedFrom(data.inheritedFromName ?? data.inheritedFrom)
            }
            description={
              <>
                {data.inheritedFrom !== null && <div>{t.copyOnSave}</div>}
                {data.coverage && <div>{t.coverage(data.coverage.from, data.coverage.to)}</div>}
              </>
            }
          />
        )}
      </div>
      <ErrorAlert error={error} onReload={reload} />
      {loading && !data && <Spin />}
      {data && (
        <>
          <DaysPanel view={data} onChanged={reload} />
          <SettingsPanel key={`${data.centreId}:${data.version}`} view={data} onSaved={reload} />
        </>
      )}
    </section>
  );
}
