// @ts-check
// The parts of Apache ECharts the page uses, and nothing else: bundled by
// cmd/assemble into the page's script.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridSimpleComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart,
  AriaComponent, GridSimpleComponent, LegendPlainComponent, MarkAreaComponent, MarkLineComponent,
  TitleComponent, TooltipComponent,
  SVGRenderer,
]);

export default echarts;
