import type { Selection } from 'd3';
import type { TimeScale } from '../scale';

/** What every layer is given on each frame: the visible scale and the plot size. */
export interface FrameContext {
  x: TimeScale;
  width: number;
  height: number;
}

/** A render layer: one small object that draws its part into its own <g> (Observable Plot's mark, in spirit). */
export interface Layer<Data> {
  render(root: Selection<SVGGElement, unknown, null, undefined>, frame: FrameContext, data: Data): void;
}
