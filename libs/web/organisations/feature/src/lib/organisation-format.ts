/** The legal form to show beside a name ("KdöR"), or null when the name already ends with it ("AWO … e.V."). */
export function legalFormSuffix(name: string, legalForm: string | null): string | null {
  return legalForm && !name.toLowerCase().endsWith(legalForm.toLowerCase()) ? legalForm : null;
}
