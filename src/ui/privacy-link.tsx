/**
 * The privacy policy the build writes beside the pages (scripts/lib/privacy-page.mjs, from
 * PRIVACY.md). Unhunch has no web page of its own, so the copy inside the extension is the one
 * a person can always open, and it is the policy of the version they run. Every page sits at the
 * extension's root, so a relative link reaches it.
 */
export const PRIVACY_PAGE = 'privacy.html';

/** Opens the policy in a new tab, so the settings or the first-run choices stay where they were. */
export function PrivacyLink({ label }: { label: string }) {
  return (
    <a href={PRIVACY_PAGE} target="_blank" rel="noopener" class="link">
      {label}
    </a>
  );
}
