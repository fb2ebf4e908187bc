import { calibrationTarget } from './calibrationTargets.js';

/**
 * Who is present at the start of 2021, per diaspora. Stocks come from the calibration targets (each
 * for its own year, used as the 2021 value); the rest are stated assumptions.
 */
export interface InitialPopulation {
  /** Settled members (census figure). */
  readonly settled: number;
  readonly labourMigrants: number;
  readonly students: number;
  /** Growth rate of the stable population the age pyramid is drawn from, per year. */
  readonly pyramidGrowthRate: number;
  /** Shares of settled members by generation 1 (born abroad), 2, 3 (later). */
  readonly generationShares: readonly [number, number, number];
  /** Share of male labour migrants. */
  readonly migrantMaleShare: number;
  readonly sources: string;
}

export const INITIAL_POPULATION: readonly InitialPopulation[] = [
  {
    settled: calibrationTarget('uz_in_kz.population').value,
    labourMigrants: calibrationTarget('uz_in_kz.migrants').value,
    students: calibrationTarget('uz_to_kz.students_enrolled').value,
    pyramidGrowthRate: 0.022,
    generationShares: [0.05, 0.1, 0.85],
    migrantMaleShare: 0.8,
    sources:
      'Census 2021 (settled), Ministry of Economy of Uzbekistan January 2021 (migrants), enrolment about 2018 (students). ' +
      'Assumptions: an autochthonous community, mostly born in Kazakhstan (generation 3 = 85%); pyramid of a stable population ' +
      'growing 2.2% a year under the 2023 life table, about what a fertility near 4 sustains (2.5% observed 2009–2021), ' +
      'giving about a third under 15; 80% of labour migrants men.',
  },
  {
    settled: calibrationTarget('kz_in_uz.population').value,
    labourMigrants: 2_000,
    students: calibrationTarget('kz_to_uz.students_enrolled').value,
    pyramidGrowthRate: 0.02,
    generationShares: [0.03, 0.07, 0.9],
    migrantMaleShare: 0.7,
    sources:
      'State Statistics Committee 2021 (settled), enrolment 2021–22 (students). Assumptions: 2,000 Kazakh labour migrants in ' +
      'Uzbekistan (no figure found; wages are higher in Kazakhstan, so few); an autochthonous community; pyramid of a stable ' +
      'population growing 2% a year under the 2023 life table, the growth of births in Uzbekistan (the natural growth is offset ' +
      'by returns to Kazakhstan, which take whole families).',
  },
];

/** Skill shares (low, mid, high) by kind: settled, labour migrant, student. Assumptions. */
export const SKILL_SHARES = {
  settled: [0.45, 0.4, 0.15],
  labourMigrant: [0.6, 0.32, 0.08],
  student: [0, 0, 1],
} as const;

/**
 * Legal status of settled members born abroad (generation 1): citizen, permanent resident, temporary
 * permit, irregular. Generations 2 and 3 are citizens by birth. Assumption.
 */
export const FIRST_GENERATION_LEGAL_SHARES = [0.5, 0.3, 0.15, 0.05] as const;

/** Share of newborns who are boys (sex ratio at birth about 105). */
export const MALE_BIRTH_SHARE = 0.512;

/** Ages of labour migrants on arrival and at the start: 18 to 45, most in their twenties. Assumption. */
export const MIGRANT_AGE_MIN_YEARS = 18;
export const MIGRANT_AGE_SPAN_YEARS = 27;
/** Ages of exchange students on arrival: 18 to 24. */
export const STUDENT_AGE_MIN_YEARS = 18;
export const STUDENT_AGE_SPAN_YEARS = 7;
/** Length of a student's stay: one to four whole years, equally likely (mean 2.5 years). */
export const STUDENT_STAY_MIN_YEARS = 1;
export const STUDENT_STAY_MAX_YEARS = 4;

/** Students stand for fewer persons per agent, so a few hundred students are not a handful of agents. */
export function studentWeight(personsPerAgent: number): number {
  return Math.max(1, Math.round(personsPerAgent / 20));
}

/**
 * Persons a labour-migrant agent stands for: the settled weight where migrants are many (Uzbeks in
 * Kazakhstan, about 200,000), the students' finer weight where they are a rare role (Kazakhs in
 * Uzbekistan, about 2,000), so that a lever aimed at them acts on more than a couple of agents.
 */
export function migrantWeight(diaspora: number, personsPerAgent: number): number {
  return INITIAL_POPULATION[diaspora].labourMigrants < RARE_ROLE_PERSONS
    ? studentWeight(personsPerAgent)
    : Math.max(1, Math.round(personsPerAgent));
}

/** A group smaller than this is a rare role, given the finer weight. */
const RARE_ROLE_PERSONS = 20_000;
