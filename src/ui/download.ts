import type { DownloadFile } from './page-deps';

/**
 * Saves text as a file through an object URL and a download link: no `downloads` permission, no
 * network, and the same in both browsers.
 */
export function downloadText({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Firefox starts the download asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** '2026-03-02' in local time, for file names that sort by date. */
export function fileDate(nowMs: number): string {
  const d = new Date(nowMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
