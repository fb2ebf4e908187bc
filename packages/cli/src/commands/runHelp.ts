import { CALENDAR_YEAR_RULE } from '@diaspora-sim/analysis';
import { ASSUMPTIONS, DRIVERS, LEVERS, type ParameterDefinition } from '@diaspora-sim/engine';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_INTERRUPTED } from '../cliError.js';

const SET_VALUES = `Values for --set (checked by the same schema as scenario files):
  a number                     --set kz_to_uz.remittance_cost_pct=1
  [year, value] steps (JSON)   --set 'trade.border_delay_days=[[2026,1.5],[2030,0.5]]'
                               each value holds from the start of its year until the next step;
                               before the first step, the lever's default
  an expression in year and t  --set 'kz_to_uz.remittance_cost_pct=max(0.5, 2 - 0.1*(year-2021))'
                               (year: decimal year at the start of the quarter; t: step from 0)
                               arithmetic, comparisons, cond ? a : b, and abs min max exp log log10
                               sqrt pow floor ceil round sign sin cos tan mod; nothing else
  Every value is checked against the parameter's range at every quarter it applies.`;

const OUTPUTS = `Output (written into a temporary directory beside DIR and renamed at the end: nothing is left
behind on failure or Ctrl-C; an existing DIR is replaced only if it holds nothing but
series.csv, regions.csv and summary.json):
  DIR/series.csv    columns seed,step,year, then every indicator id; one row per seed and
                    quarter; year = decimal year at the start of the quarter (2021.25 = Q2 2021);
                    stocks measured at the end of the quarter; flows are yearly rates (the
                    quarter's flow times 4); money in nominal USD; numbers at full precision
  DIR/regions.csv   columns seed,step,year,region, then every regional indicator id (persons,
                    migrants, students, business owners, remittances sent in USD per year,
                    heritage and host language shares, host prejudice and attitude); one row per
                    seed, quarter and region; counts and flows add up to the national indicators
  DIR/summary.json  the validated scenario (defaults filled, overrides applied), the --set
                    texts, the seeds, the engine version, and per indicator and calendar year
                    the mean, p5, p50 and p95 over seeds
  stdout            a table of key indicators (mean over seeds) at a few years
  stderr            progress with time left (on a terminal, or every 10 s in long runs)

Calendar-year value of one seed:
  flows (USD per year, persons per year, collaborations per year):
                    ${CALENDAR_YEAR_RULE.flow}
  stocks, shares, indices:
                    ${CALENDAR_YEAR_RULE.stock}`;

const EXIT_CODES = `Exit codes: 0 done; ${EXIT_BAD_INPUT} bad input (missing file, broken JSON, unknown id, value out of range,
bad expression, bad flag; nothing written); ${EXIT_FAILURE} internal error; ${EXIT_INTERRUPTED} interrupted.

Relative paths are taken from the directory you ran pnpm in (pnpm's INIT_CWD), not packages/cli.

Examples:
  pnpm sim run scenarios/baseline.json
  pnpm sim run scenarios/remittance-costs-cut.json --seeds 16 --out out/cheap-remittances
  pnpm sim run scenarios/baseline.json --seed 7 --seeds 1 --persons-per-agent 1000 \\
      --set uz_in_kz.anti_discrimination=0.6 --set 'trade.cooperation_zone=[[2027,1]]'`;

function parameterList(title: string, definitions: readonly ParameterDefinition[]): string {
  if (definitions.length === 0) return `${title}: none yet`;
  const rows = definitions.map((d) => [d.id, `${d.min} to ${d.max}`, `default ${d.default}`, d.unit]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)) + 2);
  const lines = rows.map((r) => `  ${r[0].padEnd(widths[0])}${r[1].padEnd(widths[1])}${r[2].padEnd(widths[2])}${r[3]}`);
  return `${title} (id, range, default, unit):\n${lines.join('\n')}`;
}

export const RUN_HELP_DETAILS = [
  SET_VALUES,
  OUTPUTS,
  parameterList('Levers', LEVERS),
  parameterList('Drivers (exogenous paths)', DRIVERS),
  parameterList('Assumptions (one number each)', ASSUMPTIONS),
  EXIT_CODES,
].join('\n\n');
