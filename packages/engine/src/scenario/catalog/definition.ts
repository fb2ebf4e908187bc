/** One entry of the parameter catalogue: a policy lever, an exogenous driver or a behavioural assumption. */
export type Evidence = 'data' | 'literature' | 'assumption' | 'calibrated';

export interface ParameterDefinition {
  readonly id: string;
  /** Plain-language label shown next to the control. */
  readonly label: string;
  readonly unit: string;
  /** Panel the UI shows it in. */
  readonly group: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (counts, on/off switches). */
  readonly integer?: boolean;
  readonly description: string;
  /** Where the default comes from: a citation, or why it is an assumption. */
  readonly source: string;
  readonly evidence: Evidence;
  /** Anchor of the section of docs/model.md that explains it. */
  readonly docs: string;
}

export const DIASPORAS = ['uz_in_kz', 'kz_in_uz'] as const;
export type DiasporaId = (typeof DIASPORAS)[number];
export const CORRIDORS = ['kz_to_uz', 'uz_to_kz'] as const;
export type CorridorId = (typeof CORRIDORS)[number];

/** The corridor a diaspora's remittances travel: Uzbeks in Kazakhstan send money from KZ to UZ. */
export const REMITTANCE_CORRIDOR: Record<DiasporaId, CorridorId> = { uz_in_kz: 'kz_to_uz', kz_in_uz: 'uz_to_kz' };
/** The direction of exchange students who join a diaspora as sojourners. */
export const STUDENT_CORRIDOR: Record<DiasporaId, CorridorId> = { uz_in_kz: 'uz_to_kz', kz_in_uz: 'kz_to_uz' };

export const HOST_COUNTRY: Record<DiasporaId, string> = { uz_in_kz: 'Kazakhstan', kz_in_uz: 'Uzbekistan' };
export const HOME_COUNTRY: Record<DiasporaId, string> = { uz_in_kz: 'Uzbekistan', kz_in_uz: 'Kazakhstan' };
export const DIASPORA_LABEL: Record<DiasporaId, string> = {
  uz_in_kz: 'Uzbeks in Kazakhstan',
  kz_in_uz: 'Kazakhs in Uzbekistan',
};

/** An entry of a catalogue written as data: every field named, the group given once for a list. */
export type AssumptionFields = Omit<ParameterDefinition, 'group'>;

export function inGroup(group: string, entries: readonly AssumptionFields[]): ParameterDefinition[] {
  return entries.map((entry) => ({ ...entry, group }));
}
