import { useRef, useState } from 'react';
import { FloorPlan } from '../../../components/floor-plan';
import { useLang, useT } from '../../../i18n';
import { localName } from '../../../i18n/local-name';
import type { Hall, HallWindow } from './hall';
import './map.css';

type Props = { hall: Hall; initialWindowId: string | null };

/** Floor tabs, the floor's plan, the window tapped, and the floor's windows as a list. */
export function HallMap({ hall, initialWindowId }: Props) {
  const t = useT().kiosk.map;
  const { lang } = useLang();
  const initial = hall.windows.find((w) => w.id === initialWindowId);
  const [selectedId, setSelectedId] = useState<string | null>(initial?.id ?? null);
  const [chosenFloor, setChosenFloor] = useState<number | null>(initial?.floor ?? null);
  const details = useRef<HTMLDivElement>(null);

  const floors = [...new Set(hall.windows.map((w) => w.floor))].sort((a, b) => a - b);
  // The ground floor first, where there is one: that is where the visitor stands.
  const floor =
    chosenFloor !== null && floors.includes(chosenFloor) ? chosenFloor : floors.includes(1) ? 1 : (floors[0] ?? 1);
  const onFloor = hall.windows.filter((w) => w.floor === floor);
  const selected = onFloor.find((w) => w.id === selectedId);
  const department = (w: HallWindow) => localName(lang, w.departmentName, hall.departmentsEn[w.departmentId]);
  const floorName = t.floorName(floor);

  const chooseFloor = (f: number) => {
    setChosenFloor(f);
    setSelectedId(null);
  };
  const fact = (label: string, value: string, testId: string) => (
    <div className="tbk-window__fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <div className="tbk-map">
      {floors.length > 1 && (
        <div className="tbk-floors" role="group" aria-label={t.floorsLabel}>
          {floors.map((f) => (
            <button
              key={f}
              type="button"
              className={f === floor ? 'tbk-floor tbk-floor--on' : 'tbk-floor'}
              aria-pressed={f === floor}
              data-testid="kiosk-floor"
              data-floor={f}
              onClick={() => chooseFloor(f)}
            >
              <span className="tbk-floor__tab">{t.floorTab(f)}</span>{' '}
              <span className="tbk-floor__name">{t.floorName(f)}</span>
            </button>
          ))}
        </div>
      )}
      <div className="tbk-map__main">
        <FloorPlan
          floor={floor}
          label={t.plan(floorName)}
          size="touch"
          testId="kiosk-map-plan"
          onSelect={setSelectedId}
          markers={onFloor.map((w) => ({
            key: w.id,
            text: w.number,
            title: t.marker(w.number, department(w)),
            posX: w.posX,
            posY: w.posY,
            tone: w.id === selected?.id ? 'selected' : undefined,
            testId: 'kiosk-map-marker',
            number: w.number,
          }))}
        />
        <div
          ref={details}
          className={selected ? 'tbk-window tbk-window--shown' : 'tbk-window'}
          aria-live="polite"
          data-testid="kiosk-window-details"
          data-number={selected?.number}
        >
          {selected ? (
            <>
              <h2 className="tbk-window__number">{t.windowTitle(selected.number)}</h2>
              <dl className="tbk-window__facts">
                {fact(t.department, department(selected), 'kiosk-window-department')}
                {fact(t.name, selected.name, 'kiosk-window-name')}
                {fact(t.floor, floorName, 'kiosk-window-floor')}
                {/* As text: a kiosk cannot dial. */}
                {selected.telephone && fact(t.telephone, selected.telephone, 'kiosk-window-telephone')}
              </dl>
            </>
          ) : (
            <p className="tbk-window__pick">{t.pick}</p>
          )}
        </div>
      </div>
      <section className="tbk-map__list" aria-labelledby="tbk-map-list-title">
        <h2 id="tbk-map-list-title" className="tbk-map__list-title">
          {t.list(floorName, onFloor.length)}
        </h2>
        <ol className="tbk-window-list" data-testid="kiosk-window-list">
          {onFloor.map((w) => (
            <li key={w.id}>
              <button
                type="button"
                className="tbk-window-row"
                aria-pressed={w.id === selected?.id}
                data-testid="kiosk-window-row"
                data-number={w.number}
                onClick={() => {
                  setSelectedId(w.id);
                  // The window is shown beside the plan, above the list: bring it into view.
                  details.current?.scrollIntoView({ block: 'nearest' });
                }}
              >
                <span className="tbk-window-row__number">{w.number}</span>
                <span className="tbk-window-row__words">
                  <span className="tbk-window-row__department">{department(w)}</span>
                  <span className="tbk-window-row__name">{w.name}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
