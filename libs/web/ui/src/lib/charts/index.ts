export * from './chart-model';
export * from './chart-frame';
export * from './chart-legend';
export * from './bar-chart';
export * from './stacked-bar-chart';
export * from './line-chart';
