import { isoDayNumber } from '@/lib/filters/dates';
import type { TimeWindow } from '@/lib/filters/view';

/** True when the event's inclusive interval overlaps the window (a null window shows everything dated). */
export function inWindow(event: { start: string | null; end: string | null }, window: TimeWindow | null): boolean {
  if (!event.start || !event.end) return false;
  if (!window) return true;
  return isoDayNumber(event.end)! >= isoDayNumber(window.start)! && isoDayNumber(event.start)! < isoDayNumber(window.end)!;
}
