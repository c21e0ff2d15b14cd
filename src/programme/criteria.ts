/**
 * The sentra IKM criteria as code. Each rule names where it comes from and the date it is known to
 * hold from, so an answer can say which rule it applied; rules change, and a newer source replaces
 * a rule here rather than being mixed in.
 */
export const SENTRA_RULES = {
  source:
    'Kemenperin (Dirjen IKMA Reni Yanita), keterangan pers di Republika 26 Oktober 2022, mengacu pada Direktori Sentra Industri Indonesia 2020 (BPS); pengembangan sentra IKM diatur dalam PP No. 29 Tahun 2018 tentang Pemberdayaan Industri',
  validFrom: '2022-10-26',
  minimumShare: 0.2,
} as const;

export interface SentraFacts {
  /** Households (rumah tangga / KK) in the village. */
  households?: number;
  /** Businesses making the same kind of product in the village. */
  similarBusinesses?: number;
  /** Are the businesses within one village (desa/kelurahan)? */
  singleVillage?: boolean;
  /** Is there an organisation, or guidance from a ministry, agency or department (dinas)? */
  guidance?: boolean;
  /** Is the cluster known to the public? */
  knownToPublic?: boolean;
}

export type CriterionStatus = 'met' | 'not_met' | 'unknown';

export interface CriterionResult {
  id: 'single_village' | 'guidance' | 'known_to_public' | 'share_of_households';
  label: string;
  status: CriterionStatus;
  detail: string;
  /** The question to ask when the fact is missing. */
  ask?: string;
  source: string;
}

export interface SentraCheck {
  verdict: 'eligible' | 'not_eligible' | 'incomplete';
  criteria: CriterionResult[];
  missing: string[];
  rule: { source: string; validFrom: string };
  /** The smallest number of similar businesses that meets the 20% rule, when households are known. */
  minimumSimilarBusinesses?: number;
  /** The 20% rule worked out in words, when both counts are known ("usaha sejenis baru 16,9 persen ..."). */
  shareSummary?: string;
}

const pct = (value: number) => `${(Math.round(value * 1000) / 10).toLocaleString('id-ID')} persen`;

/** Checks the four criteria; a fact not given is reported as unknown and asked for, never assumed. */
export function checkSentra(facts: SentraFacts): SentraCheck {
  const source = SENTRA_RULES.source;
  const yesNo = (
    id: CriterionResult['id'],
    label: string,
    value: boolean | undefined,
    met: string,
    notMet: string,
    ask: string,
  ): CriterionResult =>
    value === undefined
      ? { id, label, status: 'unknown', detail: 'belum diketahui', ask, source }
      : { id, label, status: value ? 'met' : 'not_met', detail: value ? met : notMet, source };

  const criteria: CriterionResult[] = [
    yesNo(
      'single_village',
      'Berada dalam batas wilayah satu desa/kelurahan',
      facts.singleVillage,
      'usaha berada dalam satu desa',
      'usaha tersebar di lebih dari satu desa',
      'Apakah usaha-usaha itu berada dalam satu desa/kelurahan?',
    ),
    yesNo(
      'guidance',
      'Ada organisasi atau pembinaan dari kementerian, dinas, atau lembaga',
      facts.guidance,
      'sudah ada organisasi/pembinaan',
      'belum ada organisasi atau pembinaan',
      'Apakah sudah ada kelompok/koperasi atau pembinaan dari dinas, kementerian, atau lembaga?',
    ),
    yesNo(
      'known_to_public',
      'Dikenal masyarakat',
      facts.knownToPublic,
      'sudah dikenal masyarakat',
      'belum dikenal masyarakat',
      'Apakah usaha di desa itu sudah dikenal masyarakat (misalnya sebagai kampung/desa penghasil produk itu)?',
    ),
  ];

  let minimumSimilarBusinesses: number | undefined;
  let shareSummary: string | undefined;
  const share: CriterionResult = {
    id: 'share_of_households',
    label: 'Usaha sejenis paling sedikit 20 persen dari jumlah rumah tangga desa',
    status: 'unknown',
    detail: 'belum diketahui',
    source,
  };
  if (facts.households !== undefined && facts.households > 0) {
    minimumSimilarBusinesses = Math.ceil(facts.households * SENTRA_RULES.minimumShare);
    if (facts.similarBusinesses === undefined) {
      share.detail = `dengan ${facts.households.toLocaleString('id-ID')} rumah tangga, dibutuhkan paling sedikit ${minimumSimilarBusinesses.toLocaleString('id-ID')} usaha sejenis`;
      share.ask = 'Berapa jumlah usaha sejenis (yang membuat produk yang sama) di desa itu?';
    } else {
      const ratio = facts.similarBusinesses / facts.households;
      share.status = facts.similarBusinesses >= minimumSimilarBusinesses ? 'met' : 'not_met';
      share.detail = `${facts.similarBusinesses.toLocaleString('id-ID')} dari ${facts.households.toLocaleString('id-ID')} rumah tangga = ${pct(ratio)} (minimal 20 persen, yaitu ${minimumSimilarBusinesses.toLocaleString('id-ID')} usaha)`;
      const counts = `${facts.similarBusinesses.toLocaleString('id-ID')} dari ${facts.households.toLocaleString('id-ID')}`;
      shareSummary =
        share.status === 'met'
          ? `usaha sejenis ${pct(ratio)} dari rumah tangga desa (${counts}), sudah memenuhi minimal 20 persen`
          : `usaha sejenis baru ${pct(ratio)} dari rumah tangga desa (${counts}), di bawah minimal 20 persen (${minimumSimilarBusinesses.toLocaleString('id-ID')} usaha)`;
    }
  } else {
    share.ask =
      facts.similarBusinesses === undefined
        ? 'Berapa jumlah rumah tangga (KK) di desa itu, dan berapa yang menjalankan usaha sejenis?'
        : 'Berapa jumlah rumah tangga (KK) di desa itu?';
  }
  criteria.push(share);

  const missing = criteria
    .filter((criterion) => criterion.status === 'unknown')
    .map((criterion) => criterion.ask!);
  const verdict = criteria.some((criterion) => criterion.status === 'not_met')
    ? 'not_eligible'
    : missing.length > 0
      ? 'incomplete'
      : 'eligible';
  return {
    verdict,
    criteria,
    missing,
    rule: { source, validFrom: SENTRA_RULES.validFrom },
    minimumSimilarBusinesses,
    ...(shareSummary ? { shareSummary } : {}),
  };
}

