/** A problem with a scenario, where it is and what is wrong: what every refusal of untrusted input carries. */
export interface ScenarioIssue {
  /** Where in the file, e.g. `levers["uz_in_kz.anti_discrimination"]`. */
  readonly path: string;
  readonly message: string;
}

export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

/** The path of a parameter's entry in a scenario file, e.g. `assumptions["language.course_gain"]`. */
export function parameterPath(section: 'levers' | 'drivers' | 'assumptions', id: string): string {
  return `${section}[${JSON.stringify(id)}]`;
}
