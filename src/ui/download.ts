/** Hands the user a file without any network: a Blob URL clicked through a hidden link. */
export function downloadFile(
  filename: string,
  contents: string | Blob,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Pure, so it lives in the domain; kept reachable here for the components that use it.
export { slugify } from '../domain/file-names';
