// ISO dates as text that sorts as time runs, exactly as the start_order / end_order columns of migration 4 compute it
// (ISO text itself puts -0044 before -0500, and +012000 before 2017): 'A' and 1000000 minus the year before year 1,
// 'B' and the date for years 0000-9999, 'C' and the date without its '+' for later years.
export function timelineOrder(iso: string): string {
  if (iso.startsWith('-')) return `A${String(1_000_000 - Number(iso.slice(1, iso.length - 6))).padStart(6, '0')}${iso.slice(-6)}`;
  return iso.startsWith('+') ? `C${iso.slice(1)}` : `B${iso}`;
}
