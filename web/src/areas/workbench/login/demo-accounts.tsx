import { Collapse } from 'antd';
import { useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';

type DemoAccount = { kind: 'staff' | 'person'; account: string; description: string };
type SiteDemo = { demo: boolean; demoAccounts?: DemoAccount[]; demoPassword?: string };

/** In the demo only: the staff demo accounts, each a button that fills in the user name. */
export function DemoAccounts({ onPick }: { onPick: (account: string) => void }) {
  const t = useStaffT();
  const { data } = useLoad<SiteDemo>('/api/site');
  const accounts = (data?.demoAccounts ?? []).filter((a) => a.kind === 'staff');
  if (!data?.demo || accounts.length === 0) return null;
  return (
    <Collapse
      data-testid="demo-accounts"
      defaultActiveKey={['demo']}
      items={[
        {
          key: 'demo',
          label: t.login.demoTitle,
          children: (
            <>
              <p className="tb-staff-lead">
                {t.login.demoPassword}
                <code className="tb-demo-password" data-testid="demo-password">
                  {data.demoPassword}
                </code>
                <br />
                {t.login.demoHint}
              </p>
              <ul className="tb-demo-accounts">
                {accounts.map((a) => (
                  <li key={a.account}>
                    <button
                      type="button"
                      className="tb-demo-account"
                      data-testid={`demo-account-${a.account}`}
                      onClick={() => onPick(a.account)}
                    >
                      <span className="tb-demo-account__name">{a.account}</span>
                      <span className="tb-demo-account__desc">{a.description}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}
