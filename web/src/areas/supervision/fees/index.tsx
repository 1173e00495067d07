import { Tabs } from 'antd';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { PostHeading } from '../../workbench/home/post-heading';
import { BooksTable } from '../../workbench/fees/books-table';
import type { InvoiceBook } from '../../workbench/fees/types';
import { useSupervisionFeesT } from './i18n';
import { IssueBook } from './issue-book';
import { Reconciliation } from './reconciliation';
import { FeeStats } from './stats';

function Books() {
  const { data, error, loading, reload } = useLoad<{ items: InvoiceBook[] }>('/api/invoice-books');
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <IssueBook onIssued={reload} />
      </div>
      <ErrorAlert error={error} onReload={reload} />
      <BooksTable books={data?.items ?? []} loading={loading} canSettle={false} onChange={reload} />
    </>
  );
}

/** 收费监管 (R-SUP-3): fee statistics, invoice books (overdue settlements) and bank reconciliation. */
export default function SupervisionFeesPage() {
  const t = useSupervisionFeesT();
  return (
    <section className="tb-staff-page" data-testid="supervision-fees">
      <PostHeading />
      <h1 className="tb-page-title" data-testid="fees-title">
        {t.title}
      </h1>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'stats', label: t.tabs.stats, children: <FeeStats /> },
          { key: 'books', label: t.tabs.books, children: <Books /> },
          { key: 'reconcile', label: t.tabs.reconcile, children: <Reconciliation /> },
        ]}
      />
    </section>
  );
}
