import { Alert, Spin, Switch } from 'antd';
import { useState } from 'react';
import { apiPut } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { useSession } from '../../../session/session';
import { useJointT } from '../../../components/joint-case/i18n';

type Setting = { centreId: string; deemSilentAgreement: boolean };

/**
 * 联办设置 (supervisor): whether a co-window silent past its limit is deemed to agree at this
 * centre (DOMAIN.md). Off by default: a silent window is only flagged.
 */
export default function JointSettingsPage() {
  const t = useJointT();
  const centreId = useSession().staff?.acting?.centreId ?? null;
  const path = centreId ? `/api/joint-settings/${centreId}` : null;
  const { data, error, loading, reload } = useLoad<Setting>(path);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = error ?? (saveError ? new Error(saveError) : null);
  return (
    <section className="tb-staff-panel" data-testid="joint-settings">
      <h1>{t.settingsTitle}</h1>
      {shown ? <Alert type="error" showIcon role="alert" title={shown instanceof Error ? shown.message : ''} /> : null}
      {loading && !data && <Spin />}
      {data && path && (
        <p>
          <Switch
            checked={data.deemSilentAgreement}
            loading={saving}
            data-testid="joint-deem-switch"
            onChange={(on) => {
              setSaving(true);
              setSaveError(null);
              apiPut<Setting>(path, { deemSilentAgreement: on }).then(
                () => {
                  setSaving(false);
                  reload();
                },
                (err: unknown) => {
                  setSaving(false);
                  setSaveError(err instanceof Error ? err.message : String(err));
                },
              );
            }}
          />{' '}
          {t.deemLabel}
        </p>
      )}
    </section>
  );
}
