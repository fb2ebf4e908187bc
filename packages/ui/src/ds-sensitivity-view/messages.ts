import { t, words } from '../lib/language.js';
import { failureMessage } from '../lib/richText.js';

/** Every word the sensitivity view shows, read from the `lab` catalog in the lab's language when used. */
export const SENSITIVITY_TEXT = words(
  'sensitivity',
  [
    'intro',
    'method',
    'morris',
    'sobol',
    'space',
    'indicator',
    'year',
    'trajectories',
    'samples',
    'seeds',
    'persons',
    'versus',
    'run',
    'progress',
    'totalOrder',
    'firstOrder',
    'sobolAxis',
    'barChart',
    'intervals',
    'showTable',
    'table',
    'parameter',
  ],
  {
    failed: (error: unknown) => failureMessage('sensitivity.failed', error),
    policy: (count: number) => t('sensitivity.policy', { count }),
    assumptions: (count: number) => t('sensitivity.assumptions', { count }),
    runs: (count: number) => t('sensitivity.runs', { count }),
    muStar: 'μ*',
    morrisAxis: (unit: string) => t('sensitivity.morrisAxis', { unit }),
    heading: (morris: boolean, label: string, year: number) =>
      t(morris ? 'sensitivity.headingMorris' : 'sensitivity.headingSobol', { label, year }),
    summary: (morris: boolean, label: string, year: number, versus: boolean, top: string) =>
      t(`sensitivity.summary${morris ? 'Morris' : 'Sobol'}${versus ? 'Versus' : ''}`, { label, year, top }),
    morrisColumns: () => ['μ*', t('sensitivity.column.muStarInterval'), 'σ', 'μ'],
    sobolColumns: () => ['S1', t('sensitivity.column.S1Interval'), 'ST', t('sensitivity.column.STInterval')],
    to: (low: string, high: string) => t('sensitivity.to', { low, high }),
  },
);
