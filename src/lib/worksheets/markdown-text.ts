/** Text typed by a rep, made safe for a Markdown export: one line, and Markdown's marks shown as typed. */

/** Collapses white space and escapes the characters Markdown (or HTML in it) would act on. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}
