/** The two SVG charts: one customer's criteria and the whole list's verdicts (loaded when the rep asks for charts). */
import { criteriaChart, verdictChart } from '../../lib/ideal-customer/chart';
import type { CustomerEntry } from '../../lib/ideal-customer/records';
import { countVerdicts, type RankedCustomer } from '../../lib/ideal-customer/assess';
import BarChartSvg from './BarChartSvg';

interface Props {
  ranked: RankedCustomer<CustomerEntry>[];
  /** The customer whose criteria are drawn. */
  focus: CustomerEntry | undefined;
}

/** Both charts, each with its text alternative. */
export default function ChartsPanel({ ranked, focus }: Props) {
  return (
    <>
      {focus && <BarChartSvg id="chart-criteria" title={`Criteria of ${focus.name}`} chart={criteriaChart(focus.name, focus.ratings)} />}
      <BarChartSvg id="chart-verdicts" title="Verdicts across your customers" chart={verdictChart(countVerdicts(ranked))} />
    </>
  );
}
