/** Vietnamese: the deck's first language. src/model/locale.ts checks its shape. */
export const vi = {
  lang: 'vi',
  numberLocale: 'vi-VN',
  notesMarkers: ['Ghi chú:', 'Note:', 'Notes:'],
  strings: {
    derivedMark: '(suy ra)',
    tableItem: 'Hạng mục',
    tableValue: 'Giá trị',
    chartLabel: 'Biểu đồ',
    notesHeading: 'Ghi chú của người trình bày',
  },
} as const;
