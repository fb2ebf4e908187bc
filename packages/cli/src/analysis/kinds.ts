import type { AnalysisKind, DesignOf } from './analysisKind.js';
import { ensembleKind } from './ensembleKind.js';
import { sensitivityKind } from './sensitivityKind.js';
import { sweepKind } from './sweepKind.js';

/** The analyses whose parts `sim merge` can join. */
export const MERGEABLE_KINDS: Readonly<Record<string, AnalysisKind<unknown, DesignOf>>> = {
  ensemble: ensembleKind as unknown as AnalysisKind<unknown, DesignOf>,
  sweep: sweepKind as unknown as AnalysisKind<unknown, DesignOf>,
  sensitivity: sensitivityKind as unknown as AnalysisKind<unknown, DesignOf>,
};
