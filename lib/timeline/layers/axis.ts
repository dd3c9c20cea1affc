import { axisBottom, utcYear, type NumberValue } from 'd3';
import { yearText } from '../format';
import type { TimeScale } from '../scale';
import type { Layer } from './types';

/**
 * D3's tick labels, except that year ticks name the year as people write it: D3 prints astronomical years with
 * four digits ("-0499", and year 10000 as "0000"), where the timeline says "500 BC" like its details panel.
 */
export function axisTickFormat(x: TimeScale): (value: Date | NumberValue) => string {
  const standard = x.tickFormat();
  return (value) => {
    const date = new Date(value.valueOf());
    return utcYear.floor(date).getTime() === date.getTime() ? yearText(date.getUTCFullYear()) : standard(date);
  };
}

/** The time axis along the bottom edge, with about one tick per 110 px and light grid lines across the plot. */
export const axisLayer: Layer<null> = {
  render(root, frame) {
    const ticks = Math.max(2, Math.floor(frame.width / 110));
    root
      .attr('class', 'timeline-axis')
      .attr('transform', `translate(0,${frame.height})`)
      .call(
        axisBottom(frame.x)
          .ticks(ticks)
          .tickFormat(axisTickFormat(frame.x))
          .tickSizeInner(-frame.height)
          .tickSizeOuter(0)
          .tickPadding(8),
      );
  },
};
