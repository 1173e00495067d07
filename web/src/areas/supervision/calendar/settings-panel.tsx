import { App, Button, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { apiPut } from '../../../api/client';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { PeriodsEditor } from './periods-editor';
import {
  type CalendarSettings,
  type CalendarView,
  type LimitUnit,
  calendarPath,
  periodsProblem,
  weekdayKeys,
} from './types';

function settingsOf(view: CalendarView): CalendarSettings {
  const { workingHours, adjustedWorkingDayHours, preReviewLimit, yellowRatio } = view;
  return { workingHours, adjustedWorkingDayHours, preReviewLimit, yellowRatio };
}

/**
 * 工作时间 and 预审时限与预警. The parent keys this panel by version, so a reload after any change
 * starts from what the server holds; the version sent back makes a concurrent edit a 409.
 */
export function SettingsPanel({ view, onSaved }: { view: CalendarView; onSaved: () => void }) {
  const staffT = useStaffT();
  const t = staffT.calendar;
  const { message } = App.useApp();
  const [draft, setDraft] = useState<CalendarSettings>(() => settingsOf(view));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const update = (patch: Partial<CalendarSettings>) => setDraft((d) => ({ ...d, ...patch }));

  const invalid =
    weekdayKeys.some((k) => periodsProblem(draft.workingHours[k]) !== null) ||
    (draft.adjustedWorkingDayHours !== null && periodsProblem(draft.adjustedWorkingDayHours) !== null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiPut(calendarPath(view.centreId), { ...draft, version: view.version });
      void message.success(staffT.common.saved);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const limit = draft.preReviewLimit;
  return (
    <section className="tb-staff-panel" data-testid="calendar-settings">
      <h2 className="tb-staff-panel__title">{t.hoursTitle}</h2>
      {weekdayKeys.map((k) => (
        <PeriodsEditor
          key={k}
          label={t.weekdayNames[k] ?? k}
          periods={draft.workingHours[k]}
          onChange={(periods) => update({ workingHours: { ...draft.workingHours, [k]: periods } })}
        />
      ))}
      <div className="tb-calendar-day">
        <span className="tb-calendar-day__label">{t.adjustedHours}</span>
        <Checkbox
          checked={draft.adjustedWorkingDayHours === null}
          onChange={(e) =>
            update({ adjustedWorkingDayHours: e.target.checked ? null : draft.workingHours.mon.map((p) => ({ ...p })) })
          }
        >
          {t.sameAsMonday}
        </Checkbox>
      </div>
      {draft.adjustedWorkingDayHours && (
        <PeriodsEditor
          label={t.adjustedHours}
          periods={draft.adjustedWorkingDayHours}
          onChange={(periods) => update({ adjustedWorkingDayHours: periods })}
        />
      )}

      <h2 className="tb-staff-panel__title">{t.limitsTitle}</h2>
      <Space wrap className="tb-calendar-day">
        <span className="tb-calendar-day__label">{t.preReview}</span>
        <InputNumber
          min={1}
          max={999}
          precision={0}
          value={limit.value}
          onChange={(v) => update({ preReviewLimit: { ...limit, value: v ?? 1 } })}
          data-testid="calendar-pre-review-value"
        />
        <Select<LimitUnit>
          style={{ width: 140 }}
          value={limit.unit}
          onChange={(unit) => update({ preReviewLimit: { ...limit, unit } })}
          options={(['working_days', 'working_hours', 'working_minutes'] as const).map((u) => ({
            value: u,
            label: t.units[u],
          }))}
        />
        <Input
          aria-label={t.explanation}
          placeholder={t.explanation}
          maxLength={200}
          value={limit.explanation}
          onChange={(e) => update({ preReviewLimit: { ...limit, explanation: e.target.value } })}
          style={{ width: 280 }}
        />
      </Space>
      <Space wrap className="tb-calendar-day">
        <span className="tb-calendar-day__label">{t.yellowRatio}</span>
        <InputNumber
          min={0}
          max={100}
          precision={1}
          value={Math.round(draft.yellowRatio * 1000) / 10}
          onChange={(v) => update({ yellowRatio: (v ?? 20) / 100 })}
          data-testid="calendar-yellow-ratio"
        />
      </Space>
      <ErrorAlert error={error} onReload={onSaved} />
      <Button type="primary" onClick={() => void save()} loading={busy} disabled={invalid} data-testid="calendar-save">
        {t.save}
      </Button>
    </section>
  );
}
