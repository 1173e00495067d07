import { App, Button, Empty, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { apiDelete, apiPost } from '../../../api/client';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { type CalendarDay, type CalendarView, type DayKind, calendarPath, isoWeekday } from './types';

type NewDay = { date: string; kind: DayKind; name: string };

/** 节假日与调休上班日 of one year: the list with its source, and adding or deleting a date. */
export function DaysPanel({ view, onChanged }: { view: CalendarView; onChanged: () => void }) {
  const t = useStaffT().calendar;
  const common = useStaffT().common;
  const { message } = App.useApp();
  const [form] = Form.useForm<NewDay>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      void message.success(done);
      onChanged();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (value: NewDay) => {
    const ok = await run(() => apiPost(`${calendarPath(view.centreId)}/days`, value), common.created);
    if (ok) form.resetFields(['date', 'name']);
  };
  const remove = (date: string) => run(() => apiDelete(`${calendarPath(view.centreId)}/days/${date}`), common.saved);

  return (
    <section className="tb-staff-panel" data-testid="calendar-days">
      <h2 className="tb-staff-panel__title">{t.daysTitle}</h2>
      <ErrorAlert error={error} onReload={onChanged} />
      <Form<NewDay>
        form={form}
        layout="inline"
        initialValues={{ kind: 'holiday' }}
        onFinish={(v) => void add(v)}
        data-testid="calendar-add-day"
      >
        <Form.Item
          name="date"
          label={t.date}
          rules={[
            { required: true, message: t.dateRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                getFieldValue('kind') === 'adjusted_working_day' && value && isoWeekday(value) < 6
                  ? Promise.reject(new Error(t.weekendOnly))
                  : Promise.resolve(),
            }),
          ]}
          dependencies={['kind']}
        >
          <Input type="date" min="2000-01-01" max="2099-12-31" />
        </Form.Item>
        <Form.Item name="kind" label={t.kind}>
          <Select
            style={{ width: 140 }}
            options={(['holiday', 'adjusted_working_day'] as const).map((k) => ({ value: k, label: t.kinds[k] }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, max: 40, message: t.nameRequired }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.add}
        </Button>
      </Form>
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        pagination={false}
        dataSource={view.days}
        locale={{ emptyText: <Empty description={t.emptyDays} /> }}
        columns={[
          { title: t.date, dataIndex: 'date', width: 130 },
          { title: t.weekday, key: 'weekday', width: 80, render: (_, d) => t.weekdays[isoWeekday(d.date) - 1] },
          {
            title: t.kind,
            dataIndex: 'kind',
            width: 130,
            render: (k: DayKind) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t.kinds[k]}</Tag>,
          },
          { title: t.name, dataIndex: 'name' },
          {
            title: t.source,
            dataIndex: 'source',
            width: 130,
            render: (s: string) => <Tag color={s === 'centre' ? 'gold' : 'default'}>{t.sources[s] ?? s}</Tag>,
          },
          {
            title: common.actions,
            key: 'actions',
            width: 90,
            render: (_, d) => (
              <Popconfirm title={t.removeConfirm(d.date)} onConfirm={() => remove(d.date)}>
                <Button size="small" danger disabled={busy} data-testid="calendar-remove-day" data-date={d.date}>
                  {t.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </section>
  );
}
