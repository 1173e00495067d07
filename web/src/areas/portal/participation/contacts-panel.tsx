import { Spin } from 'antd';
import type { Loaded } from '../../../api/use-load';
import type { CentreContacts } from '../../../api/participation';
import { LoadError } from '../catalogue/load-error';
import { useParticipationT } from './texts';

/** 投诉电话 and the windows' published telephones (the centre's own data; nothing is shown that is not kept). */
export function ContactsPanel({ state }: { state: Loaded<CentreContacts> }) {
  const t = useParticipationT();
  const c = state.data;
  return (
    <aside
      className="tbm-section tbq-contacts"
      aria-labelledby="tbq-contacts-title"
      data-testid="participation-contacts"
    >
      <h2 id="tbq-contacts-title">{t.contacts.title}</h2>
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.loading && <Spin />}
      {c && (
        <>
          <p>
            {t.contacts.complaint}：
            <strong data-testid="participation-complaint-phone">
              {c.complaintTelephone ? (
                <a href={`tel:${c.complaintTelephone}`}>{c.complaintTelephone}</a>
              ) : (
                t.contacts.none
              )}
            </strong>
          </p>
          {c.address && (
            <p>
              {t.contacts.address}：{c.address}
            </p>
          )}
          {/* Folded: sixteen windows would push everything else off a phone's screen. */}
          <details className="tbq-windows-box">
            <summary>
              {t.contacts.windows}（{c.windows.length}）
            </summary>
            <ul className="tbq-windows">
              {c.windows.map((w) => (
                <li key={w.id}>
                  <span>
                    {w.number} {w.name}
                    <span className="tbq-muted">
                      {' '}
                      · {w.departmentName} · {t.contacts.floor(w.floor)}
                    </span>
                  </span>
                  <span>
                    {w.telephone ? (
                      <a href={`tel:${w.telephone}`}>{w.telephone}</a>
                    ) : (
                      <span className="tbq-muted">{t.contacts.none}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </aside>
  );
}
