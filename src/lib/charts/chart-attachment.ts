import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import type { Attachment } from 'svelte/attachments';

/**
 * `{@attach chart(config)}` on a <canvas>: loads Chart.js only when a chart is on the page,
 * registers just the parts charts here use, and destroys the chart with the element.
 */
export function chart<T extends ChartType>(
	config: ChartConfiguration<T>
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let instance: Chart<T> | null = null;
		let destroyed = false;
		void import('chart.js').then((c) => {
			if (destroyed) return;
			c.Chart.register(
				c.BarController,
				c.BarElement,
				c.LineController,
				c.LineElement,
				c.PointElement,
				c.CategoryScale,
				c.LinearScale,
				c.Legend,
				c.Tooltip,
				c.Filler
			);
			instance = new c.Chart(canvas, config);
		});
		return () => {
			destroyed = true;
			instance?.destroy();
		};
	};
}
