import type { ParameterDefinition, ScheduleValue } from '@diaspora-sim/engine';
import { html, LitElement } from 'lit';
import { updateWhenLanguageChanges, words } from '../lib/language.js';
import { baseStyles } from '../theme.js';
import { assumptionsPanelStyles } from './ds-assumptions-panel.styles.js';

/** Every word ds-assumptions-panel shows (one place, for translation). */
const TEXT = words('assumptions', ['title', 'intro', 'none', 'context', 'contextIntro'], {});
/**
 * The behavioural assumptions (constants within their literature ranges) and the exogenous economic
 * context (schedulable), kept apart from the policy levers.
 *
 * @event ds-parameter-change - from its controls (section "assumptions" or "drivers")
 */
export class DsAssumptionsPanel extends LitElement {
  static override styles = [baseStyles, assumptionsPanelStyles];
  static override properties = {
    assumptions: { attribute: false },
    drivers: { attribute: false },
    assumptionValues: { attribute: false },
    driverValues: { attribute: false },
    baselineAssumptionValues: { attribute: false },
    baselineDriverValues: { attribute: false },
    startYear: { type: Number, attribute: 'start-year' },
    endYear: { type: Number, attribute: 'end-year' },
  };

  declare assumptions: readonly ParameterDefinition[];
  declare drivers: readonly ParameterDefinition[];
  declare assumptionValues: Readonly<Record<string, number>>;
  declare driverValues: Readonly<Record<string, ScheduleValue>>;
  declare baselineAssumptionValues: Readonly<Record<string, number>>;
  declare baselineDriverValues: Readonly<Record<string, ScheduleValue>>;
  declare startYear: number;
  declare endYear: number;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.assumptions = [];
    this.drivers = [];
    this.assumptionValues = {};
    this.driverValues = {};
    this.baselineAssumptionValues = {};
    this.baselineDriverValues = {};
    this.startYear = 2021;
    this.endYear = 2045;
  }

  override render() {
    const groups = [...new Set(this.assumptions.map((a) => a.group))].map((name) => ({ name, intro: '' }));
    return html`<h3>${TEXT.title}</h3>
      <p>${TEXT.intro}</p>
      ${
        this.assumptions.length
          ? html`<ds-lever-panel
              .definitions=${this.assumptions}
              .groups=${groups}
              .values=${this.assumptionValues}
              .baselineValues=${this.baselineAssumptionValues}
              section="assumptions"
              level="4"
              .allowSchedule=${false}
              start-year=${this.startYear}
              end-year=${this.endYear}
            ></ds-lever-panel>`
          : html`<p>${TEXT.none}</p>`
      }
      <h3>${TEXT.context}</h3>
      <p>${TEXT.contextIntro}</p>
      <ds-lever-panel
        .definitions=${this.drivers}
        .groups=${[...new Set(this.drivers.map((d) => d.group))].map((name) => ({ name, intro: '' }))}
        .values=${this.driverValues}
        .baselineValues=${this.baselineDriverValues}
        section="drivers"
        level="4"
        start-year=${this.startYear}
        end-year=${this.endYear}
      ></ds-lever-panel>`;
  }
}
