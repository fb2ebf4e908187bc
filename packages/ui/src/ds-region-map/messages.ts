/** Every word the Map view shows (one place, to move into the catalogs). */
export const MAP_TEXT = {
  intro:
    'Where in the two countries the diasporas live, and where the scenario changes most: one circle per region at its regional capital, its area proportional to the value. Values are means over the seeds of the comparison in view; a flow is the year’s total, a stock its value at the end of the year.',
  indicator: 'Indicator',
  year: 'Year (calendar)',
  show: 'Show',
  variants: { scenario: 'Scenario', baseline: 'Baseline', difference: 'Difference (scenario − baseline)' },
  loading: 'Running the regional values of this comparison…',
  loadingOutlines: 'Loading the country outlines…',
  failed: (message: string) => `The regional values could not be computed: ${message}`,
  outlinesFailed: (message: string) => `The country outlines could not be loaded: ${message}`,
  mapLabel: (indicator: string, year: number, variant: string) => `Map of ${indicator} in ${year} by region: ${variant}`,
  tableCaption: (indicator: string, year: number) => `${indicator} in ${year}, by region (mean over seeds)`,
  region: 'Region',
  increase: 'rise',
  decrease: 'fall',
  source: 'Outlines: Natural Earth (world-atlas). Circles at each region’s administrative centre (GeoNames).',
};
