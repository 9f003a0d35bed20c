/** A pupil as the journal lists them: surname and name; the patronymic is on the pupil's card. */
export function pupilName(p: { surname: string; name: string }): string {
  return `${p.surname} ${p.name}`;
}
