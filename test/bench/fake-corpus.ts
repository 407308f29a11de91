/** A tiny hand-made corpus for the generator's tests: one plan, one indicator, one task, two agencies. */
import type { Corpus, Source } from '../../src/schema/records';

const source = (line: number, quote: string): Source => ({
  file: '000_fake.txt',
  lineStart: line,
  lineEnd: line,
  section: 'I.2',
  quote,
});

/** One fake plan of "Quảng Ninh", with figures, a date, a document number and a partner agency. */
export function fakeCorpus(): Corpus {
  const planId = 'quang-ninh-91-2021';
  return {
    plans: [
      {
        plan: {
          id: planId,
          province: 'Quảng Ninh',
          number: '91/KH-UBND',
          title: 'Kế hoạch thực hiện chính sách xã hội tỉnh Quảng Ninh',
          signedDate: '2021-04-26',
          signer: { name: 'Người Ký Giả', title: 'Phó Chủ tịch' },
          documents: [],
          basis: [
            {
              kind: 'Kết luận',
              number: '92-KL/TW',
              date: '2020-11-05',
              issuer: 'Bộ Chính trị',
              source: source(3, 'Kết luận số 92-KL/TW ngày 05/11/2020'),
            },
          ],
          horizon: [2025],
          reportingDuties: [
            {
              who: 'Các sở, ngành',
              reporters: ['Các sở, ngành'],
              via: null,
              to: 'UBND tỉnh Quảng Ninh',
              due: 'trước ngày 30/11 hằng năm',
              dueDate: '--11-30',
              frequency: 'yearly',
              source: source(400, 'trước ngày 30/11 hằng năm báo cáo UBND tỉnh Quảng Ninh'),
            },
          ],
          sourceFile: '000_fake.txt',
          factSources: { number: source(1, 'Số: 91/KH-UBND') },
        },
        indicators: [
          {
            id: `${planId}:ind-1`,
            planId,
            domain: 'Y tế',
            name: 'Tỷ lệ bao phủ bảo hiểm y tế',
            unit: '%',
            targets: [
              { year: 2025, value: '95', text: 'trên 95%', comparator: '>', scope: 'province', area: 'all' },
              { year: 2025, value: '87,5', text: '87,5%', comparator: '=', scope: 'central', area: 'all' },
            ],
            leads: ['Sở Y tế'],
            leadAgency: 'Sở Y tế',
            partners: ['Bảo hiểm xã hội tỉnh'],
            source: source(202, 'Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% năm 2025 (TW 87,5%)'),
          },
        ],
        tasks: [
          {
            id: `${planId}:task-1`,
            planId,
            domain: 'Y tế',
            text: 'Chủ trì vận động người dân tỉnh Quảng Ninh tham gia bảo hiểm y tế',
            leads: ['Sở Y tế'],
            leadAgency: 'Sở Y tế',
            partners: ['Bảo hiểm xã hội tỉnh'],
            timeframe: { text: 'Hằng năm', kind: 'yearly' },
            source: source(310, 'Sở Y tế: chủ trì vận động người dân tỉnh Quảng Ninh tham gia BHYT'),
          },
        ],
      },
    ],
    agencies: [
      { id: 'so-y-te', name: 'Sở Y tế', aliases: [], kind: 'sở', planIds: [planId] },
      {
        id: 'bhxh-tinh',
        name: 'Bảo hiểm xã hội tỉnh',
        aliases: ['BHXH tỉnh'],
        kind: 'khác',
        planIds: [planId],
      },
    ],
  };
}
