/**
 * The report's lists as spreadsheets (UTF-8 with BOM, `../csv.ts`), one per list, with the same rows and
 * groupings as the page: `/quan-tri/chua-tra-loi.csv`, `/quan-tri/bao-sai.csv`, `/quan-tri/chu-de.csv`,
 * `/quan-tri/nhac-han.csv`.
 */
import type { Corpus } from '../../schema/records';
import { toCsv } from '../csv';
import { intentLabel, topicLabel } from './labels';
import { groupDeliveries, groupUnanswered, type ReportData, topTopics } from './report';

/** The file names, by list. */
export const REPORT_FILES = ['chua-tra-loi', 'bao-sai', 'chu-de', 'nhac-han'] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

/** Whom a verdict came from, in words. */
export const VERDICT_LABELS = { wrong: 'Chưa đúng', report: 'Báo sai' } as const;

/** A JSON list as stored in `feedback` (`["a","b"]`), joined for a cell; anything else as it is. */
export function listCell(json: string): string {
  try {
    const list: unknown = JSON.parse(json);
    if (Array.isArray(list)) return list.map(String).join(', ');
  } catch {
    // A hand-edited cell: shown as it is.
  }
  return json;
}

/** The CSV text of one list. */
export function reportCsv(file: ReportFile, data: ReportData, corpus: Corpus): string {
  switch (file) {
    case 'chua-tra-loi':
      return toCsv(
        ['Câu hỏi', 'Dạng gộp', 'Số lần', 'Ngày gần nhất', 'Tỉnh', 'Kênh'],
        groupUnanswered(data.unanswered).map((g) => [
          g.shown,
          g.folded,
          g.count,
          g.lastDay,
          g.provinces.join(', '),
          g.channels.join(', '),
        ]),
      );
    case 'bao-sai':
      return toCsv(
        ['Ngày', 'Kênh', 'Đánh giá', 'Câu hỏi', 'Góp ý', 'Bản ghi', 'Nguồn'],
        data.wrong.map((w) => [
          w.day,
          w.channel,
          VERDICT_LABELS[w.verdict],
          w.question,
          w.comment,
          listCell(w.records),
          listCell(w.sources),
        ]),
      );
    case 'chu-de':
      return toCsv(
        ['Tỉnh', 'Loại câu hỏi', 'Chủ đề', 'Mã bản ghi', 'Số lần'],
        topTopics(data.asked).flatMap((p) =>
          p.topics.map((t) => [
            p.province,
            intentLabel(t.intent),
            topicLabel(corpus, t.topic),
            t.topic,
            t.count,
          ]),
        ),
      );
    case 'nhac-han':
      return toCsv(
        ['Ngày', 'Lời nhắc', 'Mã', 'Kênh', 'Đã gửi', 'Không gửi được', 'Lý do'],
        groupDeliveries(data.deliveries).map((d) => [
          d.day,
          d.summary,
          d.reminder,
          d.channels.join(', '),
          d.sent,
          d.failed,
          d.reasons.join('; '),
        ]),
      );
  }
}
