/** Step t covers the quarter starting at year = startYear + t / stepsPerYear. */
export interface Timeline {
  readonly startYear: number;
  readonly endYear: number;
  readonly stepsPerYear: number;
  readonly steps: number;
}

export function createTimeline(startYear: number, endYear: number, stepsPerYear: number): Timeline {
  return { startYear, endYear, stepsPerYear, steps: (endYear - startYear + 1) * stepsPerYear };
}

export function yearOfStep(timeline: Timeline, t: number): number {
  return timeline.startYear + t / timeline.stepsPerYear;
}
