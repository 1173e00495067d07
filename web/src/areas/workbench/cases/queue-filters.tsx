import { Input, Segmented, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CaseStatus, Warning } from '../../../api/cases';
import { useStaffT } from '../account/i18n';

export type QueueFilterPatch = Partial<Record<'status' | 'warning' | 'q' | 'sort', string | undefined>>;

const statuses: CaseStatus[] = [
  'submitted',
  'township_review',
  'supplement',
  'in_review',
  'special_procedure',
  'granted',
  'denied',
  'concluded',
  'rejected',
  'withdrawn',
  'revoked',
];

/** Status, red/yellow card, search ("/" focuses it) and order; each change is one URL update. */
export function QueueFilters({
  status,
  warning,
  q,
  sort,
  onChange,
}: {
  status: CaseStatus | undefined;
  warning: Warning | undefined;
  q: string | undefined;
  sort: 'deadline' | 'submitted';
  onChange: (patch: QueueFilterPatch) => void;
}) {
  const c = useStaffT().cases;
  const [text, setText] = useState(q ?? '');
  const search = useRef<HTMLInputElement | null>(null);

  useEffect(() => setText(q ?? ''), [q]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="tbc-filters" role="search">
      <Input.Search
        ref={(el) => {
          search.current = el?.input ?? null;
        }}
        className="tbc-filters__search"
        value={text}
        allowClear
        placeholder={c.searchPlaceholder}
        aria-label={c.searchPlaceholder}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        data-testid="queue-search"
      />
      <Select<CaseStatus | ''>
        className="tbc-filters__status"
        value={status ?? ''}
        aria-label={c.filterStatus}
        options={[{ value: '', label: c.allStatuses }, ...statuses.map((s) => ({ value: s, label: c.status[s] }))]}
        onChange={(value) => onChange({ status: value || undefined })}
        data-testid="queue-status"
      />
      <Segmented<string>
        value={warning ?? 'any'}
        aria-label={c.filterWarning}
        options={[
          { value: 'any', label: c.warningAny },
          {
            value: 'yellow',
            label: (
              <span className="tbc-seg">
                <span className="tbc-card tbc-card--yellow" aria-hidden />
                {c.warning.yellow}
              </span>
            ),
          },
          {
            value: 'red',
            label: (
              <span className="tbc-seg">
                <span className="tbc-card tbc-card--red" aria-hidden />
                {c.warning.red}
              </span>
            ),
          },
        ]}
        onChange={(value) => onChange({ warning: value === 'any' ? undefined : value })}
        data-testid="queue-warning"
      />
      <Select<'deadline' | 'submitted'>
        className="tbc-filters__sort"
        value={sort}
        aria-label={c.sortLabel}
        options={[
          { value: 'deadline', label: c.sort.deadline },
          { value: 'submitted', label: c.sort.submitted },
        ]}
        onChange={(value) => onChange({ sort: value === 'deadline' ? undefined : value })}
        data-testid="queue-sort"
      />
    </div>
  );
}
