/** A region of a host country where a diaspora lives (global index = position in state.regions). */
export interface Region {
  readonly name: string;
  /** codes.Diaspora of the diaspora living there. */
  readonly diaspora: number;
  /** Share of the diaspora's settled members living here (sums to 1 per diaspora). */
  readonly settledShare: number;
  /** Share of the diaspora's labour migrants working here (sums to 1 per diaspora). */
  readonly migrantShare: number;
  /** Share of a diaspora member's ties that are co-ethnic (co-ethnic concentration). */
  readonly enclaveShare: number;
  /** Regional wage relative to the national average. */
  readonly wageLevel: number;
  readonly source: string;
}
