import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/defaults';
import { SettingsInvalidError, type SettingsNotice } from '../storage/settings-store';
import { applyTheme } from '../ui/apply-theme';
import { t } from '../shared/i18n';
import type { PageDeps } from '../ui/page-deps';
import { fieldErrorText, policyProblemLines } from '../ui/error-text';
import type { PolicyProblem } from '../core/settings/policy';
import { ProblemList } from '../ui/problem-list';
import { NoticeList } from '../ui/notice-list';
import { PageHeader } from '../ui/page-header';
import { LockedContext } from '../ui/locked';
import { ActivitySection, BreaksSection, BreathSection, DisplaySection } from './section-breaks';
import { DataSection } from './section-data';
import { ScheduleSection } from './section-schedule';
import { ShortcutsSection } from './section-shortcuts';
import { StretchesSection } from './section-stretches';
import { CustomSection } from './section-custom';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; area: 'sync' | 'local' } | { kind: 'failed'; text: string };

const nav = ['breaks', 'activity', 'schedule', 'stretches', 'custom', 'breath', 'display', 'shortcuts', 'data'] as const;
const navKey: Record<(typeof nav)[number], string> = {
  breaks: 'optSectionBreaks',
  activity: 'optSectionActivity',
  schedule: 'optSectionSchedule',
  stretches: 'optSectionStretches',
  custom: 'customTitle',
  breath: 'optSectionBreath',
  display: 'optSectionDisplay',
  shortcuts: 'shortcutsTitle',
  data: 'optSectionData',
};

/** Every setting, grouped; each change is saved at once and reaches the background through onChange. */
export function OptionsApp({ deps, initial, notices }: { deps: PageDeps; initial: Settings; notices: SettingsNotice[] }) {
  const [settings, setSettings] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [locked, setLocked] = useState<ReadonlySet<string>>(() => new Set(notices.flatMap((n) => (n.code === 'managed' ? n.locked : []))));
  // What of the organisation's policy had to be left out, as of this page's own read of it.
  const [policyProblems, setPolicyProblems] = useState<PolicyProblem[]>([]);
  // The policy is read afresh here, after the page is up: an administrator's change shows at once.
  useEffect(() => {
    deps.policy.onChange(() => void deps.policy.cached().then((p) => setLocked(new Set(p.locked))));
    void deps.policy.refresh().then(
      (r) => setPolicyProblems(r.problems),
      () => undefined,
    );
  }, [deps]);

  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  // While this page's own saves are in flight, the change events they cause carry nothing new,
  // and an older one arriving late would undo the newer edit on screen.
  const savesInFlight = useRef(0);
  // Another page or device changed something: show it.
  useEffect(
    () =>
      deps.settings.onChange((s) => {
        if (savesInFlight.current === 0) setSettings(s);
      }),
    [deps],
  );

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setSave({ kind: 'saving' });
    savesInFlight.current += 1;
    deps.settings
      .save(next)
      .then(
        (area) => setSave({ kind: 'saved', area }),
        (err: unknown) =>
          setSave({ kind: 'failed', text: err instanceof SettingsInvalidError ? err.errors.map(fieldErrorText).join(' ') : String(err) }),
      )
      .finally(() => {
        savesInFlight.current -= 1;
      });
  };
  const reload = async () => setSettings((await deps.settings.load()).settings);

  return (
    <div class="page">
      <PageHeader title={t('optTitle')} intro={t('optIntro')} link={{ href: deps.statsUrl, label: t('optOpenStats') }} />
      <nav class="toc" aria-label={t('optContents')}>
        {nav.map((id) => (
          <a key={id} href={`#${id}`}>
            {t(navKey[id])}
          </a>
        ))}
      </nav>
      <p class={`save-state ${save.kind}`} role="status" aria-live="polite">
        {save.kind === 'saving'
          ? t('optSaving')
          : save.kind === 'saved'
            ? save.area === 'sync'
              ? t('optSaved')
              : t('optSavedLocal')
            : save.kind === 'failed'
              ? t('optSaveFailed', save.text)
              : ''}
      </p>
      <NoticeList deps={deps} settingsNotices={notices} />
      {policyProblems.length > 0 && (
        <ProblemList title={t('policyProblemsTitle')} lines={policyProblems.flatMap(policyProblemLines)} report="policy" role="status" />
      )}
      <LockedContext.Provider value={locked}>
        <main>
          <BreaksSection settings={settings} update={update} deps={deps} />
          <ActivitySection settings={settings} update={update} />
          <ScheduleSection settings={settings} update={update} lang={deps.lang} />
          <StretchesSection settings={settings} update={update} deps={deps} />
          <CustomSection deps={deps} />
          <BreathSection settings={settings} update={update} lang={deps.lang} />
          <DisplaySection settings={settings} update={update} speech={deps.speech} lang={deps.lang} toolbar={deps.toolbar} />
          <ShortcutsSection shortcuts={deps.shortcuts} />
          <DataSection settings={settings} update={update} deps={deps} reload={reload} />
        </main>
      </LockedContext.Provider>
    </div>
  );
}
