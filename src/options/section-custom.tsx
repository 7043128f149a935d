// "Your stretches": the person's own, listed, edited, copied from a built-in, shared as a file.
// The store (storage/custom-stretches-store.ts) keeps them on this device and in sync; this page
// shows what it holds and says plainly what stays on this device only. Deleting takes effect at
// once with an undo: the history keeps the names of stretches done, so nothing there is lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CUSTOM_LIMITS, newCustomId, type CustomStretch } from '../core/stretches/custom';
import { stretches as builtIns } from '../core/stretches/library';
import { stretchFile } from '../core/stretches/stretch-file';
import type { CustomStretchesView } from '../storage/custom-stretches-store';
import { t } from '../shared/i18n';
import { fileDate } from '../ui/download';
import { Section } from '../ui/fields';
import type { PageDeps } from '../ui/page-deps';
import { CustomEditor } from './custom-editor';
import { draftFromBuiltIn, draftOf, emptyDraft, type Draft, type FormState } from './custom-form-state';
import { CustomImport } from './custom-import';
import { CustomList } from './custom-list';
import { CustomSyncNotice } from './custom-sync-notice';
import { stretchWords } from '../ui/stretch-words';
import type { Stretch } from '../core/stretches/types';

const copyOf = (s: Stretch) => draftFromBuiltIn(s, stretchWords(s));

type Message = { kind: 'saved'; name: string } | { kind: 'deleted'; stretch: CustomStretch } | { kind: 'failed'; text: string } | null;

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export function CustomSection({ deps, random = Math.random }: { deps: PageDeps; random?: () => number }) {
  const store = deps.customStretches;
  const [view, setView] = useState<CustomStretchesView | null>(null);
  const [editing, setEditing] = useState<FormState | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [builtIn, setBuiltIn] = useState(builtIns[0]!.id);
  const reopen = useRef<string>('cs-add');
  useEffect(() => {
    const refresh = () => void store.load().then(setView, (err: unknown) => setMessage({ kind: 'failed', text: String(err) }));
    refresh();
    store.onChanged(refresh);
  }, [store]);

  const list = view?.stretches ?? [];
  const full = list.length >= CUSTOM_LIMITS.STRETCHES_MAX;
  const open = (draft: Draft, from: string, existing?: CustomStretch) => {
    reopen.current = from;
    setMessage(null);
    const id = existing?.id ?? newCustomId(new Set(list.map((s) => s.id)), random);
    setEditing({ id, isNew: !existing, draft, tried: false });
    focusLater('cs-title');
  };
  const close = () => {
    setEditing(null);
    focusLater(reopen.current);
  };
  const run = async (work: Promise<CustomStretchesView>, after: Message) => {
    try {
      setView(await work);
      setMessage(after);
    } catch (err) {
      setMessage({ kind: 'failed', text: String(err) });
    }
  };
  const download = (items: CustomStretch[], name: string) =>
    deps.download({
      name: `${name}-${fileDate(deps.now())}.json`,
      type: 'application/json',
      text: JSON.stringify(stretchFile(items, deps.now()), null, 2),
    });

  if (editing)
    return (
      <Section id="custom" title={t('customTitle')}>
        <CustomEditor
          key={editing.id}
          initial={editing}
          now={deps.now}
          onCancel={close}
          onSave={async (stretch) => {
            setView(await store.save(stretch));
            setMessage({ kind: 'saved', name: stretch.name });
            setEditing(null);
            focusLater(`cs-edit-${stretch.id}`);
          }}
        />
      </Section>
    );

  return (
    <Section id="custom" title={t('customTitle')} intro={t('customIntro')}>
      {view && <CustomSyncNotice view={view} />}
      {view && (
        <CustomList
          list={list}
          actions={{
            edit: (s) => open(draftOf(s), `cs-edit-${s.id}`, s),
            duplicate: (s) => open({ ...draftOf(s), name: t('customCopyName', s.name) }, `cs-edit-${s.id}`),
            exportOne: (s) => download([s], 'unhunch-stretch'),
            remove: (s) => {
              void run(store.remove(s.id), { kind: 'deleted', stretch: s });
              focusLater('cs-undo');
            },
          }}
        />
      )}
      <div class="custom-message" aria-live="polite">
        {message?.kind === 'saved' && (
          <p class="ok" role="status">
            {t('customSaved', message.name)}
          </p>
        )}
        {message?.kind === 'deleted' && (
          <p class="ok" role="status">
            {t('customDeleted', message.stretch.name)}{' '}
            <button
              type="button"
              class="small"
              id="cs-undo"
              onClick={() => void run(store.save(message.stretch), { kind: 'saved', name: message.stretch.name })}
            >
              {t('customUndo')}
            </button>
          </p>
        )}
        {message?.kind === 'failed' && (
          <p class="error" role="alert">
            {t('customSaveFailed', message.text)}
          </p>
        )}
      </div>
      <div class="actions custom-add">
        <button type="button" id="cs-add" disabled={full} onClick={() => open(emptyDraft(), 'cs-add')}>
          {t('customAdd')}
        </button>
        <label for="cs-builtin" class="custom-builtin-label">
          {t('customCopyOf')}
        </label>
        <select id="cs-builtin" value={builtIn} onChange={(e) => setBuiltIn(e.currentTarget.value)}>
          {builtIns.map((s) => (
            <option key={s.id} value={s.id}>
              {stretchWords(s).name}
            </option>
          ))}
        </select>
        <button type="button" id="cs-copy" disabled={full} onClick={() => open(copyOf(builtIns.find((s) => s.id === builtIn)!), 'cs-copy')}>
          {t('customCopyBuiltIn')}
        </button>
      </div>
      {full && <p class="hint">{t('customFull', CUSTOM_LIMITS.STRETCHES_MAX)}</p>}
      <h3>{t('customShareTitle')}</h3>
      <p class="hint">{t('customShareHint')}</p>
      <div class="actions custom-share">
        <button type="button" disabled={list.length === 0} onClick={() => download(list, 'unhunch-stretches')}>
          {t('customExportAll')}
        </button>
        <CustomImport existing={list} now={deps.now} random={random} add={async (added) => setView(await store.add(added))} />
      </div>
    </Section>
  );
}
