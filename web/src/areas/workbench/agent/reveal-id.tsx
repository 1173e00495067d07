import { EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { testId } from './types';

/** 查看完整证件号: unmasked on request only, after a warning, and audited by the server. */
export function RevealIdNumber({ personId, masked }: { personId: string; masked: string }) {
  const t = useStaffT();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function reveal() {
    setError(null);
    try {
      const answer = await apiPost<{ field: string; value: string | null }>(`/api/persons/${personId}/reveal`, {
        field: 'idNumber',
      });
      setValue(answer.value);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <span className="tb-reveal">
      {value ? (
        <>
          <span data-testid="revealed-id-number" aria-label={t.agent.revealed}>
            {value}
          </span>
          <Button type="link" size="small" onClick={() => setValue(null)}>
            {t.agent.hide}
          </Button>
        </>
      ) : (
        <>
          <span data-testid="masked-id-number">{masked}</span>
          <Popconfirm
            title={t.agent.revealWarning}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={testId('reveal-confirm')}
            onConfirm={() => reveal()}
          >
            <Button type="link" size="small" icon={<EyeOutlined />} data-testid="reveal-id-number">
              {t.agent.reveal}
            </Button>
          </Popconfirm>
        </>
      )}
      <ErrorAlert error={error} />
    </span>
  );
}