const MARK: Record<CriterionStatus, string> = { met: '✅', not_met: '❌', unknown: '❔' };

/** The check as a short Indonesian answer: verdict, criterion by criterion, what to ask, and the rule used. */
export function formatSentraCheck(check: SentraCheck): string {
  // The verdict with its reason in one sentence: which criterion fails, or how the 20% rule came out.
  const failed = check.criteria
    .filter((c) => c.status === 'not_met')
    .map((c) => (c.id === 'share_of_households' && check.shareSummary ? check.shareSummary : c.detail));
  const shareMet = check.criteria.some((c) => c.id === 'share_of_households' && c.status === 'met');
  const head = {
    eligible: `Berdasarkan data yang Anda berikan, desa ini MEMENUHI keempat kriteria sentra IKM${check.shareSummary ? `, termasuk ${check.shareSummary}` : ''}.`,
    not_eligible: `Berdasarkan data yang Anda berikan, desa ini BELUM MEMENUHI kriteria sentra IKM: ${failed.join('; ')}.`,
    incomplete:
      shareMet && check.shareSummary
        ? `Syarat jumlah usaha sentra IKM terpenuhi: ${check.shareSummary}; kriteria lain belum bisa dinilai karena datanya belum lengkap.`
        : 'Sebagian kriteria sentra IKM belum bisa dinilai karena datanya belum lengkap.',
  }[check.verdict];
  // "Minimal berapa rumah?": with the households known, the threshold is the answer, stated first.
  const share = check.criteria.find((criterion) => criterion.id === 'share_of_households');
  const threshold =
    check.verdict === 'incomplete' &&
    share?.status === 'unknown' &&
    check.minimumSimilarBusinesses !== undefined
      ? `${share.detail.replace(/^dengan/, 'Dengan')} (20 persen) agar memenuhi syarat jumlah usaha sentra IKM.`
      : undefined;
  const lines = [
    ...(threshold ? [threshold, 'Kriteria lain belum bisa dinilai karena datanya belum lengkap.'] : [head]),
    ...check.criteria.map((c) => `${MARK[c.status]} ${c.label}: ${c.detail}.`),
  ];
  if (check.missing.length > 0) lines.push('', 'Mohon lengkapi:', ...check.missing.map((ask) => `• ${ask}`));
  lines.push(
    '',
    `Aturan yang dipakai: ${check.rule.source} (berlaku per ${check.rule.validFrom}). Kriteria bisa berubah; pastikan ke Dinas Perindustrian setempat.`,
  );
  return lines.join('\n');
}
