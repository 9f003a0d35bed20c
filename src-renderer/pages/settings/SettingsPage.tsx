/** Placeholder until the screen lands. */
export function SettingsPage() {
  return <section aria-busy="true" />;
}
