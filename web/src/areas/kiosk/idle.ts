import { useEffect, useRef } from 'react';

/** Two minutes without a touch: the next person at the kiosk starts from the home screen. */
export const KIOSK_IDLE_MS = 120_000;

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Calls onIdle once after timeoutMs without user activity; any activity starts the wait again. */
export function useIdle(timeoutMs: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    const fire = () => onIdleRef.current();
    let timer = window.setTimeout(fire, timeoutMs);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(fire, timeoutMs);
    };
    for (const name of activityEvents) window.addEventListener(name, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart, { capture: true });
    };
  }, [timeoutMs]);
}
