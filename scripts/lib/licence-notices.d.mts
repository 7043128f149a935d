export const NOTICES_FILE: string;
export interface ShippedPackage {
  dir: string;
  files: string[];
}
export function bundledPackages(metafile: {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}): ShippedPackage[];
export function packageDir(path: string): string | undefined;
export function licenceNotices(root: string, shipped: ShippedPackage[]): string;
