/** Draws a bar chart from the geometry in `lib/ideal-customer/chart`; its text alternative is the chart's summary. */
import type { BarChart } from '../../lib/ideal-customer/chart';

interface Props {
  id: string;
  title: string;
  chart: BarChart;
}

/** An SVG bar chart with labels and values written out, named by its title and described by its summary. */
export default function BarChartSvg({ id, title, chart }: Props) {
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{chart.summary}</desc>
        {chart.bars.map((bar) => {
          const middle = bar.y + bar.height / 2;
          return (
            <g class={`bar bar-${bar.key}`} key={bar.key}>
              <text class="bar-label" x={chart.trackX - 10} y={middle} text-anchor="end" dominant-baseline="central">
                {bar.label}
              </text>
              <rect class="bar-track" x={chart.trackX} y={bar.y} width={chart.trackWidth} height={bar.height} rx={3} />
              <rect class="bar-fill" x={chart.trackX} y={bar.y} width={bar.width} height={bar.height} rx={3} />
              <text class="bar-value" x={chart.valueX} y={middle} dominant-baseline="central">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
