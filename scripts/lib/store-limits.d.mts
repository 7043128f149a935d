export const NAME_MAX: number;
export const DESCRIPTION_MAX: number;
export function checkStoreLimits(root: string): string[];
