import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import type { Attachment } from 'svelte/attachments';

/**
 * `{@attach chart(config)}` on a <canvas>: loads Chart.js only when a chart is on the page,
 * registers just the parts charts here use, and destroys the chart with the element.
 * The canvas gets `data-drawn` as it draws: until then app.css hides its `.chart-box`, so a
 * page without JavaScript (or whose chart failed) shows the chart's table, not an empty box.
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
			// Marked before drawing, so the box is laid out when Chart.js measures it.
			canvas.dataset.drawn = '';
			try {
				instance = new c.Chart(canvas, config);
			} catch (error) {
				delete canvas.dataset.drawn;
				throw error;
			}
		});
		return () => {
			destroyed = true;
			instance?.destroy();
		};
	};
}
