export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export function loadLocales(root: string): Map<string, Record<string, Message>>;
