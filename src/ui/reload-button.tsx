/** Reloads the page: the way out when storage could not be read or the app was updated. */
export function ReloadButton({ primary = false }: { primary?: boolean }) {
  return (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      onClick={() => location.reload()}
    >
      Reload
    </button>
  );
}
