import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useActing } from '../../workbench/account/gate';
import { useSupervisionFeesT } from './i18n';

type WindowOption = { id: string; number: string; name: string };
type Values = { windowId: string; series: string; firstNo: number; lastNo: number };

/** 发放票据本: a supervisor hands a book of numbered receipts to a window of their centre. */
export function IssueBook({ onIssued }: { onIssued: () => void }) {
  const t = useSupervisionFeesT().issue;
  const { acting } = useActing();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const windows = useLoad<WindowOption[]>(open ? `/api/org/centres/${acting.centreId}/windows` : null);
  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await apiPost('/api/invoice-books', values);
      void message.success(t.done(values.series));
      setOpen(false);
      form.resetFields();
      onIssued();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="book-issue-open">
        {t.open}
      </Button>
      <Modal
        open={open}
        title={t.title}
        okText={t.submit}
        cancelText={t.cancel}
        okButtonProps={{ loading: busy, htmlType: 'submit', form: 'tb-issue-book' }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ErrorAlert error={windows.error ?? failure} onReload={windows.reload} />
        <Form id="tb-issue-book" form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="windowId" label={t.window} rules={[{ required: true }]}>
            <Select
              data-testid="book-window"
              loading={windows.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(windows.data ?? []).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="series"
            label={t.series}
            extra={t.seriesHint}
            rules={[{ required: true, pattern: /^[0-9A-Z-]{1,20}$/ }]}
          >
            <Input maxLength={20} data-testid="book-series" />
          </Form.Item>
          <Form.Item name="firstNo" label={t.firstNo} rules={[{ required: true }]}>
            <InputNumber min={1} max={99_999_999} precision={0} style={{ width: '100%' }} data-testid="book-first" />
          </Form.Item>
          <Form.Item name="lastNo" label={t.lastNo} rules={[{ required: true }]}>
            <InputNumber min={1} max={99_999_999} precision={0} style={{ width: '100%' }} data-testid="book-last" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
