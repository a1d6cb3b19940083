/** Interface words of the deck, in the deck's language; they belong to no particular talk. */
export const uiStrings = {
  derivedMark: '(suy ra)',
  derivedNote: 'Giá trị suy ra, không có trong nguồn',
  tableItem: 'Hạng mục',
  tableValue: 'Giá trị',
  chartLabel: 'Biểu đồ',
  notesHeading: 'Ghi chú của người trình bày',
} as const;
