export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export function transformManifest(source: Record<string, any>, target: 'chrome' | 'firefox', version: string): Record<string, any>;
