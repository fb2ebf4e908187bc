import { analysisStyles } from '../lib/analysisStyles.js';

export const sweepViewStyles = analysisStyles;
