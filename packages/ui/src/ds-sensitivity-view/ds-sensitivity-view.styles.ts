import { analysisStyles } from '../lib/analysisStyles.js';

export const sensitivityViewStyles = analysisStyles;
