import { createContext, useContext } from 'react';

export const LARGE_TEXT_STORAGE_KEY = 'tongban.largeText';

export function readLargeText(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberLargeText(on: boolean): void {
  try {
    localStorage.setItem(LARGE_TEXT_STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Remembered for this visit only.
  }
}

export type LargeTextState = { largeText: boolean; setLargeText: (on: boolean) => void };

export const LargeTextContext = createContext<LargeTextState>({ largeText: false, setLargeText: () => undefined });

export function useLargeText(): LargeTextState {
  return useContext(LargeTextContext);
}
