import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../../i18n';

type Props = { page: number; pages: number; onChange: (page: number) => void };

/** Big 上一页 / 下一页 buttons: a touch screen has no mouse wheel and no pagination widget fits a finger. */
export function KioskPager({ page, pages, onChange }: Props) {
  const t = useT().kiosk.pager;
  if (pages <= 1) return null;
  return (
    <nav className="tbk-pager" aria-label={t.label} data-testid="kiosk-pager">
      <Button
        size="large"
        icon={<LeftOutlined />}
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
        data-testid="kiosk-prev"
      >
        {t.prev}
      </Button>
      <span className="tbk-pager__where" aria-live="polite" data-testid="kiosk-page">
        {t.page(page, pages)}
      </span>
      <Button
        size="large"
        icon={<RightOutlined />}
        iconPlacement="end"
        disabled={page >= pages}
        onClick={() => onChange(page + 1)}
        data-testid="kiosk-next"
      >
        {t.next}
      </Button>
    </nav>
  );
}

/** The page number in the address (?page=), 1 when missing or nonsense. */
export function pageParam(params: URLSearchParams): number {
  const n = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10_000) : 1;
}
