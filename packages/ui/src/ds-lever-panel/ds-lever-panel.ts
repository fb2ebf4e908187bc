import type { ParameterDefinition, ScheduleValue } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import type { ParameterSection } from '../events.js';
import { groupText } from '../lib/catalogText.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { sameSchedule } from '../lib/parameters.js';
import { baseStyles } from '../theme.js';
import { leverPanelStyles } from './ds-lever-panel.styles.js';

export interface PanelGroup {
  /** The catalogue's (English) group name, shown in the lab's language. */
  readonly name: string;
  /** The key of one line on what the group is about (`leverPanel.intro.<key>` of the lab catalog); '' for none. */
  readonly intro: string;
}

const TEXT = words('leverPanel', [], {
  changed: (count: number) => t('leverPanel.changed', { count }),
  intro: (group: string) => t(`leverPanel.intro.${group}`),
});

/** The lever groups of the model's contract, in the order a policy reader meets them. */
export const LEVER_GROUPS: readonly PanelGroup[] = [
  { name: 'Integration barriers', intro: 'Integration barriers' },
  { name: 'Trade and transfer costs', intro: 'Trade and transfer costs' },
  { name: 'Exchange programs', intro: 'Exchange programs' },
  { name: 'Diaspora engagement', intro: 'Diaspora engagement' },
];

/** Who a parameter is about, from its id's prefix (in the lab's language). */
export function subjectOf(id: string): string {
  const prefix = id.slice(0, id.indexOf('.'));
  return t(SUBJECTS.includes(prefix) ? `subject.${prefix}` : 'subject.bilateral');
}
const SUBJECTS = ['uz_in_kz', 'kz_in_uz', 'kz_to_uz', 'uz_to_kz', 'kz', 'uz', 'russia'];

/**
 * The policy levers, grouped as the model's contract groups them and, inside a group, by diaspora
 * or corridor; one ds-lever each.
 *
 * @event ds-parameter-change - from its levers
 */
export class DsLeverPanel extends LitElement {
  static override styles = [baseStyles, leverPanelStyles];
  static override properties = {
    definitions: { attribute: false },
    groups: { attribute: false },
    values: { attribute: false },
    baselineValues: { attribute: false },
    section: {},
    allowSchedule: { type: Boolean, attribute: 'allow-schedule' },
    startYear: { type: Number, attribute: 'start-year' },
    endYear: { type: Number, attribute: 'end-year' },
    level: { type: Number },
    collapsed: { state: true },
  };

  declare definitions: readonly ParameterDefinition[];
  declare groups: readonly PanelGroup[];
  /** The scenario's values for this section (levers, drivers or assumptions). */
  declare values: Readonly<Record<string, ScheduleValue>>;
  declare baselineValues: Readonly<Record<string, ScheduleValue>>;
  declare section: ParameterSection;
  declare allowSchedule: boolean;
  declare startYear: number;
  declare endYear: number;
  /** Heading level of the group names (subjects one below), so headings follow the page's order. */
  declare level: number;
  declare collapsed: ReadonlySet<string>;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.definitions = [];
    this.groups = LEVER_GROUPS;
    this.values = {};
    this.baselineValues = {};
    this.section = 'levers';
    this.allowSchedule = true;
    this.startYear = 2021;
    this.endYear = 2045;
    this.level = 3;
    this.collapsed = new Set();
  }

  private toggle(name: string) {
    const next = new Set(this.collapsed);
    if (!next.delete(name)) next.add(name);
    this.collapsed = next;
  }

  override render() {
    const known = new Set(this.groups.map((g) => g.name));
    const others = [...new Set(this.definitions.map((d) => d.group).filter((g) => !known.has(g)))].map((name) => ({ name, intro: '' }));
    return html`${[...this.groups, ...others].map((group) => this.renderGroup(group))}`;
  }

  private renderGroup(group: PanelGroup) {
    const members = this.definitions.filter((d) => d.group === group.name);
    if (members.length === 0) return nothing;
    const subjects = [...new Set(members.map((d) => subjectOf(d.id)))];
    const changed = members.filter((d) => !sameSchedule(this.values[d.id], this.baselineValues[d.id], d)).length;
    const open = !this.collapsed.has(group.name);
    const id = `group-${this.groups.indexOf(group)}-${members[0].id.replace(/\W/g, '-')}`;
    return html`<section class="group" data-group=${group.name}>
      <div role="heading" aria-level=${this.level} class="group-heading">
        <button aria-expanded=${String(open)} aria-controls=${id} @click=${() => this.toggle(group.name)}>
          <span class="arrow" aria-hidden="true">${open ? '▾' : '▸'}</span>${groupText(group.name)}${changed ? html`<span class="count">${TEXT.changed(changed)}</span>` : nothing}
        </button>
      </div>
      <div id=${id} ?hidden=${!open}>
        ${group.intro ? html`<p class="intro">${TEXT.intro(group.intro)}</p>` : nothing}
        ${subjects.map(
          (
            subject,
          ) => html`${subjects.length > 1 ? html`<div role="heading" aria-level=${this.level + 1} class="subject">${subject}</div>` : nothing}
          ${members
            .filter((d) => subjectOf(d.id) === subject)
            .map(
              (d) => html`<ds-lever
                .definition=${d}
                .value=${this.values[d.id]}
                .baselineValue=${this.baselineValues[d.id]}
                .section=${this.section}
                .allowSchedule=${this.allowSchedule}
                start-year=${this.startYear}
                end-year=${this.endYear}
              ></ds-lever>`,
            )}`,
        )}
      </div>
    </section>`;
  }
}
