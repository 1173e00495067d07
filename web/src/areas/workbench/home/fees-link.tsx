import { Link } from 'react-router';
import { useLang } from '../../../i18n';

const words = {
  zh: {
    clerk: { title: '收费与票据', hint: '本窗口的收款票据本、使用与缴存' },
    head: { title: '收费审批', hint: '减免、作废、退款待审批' },
  },
  en: {
    clerk: { title: 'Fees and receipt books', hint: 'This window’s receipt books: use and settlement' },
    head: { title: 'Fee approvals', hint: 'Reductions, voids and refunds awaiting approval' },
  },
};

/** The card to /workbench/fees: a window's receipt books for its clerk, approvals for a head. */
export function FeesLink({ role }: { role: string }) {
  const { lang } = useLang();
  const w = words[lang === 'en' ? 'en' : 'zh'];
  const which = role === 'window_clerk' ? w.clerk : role === 'department_head' ? w.head : null;
  if (!which) return null;
  return (
    <li>
      <Link to="/workbench/fees" data-testid="link-fees">
        <strong>{which.title}</strong>
        <span>{which.hint}</span>
      </Link>
    </li>
  );
}
