import { laneBox } from './events';
import type { Layer } from './types';

/** A lane's name and how many events it has in view (marks, or counted density). */
export interface LaneHeader {
  key: string;
  label: string;
  count: number;
}

/** Lane names and the lines between lanes; nothing when there is a single lane. */
export const lanesLayer: Layer<readonly LaneHeader[]> = {
  render(root, frame, lanes) {
    const shown = lanes.length > 1 ? lanes : [];
    const left = frame.x.range()[0];
    const groups = root
      .attr('class', 'timeline-lanes')
      .selectAll<SVGGElement, LaneHeader>('g.lane')
      .data(shown, (lane) => lane.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'lane').attr('role', 'group');
        g.append('line');
        g.append('text').attr('dy', '1em');
        return g;
      })
      .attr('transform', (_, i) => `translate(0,${laneBox(i, shown.length, frame.height).top})`)
      .attr('aria-label', (lane) => `Lane ${lane.label}: ${lane.count} events in view`);
    groups.select('line').attr('x1', left).attr('x2', left + frame.width).attr('y1', 0).attr('y2', 0);
    groups
      .select('text')
      .attr('x', left + 2)
      .attr('y', 1)
      .text((lane) => `${lane.label} (${lane.count})`);
  },
};
