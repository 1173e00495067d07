import { Alert, Button } from 'antd';
import { ApiError } from '../../../api/client';
import { useSession } from '../../../session/session';
import type { StaffDictionary } from '../../../i18n/staff-zh';
import { useStaffT } from './i18n';

type FieldProblem = { field?: unknown; code?: unknown; rules?: unknown };

function isProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null;
}

/** The server's field-level details ({field, code} list or {field, rules}) as readable lines. */
function problemLines(details: unknown, t: StaffDictionary['errors']): string[] {
  const { field, code, fieldLine } = t;
  const list = Array.isArray(details) ? (details as unknown[]) : details ? [details] : [];
  const lines: string[] = [];
  for (const item of list) {
    if (!isProblem(item)) continue;
    const name = typeof item.field === 'string' ? (field[item.field] ?? item.field) : '';
    const codes = Array.isArray(item.rules) ? (item.rules as unknown[]) : [item.code];
    for (const c of codes) {
      if (typeof c !== 'string') continue;
      const text = code[c] ?? c;
      lines.push(name ? fieldLine(name, text) : text);
    }
  }
  return lines;
}

/**
 * An error from the server in the user's language (ApiError.message), its field details, and the
 * way out: reload after an optimistic-lock conflict, log in again after the session ended.
 */
export function ErrorAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const t = useStaffT();
  const { refresh } = useSession();
  if (!error) return null;

  if (error instanceof ApiError && error.code === 'resource.version_conflict') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="version-conflict"
        title={t.errors.versionConflict}
        action={
          <Button size="small" data-testid="version-conflict-reload" onClick={onReload ?? (() => location.reload())}>
            {t.common.reload}
          </Button>
        }
      />
    );
  }

  const message = error instanceof ApiError ? error.message : t.errors.unknown;
  const lines = error instanceof ApiError ? problemLines(error.details, t.errors) : [];
  const sessionEnded =
    error instanceof ApiError && (error.code === 'auth.required' || error.code === 'auth.session_expired');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="error-alert"
      title={message}
      description={
        lines.length > 0 ? (
          <>
            {t.errors.fieldsLabel}
            <ul className="tb-staff-problems">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : undefined
      }
      action={
        sessionEnded ? (
          <Button size="small" onClick={() => void refresh().catch(() => undefined)}>
            {t.errors.loginAgain}
          </Button>
        ) : onReload && !(error instanceof ApiError && error.status < 500 && error.status > 0) ? (
          <Button size="small" onClick={onReload}>
            {t.common.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
