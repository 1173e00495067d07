import type { ReactNode } from 'react';

/** One term and its value in a `tbp-dl` definition list (guides, case facts). */
export function DefinitionRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="tbp-dl__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
