import { describe, expect, it } from 'vitest';
import type { AnswerRequest, AnswerResult, AnswerService } from '../../src/rag/answer-service.ts';
import type { EvalQuestion } from '../../src/eval/questions.ts';
import { runEvaluation, summarise } from '../../src/eval/run.ts';
import { containsFact, firstStatement, percentile } from '../../src/eval/score.ts';
import type { Searcher } from '../../src/rag/types.ts';

describe('what the evaluation reads from an answer', () => {
  it('takes the first sentence, without citation markers or the English framing note', () => {
    expect(
      firstStatement('Sentra Tanggulangin berdiri tahun 1993. Pada masa jayanya ada 354 perajin. [1]'),
    ).toBe('Sentra Tanggulangin berdiri tahun 1993.');
    expect(
      firstStatement(
        'Our knowledge base is written in Indonesian; here is what it says:\nOVOP adalah One Village One Product. [1]',
      ),
    ).toBe('OVOP adalah One Village One Product.');
  });

  it('reads a spelling variant as the same word, and nothing more', () => {
    expect(containsFact('aset senilai 10 milyar Rupiah', '10 miliar')).toBe(true);
    expect(containsFact('aset senilai 10 juta Rupiah', '10 miliar')).toBe(false);
    expect(containsFact('aset senilai 100 milyar Rupiah', '10 miliar')).toBe(false);
  });

  it('finds a fact only where a word starts, and a short or numeric fact only as a whole word', () => {
    expect(containsFact('Kami tidak tahu.', 'DAK')).toBe(false);
    expect(containsFact('Dana DAK IKM membiayai mesin.', 'DAK')).toBe(true);
    expect(containsFact('Modalnya kurang.', 'KUR')).toBe(false);
    expect(containsFact('Pinjaman KUR, bunga 6%.', 'KUR')).toBe(true);
    expect(containsFact('Harga 1.000 rupiah', '1.000')).toBe(true);
    expect(containsFact('Harga 11.000 rupiah', '1.000')).toBe(false);
    expect(containsFact('Harga 1.0000 rupiah', '1.000')).toBe(false);
    expect(containsFact('Hitung bahan bakunya dulu.', 'bahan baku')).toBe(true);
    expect(containsFact('Naik 20% tahun ini', '20%')).toBe(true);
    expect(containsFact('Naik 120% tahun ini', '20%')).toBe(false);
  });

  it('counts a list as part of the sentence that introduces it', () => {
    const answer =
      'Label wajib memuat:\n• nama produk\n• berat bersih\n• kode produksi [1]\nCatatan lain. [2]';
    expect(firstStatement(answer)).toBe('Label wajib memuat:\nnama produk\nberat bersih\nkode produksi');
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([300, 100, 200, 400], 0.5)).toBe(200);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('runEvaluation', () => {
  const searcher: Searcher = {
    async search() {
      return {
        queryTerms: [],
        chunks: [
          {
            chunkId: 1,
            path: 'knowledge/a.md',
            title: 'A',
            section: 'S',
            content: '',
            topic: 't',
            audience: [],
            source: 's',
            asOf: '2020',
            score: 1,
          },
        ],
      };
    },
  };
  const question = (over: Partial<EvalQuestion>): EvalQuestion =>
    ({
      id: 'q',
      question: '?',
      lang: 'id',
      style: 'formal',
      topic: 't',
      answerable: true,
      fact: '1993',
      source: 'knowledge/a.md',
      ...over,
    }) as EvalQuestion;

  it('asks a follow-up after its turns, with the system answers as history, and records nothing', async () => {
    const requests: AnswerRequest[] = [];
    const answers: AnswerService = {
      async answer(request) {
        requests.push(request);
        const text = request.history?.length
          ? 'Yang di Lampung berdiri 2005, dulu 1993 di Sidoarjo. [1]'
          : 'Berdiri 1993. [1]';
        return {
          question: request.text,
          answer: text,
          answered: true,
          confidence: 1,
          language: 'id',
          outcome: 'answered',
          mode: 'extractive',
          sources: [],
          timings: { retrieveMs: 0, answerMs: 0 },
          resolvedQuestion: `${request.text} (lengkap)`,
        } satisfies AnswerResult;
      },
    };
    const rows = await runEvaluation(answers, searcher, [
      question({ id: 'a' }),
      question({ id: 'b', turns: ['kapan berdiri?'], question: 'yang di Lampung?' }),
    ]);
    expect(requests.map((request) => request.record)).toEqual([false, false, false]);
    expect(requests[2]!.history).toEqual([{ question: 'kapan berdiri?', answer: 'Berdiri 1993. [1]' }]);
    expect(rows.map((row) => [row.id, row.followUp, row.factFound, row.factFirst, row.rank])).toEqual([
      ['a', false, true, true, 1],
      ['b', true, true, true, 1],
    ]);
    expect(rows[1]!.resolved).toBe('yang di Lampung? (lengkap)');
    const metrics = summarise(rows);
    expect(metrics).toMatchObject({ factRecall: 1, factFirst: 1, recallAt5: 1 });
    expect(metrics.medianLength).toBe('Berdiri 1993. [1]'.length);
  });

  it('scores a fact that is present but not first, and a wrong decline', async () => {
    const answers: AnswerService = {
      async answer(request) {
        const answered = request.text !== 'tolak';
        return {
          question: request.text,
          answer: answered ? 'Konteks dulu. Faktanya 1993. [1]' : 'Maaf.',
          answered,
          confidence: answered ? 1 : 0.1,
          language: 'id',
          outcome: answered ? 'answered' : 'declined',
          mode: answered ? 'extractive' : 'none',
          sources: [],
          timings: { retrieveMs: 0, answerMs: 0 },
        };
      },
    };
    const rows = await runEvaluation(answers, searcher, [
      question({ id: 'late' }),
      question({ id: 'no', question: 'tolak' }),
    ]);
    expect(rows.map((row) => [row.factFound, row.factFirst, row.answered])).toEqual([
      [true, false, true],
      [false, false, false],
    ]);
    expect(summarise(rows)).toMatchObject({ factRecall: 0.5, factFirst: 0, falseDeclineRate: 0.5 });
  });
});
