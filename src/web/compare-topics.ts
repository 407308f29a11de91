/**
 * Indicators the compare page lines up across provinces, as data: plans word the same target
 * differently ("Tỷ lệ bao phủ bảo hiểm y tế", "Tỷ lệ dân số tham gia BHYT"), so a topic lists the folded
 * phrases that identify it and the ones that mark a narrower indicator (BHYT *for children*).
 */

/** One comparable indicator: `any` phrase must occur in the folded name, no `none` phrase may. */
export interface CompareTopic {
  id: string;
  label: string;
  any: readonly string[];
  none?: readonly string[];
}

/** The topics, in the order the page offers them. */
export const COMPARE_TOPICS: readonly CompareTopic[] = [
  {
    id: 'bhyt',
    label: 'Tỷ lệ bao phủ bảo hiểm y tế',
    any: ['bao hiem y te', 'bhyt'],
    none: [
      'tre em',
      'dan toc',
      'khuyet tat',
      'nguoi cao tuoi',
      'hoc sinh',
      'chi tra',
      'hai long',
      'ho tro',
      'bhxh',
      'bhtn',
    ],
  },
  {
    id: 'bhxh',
    label: 'Lao động tham gia bảo hiểm xã hội',
    any: ['tham gia bao hiem xa hoi', 'tham gia bhxh'],
    none: ['hai long', 'tu nguyen', 'bhyt'],
  },
  {
    id: 'bhtn',
    label: 'Lao động tham gia bảo hiểm thất nghiệp',
    any: ['bao hiem that nghiep', 'bhtn'],
    none: ['bhyt', 'hai long'],
  },
  {
    id: 'ho-ngheo',
    label: 'Tỷ lệ hộ nghèo',
    any: ['ho ngheo', 'ty le ngheo'],
    none: ['can ngheo', 'nha o', 'tro cap', 'thu nhap', 'dan toc'],
  },
  { id: 'bac-si', label: 'Bác sĩ trên 1 vạn dân', any: ['bac si', 'bac sy'] },
  { id: 'giuong-benh', label: 'Giường bệnh trên 1 vạn dân', any: ['giuong benh'] },
  {
    id: 'lao-dong-dao-tao',
    label: 'Lao động qua đào tạo',
    any: ['qua dao tao'],
    none: ['bang', 'chung chi'],
  },
  { id: 'that-nghiep', label: 'Tỷ lệ thất nghiệp', any: ['ty le that nghiep'] },
  { id: 'tuoi-tho', label: 'Tuổi thọ trung bình', any: ['tuoi tho'] },
  { id: 'nuoc-sach', label: 'Nước sạch, hợp vệ sinh', any: ['nuoc sach', 'nuoc hop ve sinh'] },
];
