import { axisBottom } from 'd3';
import type { Layer } from './types';

/** The time axis along the bottom edge, with about one tick per 110 px and light grid lines across the plot. */
export const axisLayer: Layer<null> = {
  render(root, frame) {
    const ticks = Math.max(2, Math.floor(frame.width / 110));
    root
      .attr('class', 'timeline-axis')
      .attr('transform', `translate(0,${frame.height})`)
      .call(axisBottom(frame.x).ticks(ticks).tickSizeInner(-frame.height).tickSizeOuter(0).tickPadding(8));
  },
};
