/** Ages and thresholds in quarters, defined once (the persons' ages are kept in quarters). */

/** Adults are 18 or older (the age of majority in both countries): minors move with a parent. */
export const ADULT_QUARTERS = 18 * 4;
/** Children go to school from 6 to 17. */
export const SCHOOL_START_QUARTERS = 6 * 4;
/** Working age ends at 65 for employees. */
export const RETIREMENT_QUARTERS = 65 * 4;
/** Owners close their business at this age. */
export const BUSINESS_EXIT_QUARTERS = 70 * 4;
/** A language is spoken at proficiency 0.5 and above. */
export const PROFICIENT = 0.5;
