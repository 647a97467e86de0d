/**
 * The brief as HTML, for the clipboard beside its Markdown: mail and document editors paste
 * it formatted (headings, bold, lists) where Markdown would arrive as `##` and `**`. Marked
 * is fetched the first time a brief is copied. The Markdown escapes what the person wrote
 * (domain/brief.ts), and Marked writes text as text, so nobody's words become markup.
 */
export async function briefHtml(markdown: string): Promise<string> {
  const { marked } = await import('marked');
  return marked.parse(markdown, { async: false, gfm: true });
}

/**
 * Puts the brief on the clipboard as HTML and as Markdown, for whichever the place it is
 * pasted into takes. A browser that cannot write both gets the Markdown alone.
 */
export async function copyBrief(markdown: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(markdown);
    return;
  }
  const html = await briefHtml(markdown);
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([markdown], { type: 'text/plain' }),
    }),
  ]);
}
