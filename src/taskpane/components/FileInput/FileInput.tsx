/**
 * A native file input that hands over one chosen file and then clears itself, so choosing
 * the same file again (after fixing it on disk) reads it again. Used by the Sync and the
 * Press-release panels.
 */
export function FileInput(props: { accept: string; label: string; disabled?: boolean; onFile: (file: File) => void }) {
  return (
    <input
      type="file"
      accept={props.accept}
      aria-label={props.label}
      disabled={props.disabled}
      onChange={(event) => {
        const file = event.target.files?.[0];
        if (file) props.onFile(file);
        event.target.value = "";
      }}
    />
  );
}
