import { useEffect, useState } from 'preact/hooks';
import type { Settings, TimeRange, WeekRanges } from '../core/settings/defaults';
import { schema } from '../core/settings/schema';
import { checkDay, checkWeek } from '../core/settings/week';
import { t } from '../shared/i18n';
import { weekProblemText } from '../ui/error-text';
import { fieldLabel } from '../ui/field-labels';
import { Section, Toggle, type Update } from '../ui/fields';
import { LockedGroup } from '../ui/locked';
import { DISPLAY_ORDER, minutesToText, textToMinutes, weekdayName } from './time-text';

const MAX = schema.workingHours.kind === 'week' ? schema.workingHours.maxRangesPerDay : 6;

/** A sensible next range: an hour after the last one ends, or office hours on an empty day. */
function nextRange(ranges: TimeRange[]): TimeRange {
  const last = ranges.reduce((end, r) => Math.max(end, r.endMin), 0);
  if (last === 0) return { startMin: 9 * 60, endMin: 17 * 60 };
  const start = Math.min(last + 60, 23 * 60);
  return { startMin: start, endMin: Math.min(start + 120, 24 * 60) };
}

export function ScheduleSection({ settings, update, lang }: { settings: Settings; update: Update; lang: string }) {
  // The draft may hold a range that is being typed and is not valid yet; only a valid week is saved.
  const [draft, setDraft] = useState<TimeRange[][]>(settings.workingHours);
  const saved = JSON.stringify(settings.workingHours);
  useEffect(() => setDraft(settings.workingHours), [saved]);

  const change = (day: number, ranges: TimeRange[]) => {
    const next = draft.map((r, i) => (i === day ? ranges : r));
    setDraft(next);
    const result = checkWeek(next, MAX);
    if ('week' in result && JSON.stringify(result.week) !== saved) update({ workingHours: result.week as WeekRanges });
  };

  return (
    <Section id="schedule" title={t('optSectionSchedule')} intro={t('optSectionScheduleIntro')}>
      <Toggle field="workingHoursEnabled" settings={settings} update={update} hint={t('optWorkingHoursEnabledHint')} />
      <LockedGroup field="workingHours">
        <div class="week" data-field="workingHours" role="group" aria-label={t(fieldLabel.workingHours)}>
          {DISPLAY_ORDER.map((day) => (
            <DayRow key={day} day={day} name={weekdayName(day, lang)} ranges={draft[day] ?? []} onChange={(r) => change(day, r)} />
          ))}
        </div>
      </LockedGroup>
    </Section>
  );
}

function DayRow({ day, name, ranges, onChange }: { day: number; name: string; ranges: TimeRange[]; onChange(r: TimeRange[]): void }) {
  const problem = checkDay(day, ranges, MAX);
  const labelId = `day-${day}-name`;
  const errorId = `day-${day}-error`;
  const set = (index: number, patch: Partial<TimeRange>) => onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div class="day-row" role="group" aria-labelledby={labelId}>
      <span id={labelId} class="day-name">
        {name}
      </span>
      <div class="ranges">
        {ranges.length === 0 && <span class="off">{t('optDayOff')}</span>}
        {ranges.map((r, i) => (
          <div class="range" key={i}>
            <input
              type="time"
              value={Number.isNaN(r.startMin) ? '' : minutesToText(r.startMin)}
              aria-label={t('optRangeStart', name, i + 1)}
              aria-invalid={problem && 'index' in problem && problem.index === i ? 'true' : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(e) => set(i, { startMin: textToMinutes(e.currentTarget.value, false) })}
            />
            <span aria-hidden="true">–</span>
            <input
              type="time"
              value={Number.isNaN(r.endMin) ? '' : minutesToText(r.endMin)}
              aria-label={t('optRangeEnd', name, i + 1)}
              aria-invalid={problem && 'index' in problem && problem.index === i ? 'true' : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(e) => set(i, { endMin: textToMinutes(e.currentTarget.value, true) })}
            />
            <button
              type="button"
              class="icon"
              aria-label={t('optRemoveRange', name, i + 1)}
              onClick={() => onChange(ranges.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        ))}
        {ranges.length < MAX && (
          <button
            type="button"
            class="small"
            aria-label={t('optAddRangeFor', name)}
            onClick={() => onChange([...ranges, nextRange(ranges)])}
          >
            {t('optAddRange')}
          </button>
        )}
      </div>
      {problem && (
        <p id={errorId} class="error">
          {weekProblemText(problem)}
        </p>
      )}
    </div>
  );
}
